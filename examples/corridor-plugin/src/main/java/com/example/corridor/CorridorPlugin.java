package com.example.corridor;

import java.util.List;
import java.util.Set;
import org.jgym.env.api.agent.AgentProvider;
import org.jgym.env.api.agent.AgentSpec;
import org.jgym.env.api.registry.EnvProvider;
import org.jgym.env.api.registry.EnvSpec;
import org.jgym.env.api.registry.Param;
import org.jgym.env.api.registry.TaskDistributionProvider;
import org.jgym.env.api.registry.TaskDistributionSpec;

/** Registers Corridor-v0, its task distribution and an agent; listed in the three META-INF/services files. */
public final class CorridorPlugin implements EnvProvider, TaskDistributionProvider, AgentProvider {
    @Override
    public List<EnvSpec> envs() {
        return List.of(EnvSpec.builder("Corridor-v0", kwargs -> new CorridorEnv(kwargs.getInt("length")))
                .params(Param.integer("length", 10, 2, 1000, "number of cells"))
                .maxEpisodeSteps(50)
                .taskDistribution("corridor/goals")
                .description("walk to the goal cell of a corridor")
                .build());
    }

    @Override
    public List<TaskDistributionSpec> taskDistributions() {
        return List.of(new TaskDistributionSpec("corridor/goals", "goal cells 1..9 of a 10-cell corridor",
                () -> new CorridorGoals(10)));
    }

    @Override
    public List<AgentSpec> agents() {
        // kwargs declared with Param are validated (type, range, unknown keys) before the factory sees them
        return List.of(new AgentSpec("walker", "steps right with probability right_probability", Set.of("Corridor"),
                List.of(Param.doubleValue("right_probability", 0.8, 0, 1, "chance of stepping right")),
                (env, seed, kwargs) -> new CorridorWalker((Double) kwargs.get("right_probability"), seed)));
    }
}

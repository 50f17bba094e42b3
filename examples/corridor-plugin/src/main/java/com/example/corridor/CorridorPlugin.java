package com.example.corridor;

import java.util.List;
import org.jgym.env.api.registry.EnvProvider;
import org.jgym.env.api.registry.EnvSpec;
import org.jgym.env.api.registry.Param;
import org.jgym.env.api.registry.TaskDistributionProvider;
import org.jgym.env.api.registry.TaskDistributionSpec;

/** Registers Corridor-v0 and its task distribution; listed in META-INF/services. */
public final class CorridorPlugin implements EnvProvider, TaskDistributionProvider {
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
}

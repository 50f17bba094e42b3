package org.jgym.bridge.testenvs;

import java.util.List;
import org.jgym.env.api.registry.EnvProvider;
import org.jgym.env.api.registry.EnvSpec;
import org.jgym.env.api.registry.Param;
import org.jgym.env.api.registry.TaskDistributionProvider;
import org.jgym.env.api.registry.TaskDistributionSpec;

/** Registers the bridge's test envs (test class path only) under the {@code BridgeTest} namespace. */
public final class BridgeTestEnvs implements EnvProvider, TaskDistributionProvider {
    public static final String POINT_GOAL = "BridgeTest/PointGoal-v0";
    public static final String SPACES = "BridgeTest/Spaces-v0";

    @Override
    public List<EnvSpec> envs() {
        return List.of(
                EnvSpec.builder(POINT_GOAL, k -> new PointGoalEnv(k.renderMode(), k.getInt("fail_at_step")))
                        .params(Param.integer("fail_at_step", -1, -1, 1_000_000,
                                "step (1-based) at which step() throws, -1 for never"))
                        .maxEpisodeSteps(50)
                        .taskDistribution(GoalDistribution.ID)
                        .description("bridge test: a point moving to a goal")
                        .build(),
                EnvSpec.builder(SPACES, k -> new SpacesEnv())
                        .description("bridge test: every space kind")
                        .build());
    }

    @Override
    public List<TaskDistributionSpec> taskDistributions() {
        return List.of(new TaskDistributionSpec(GoalDistribution.ID, "goals uniform in [-1, 1]^2",
                GoalDistribution::new));
    }
}

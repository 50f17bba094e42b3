package org.jgym.env.navigation;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jgym.env.api.EnvMetadata;
import org.jgym.env.api.agent.AgentProvider;
import org.jgym.env.api.agent.AgentSpec;
import org.jgym.env.api.registry.EnvProvider;
import org.jgym.env.api.registry.EnvSpec;
import org.jgym.env.api.registry.Param;
import org.jgym.env.api.registry.TaskDistributionProvider;
import org.jgym.env.api.registry.TaskDistributionSpec;

/**
 * Registers the navigation envs ({@code Navigation2D-v0}, {@code ObstacleNavigation-v0}), their task distributions
 * ({@code navigation2d/uniform}, {@code obstacle-navigation/uniform|random|narrow}) and the {@code greedy} agent;
 * found by {@link java.util.ServiceLoader}.
 */
public final class NavigationProvider implements EnvProvider, TaskDistributionProvider, AgentProvider {
    /** Largest absolute goal bound accepted for Navigation2D. */
    private static final double GOAL_BOUND_LIMIT = 1000;

    @Override
    public List<EnvSpec> envs() {
        EnvSpec navigation2d = EnvSpec.builder("Navigation2D-v0", Navigation2DEnv::fromKwargs)
                .params(
                        Param.doubleValue("goal_low", Navigation2DGoals.DEFAULT_LOW, -GOAL_BOUND_LIMIT, GOAL_BOUND_LIMIT,
                                "lower bound of both goal coordinates"),
                        Param.doubleValue("goal_high", Navigation2DGoals.DEFAULT_HIGH, -GOAL_BOUND_LIMIT,
                                GOAL_BOUND_LIMIT, "upper bound of both goal coordinates (above goal_low)"),
                        Param.string("reward", Navigation2DEnv.RewardForm.EUCLIDEAN.kwarg(),
                                "minus the Euclidean or the squared distance to the goal",
                                kwargs(Navigation2DEnv.RewardForm.values(), Navigation2DEnv.RewardForm::kwarg)),
                        Param.bool("oracle", false, "append the goal to the observation (4 values)"))
                .maxEpisodeSteps(100)
                .taskDistribution(Navigation2DGoals.ID)
                .position2d(0, 1)
                .renderModes(EnvMetadata.RGB_ARRAY, EnvMetadata.ANSI)
                .description("MAML point-mass navigation to a goal in [-0.5, 0.5]^2 (Finn et al. 2017)")
                .build();
        EnvSpec obstacle = EnvSpec.builder("ObstacleNavigation-v0", ObstacleNavigationEnv::fromKwargs)
                .params(
                        Param.string("obstacles", ObstacleLayout.MEDIUM.kwarg(), "obstacle segment layout",
                                kwargs(ObstacleLayout.values(), ObstacleLayout::kwarg)),
                        Param.string("observation", ObstacleNavigationEnv.ObservationMode.POSITION_TARGET.kwarg(),
                                "what the agent observes", kwargs(ObstacleNavigationEnv.ObservationMode.values(),
                                        ObstacleNavigationEnv.ObservationMode::kwarg)),
                        Param.string("targets", ObstacleTargets.Kind.UNIFORM.kwarg(),
                                "task distribution of the targets (obstacle-navigation/<targets>)",
                                kwargs(ObstacleTargets.Kind.values(), ObstacleTargets.Kind::kwarg)))
                .maxEpisodeSteps(100)
                .taskDistribution(ObstacleTargets.ID_PREFIX + ObstacleTargets.Kind.UNIFORM.kwarg())
                .evaluationMetric("distance")
                .position2d(0, 1)
                .renderModes(EnvMetadata.RGB_ARRAY, EnvMetadata.ANSI)
                .description("Discrete walk to a target on a [0, 10]^2 map with obstacle segments (Duan and Wang)")
                .build();
        return List.of(navigation2d, obstacle);
    }

    @Override
    public List<TaskDistributionSpec> taskDistributions() {
        TaskDistributionSpec goals = new TaskDistributionSpec(Navigation2DGoals.ID,
                "Navigation2D goals uniform on [-0.5, 0.5]^2", Navigation2DGoals::new);
        TaskDistributionSpec uniform = targets(ObstacleTargets.Kind.UNIFORM,
                "ObstacleNavigation targets, round robin over the four quadrants, one decimal");
        TaskDistributionSpec random = targets(ObstacleTargets.Kind.RANDOM,
                "ObstacleNavigation targets uniform on the map, one decimal");
        TaskDistributionSpec narrow = targets(ObstacleTargets.Kind.NARROW,
                "ObstacleNavigation targets alternating between the two left quadrants, one decimal");
        return List.of(goals, uniform, random, narrow);
    }

    @Override
    public List<AgentSpec> agents() {
        return List.of(new AgentSpec("greedy", "moves straight toward the target, ignoring obstacles",
                Set.of("Navigation2D", "ObstacleNavigation"), (env, seed, kwargs) -> new GreedyAgent(env)));
    }

    private static TaskDistributionSpec targets(ObstacleTargets.Kind kind, String description) {
        return new TaskDistributionSpec(ObstacleTargets.ID_PREFIX + kind.kwarg(), description,
                () -> new ObstacleTargets(kind));
    }

    private static <E> String[] kwargs(E[] values, Function<E, String> spelling) {
        return Arrays.stream(values).map(spelling).toArray(String[]::new);
    }
}

package org.jgym.env.navigation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jgym.env.api.Env;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.agent.Agent;
import org.jgym.env.api.agent.EpisodeStats;
import org.jgym.env.api.agent.Rollouts;
import org.jgym.env.api.registry.EnvSpec;
import org.jgym.env.api.registry.Registry;
import org.jgym.env.api.registry.TaskDistributionSpec;
import org.junit.jupiter.api.Test;

class NavigationProviderTest {
    private final Registry registry = Registry.load(getClass().getClassLoader());

    @Test
    void registersBothEnvsWithTimeLimitsAndDistributions() {
        EnvSpec nav = registry.spec("Navigation2D-v0");
        assertEquals(100, nav.maxEpisodeSteps());
        assertEquals("navigation2d/uniform", nav.taskDistributionId());
        assertEquals(List.of("render_mode", "goal_low", "goal_high", "reward", "oracle"), List.copyOf(nav.kwargs().keySet()));
        assertEquals("euclidean", nav.kwargs().get("reward"));
        assertEquals(-0.5, nav.kwargs().get("goal_low"));
        EnvSpec obstacle = registry.spec("ObstacleNavigation");
        assertEquals("ObstacleNavigation-v0", obstacle.id());
        assertEquals(100, obstacle.maxEpisodeSteps());
        assertEquals("medium", obstacle.kwargs().get("obstacles"));
        assertEquals("position+target", obstacle.kwargs().get("observation"));
        assertEquals("uniform", obstacle.kwargs().get("targets"));
    }

    @Test
    void registersTheFourTaskDistributions() {
        List<String> ids = registry.taskDistributionSpecs().stream().map(TaskDistributionSpec::id).toList();
        assertTrue(ids.containsAll(List.of("navigation2d/uniform", "obstacle-navigation/uniform",
                "obstacle-navigation/random", "obstacle-navigation/narrow")), ids.toString());
        for (String id : ids) {
            assertEquals(id, registry.taskDistribution(id).id());
        }
    }

    @Test
    void madeEnvsAreTheUnwrappedClasses() {
        try (Env<?, ?> nav = registry.make("Navigation2D-v0"); Env<?, ?> obs = registry.make("ObstacleNavigation-v0")) {
            assertInstanceOf(Navigation2DEnv.class, nav.unwrapped());
            assertInstanceOf(ObstacleNavigationEnv.class, obs.unwrapped());
            assertEquals("hard", registry.make("ObstacleNavigation-v0", "{\"obstacles\": \"hard\"}").spec().kwargs()
                    .get("obstacles"));
        }
    }

    @Test
    void greedyAgentReachesNavigation2DGoalsWithinSixSteps() {
        for (boolean oracle : new boolean[] {false, true}) {
            try (Env<float[], float[]> env = registry.make("Navigation2D-v0", Map.of("oracle", oracle))) {
                Agent<float[], float[]> agent = registry.makeAgent("greedy", env, 0, Map.of());
                EpisodeStats stats = Rollouts.run(env, agent, 20, 3);
                for (int i = 0; i < 20; i++) {
                    assertTrue(stats.lengths()[i] <= 6, "oracle=" + oracle + " episode " + i + ": " + stats.lengths()[i]);
                }
            }
        }
    }

    @Test
    void greedyAgentReachesTheTargetWithoutObstaclesInBothObservationModes() {
        for (String mode : new String[] {"position", "position+target"}) {
            try (Env<float[], Integer> env = registry.make("ObstacleNavigation-v0",
                    Map.of("obstacles", "none", "observation", mode, "task", Map.of("x", 4.0, "y", 6.5)))) {
                Agent<float[], Integer> agent = registry.makeAgent("greedy", env, 0, Map.of());
                float[] obs = env.reset(0).observation();
                StepResult<float[]> r;
                int steps = 0;
                do {
                    r = env.step(agent.act(obs));
                    obs = r.observation();
                    steps++;
                } while (!r.done());
                assertTrue(r.terminated(), mode);
                assertTrue(steps <= 60, mode + " took " + steps + " steps");
            }
        }
    }

    @Test
    void greedyAgentGetsCaughtByTheMediumCross() {
        try (Env<float[], Integer> env = registry.make("ObstacleNavigation-v0",
                Map.of("task", Map.of("x", 1.0, "y", 1.0)))) {
            Agent<float[], Integer> agent = registry.makeAgent("greedy", env, 0, Map.of());
            EpisodeStats stats = Rollouts.run(env, agent, 1, 0);
            assertEquals(100, stats.lengths()[0]);
            assertTrue(((ObstacleNavigationEnv) env.unwrapped()).caught());
            assertEquals(Math.hypot(4.1, 4.1), stats.finalInfo().get("distance"), 1e-9);
        }
    }

    @Test
    void greedyAgentIsScopedToTheNavigationEnvs() {
        var greedy = registry.agentSpecs().stream().filter(a -> a.name().equals("greedy")).findFirst().orElseThrow();
        assertTrue(greedy.appliesTo("Navigation2D"));
        assertTrue(greedy.appliesTo("ObstacleNavigation"));
        assertFalse(greedy.appliesTo("CartPole"));
    }
}

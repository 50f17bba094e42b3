package org.jgym.env.navigation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.jgym.env.api.Env;
import org.jgym.env.api.InvalidActionException;
import org.jgym.env.api.InvalidKwargsException;
import org.jgym.env.api.Seeding;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.registry.Registry;
import org.junit.jupiter.api.Test;

class ObstacleNavigationEnvTest {
    private static final int UP = 0;
    private static final int DOWN = 4;
    private static final int LEFT = 6;
    private static final int DOWN_LEFT = 5;

    private final Registry registry = Registry.load(getClass().getClassLoader());

    private Env<float[], Integer> make(Map<String, ?> kwargs) {
        return registry.make("ObstacleNavigation-v0", kwargs);
    }

    private static ObstacleNavigationEnv env(ObstacleLayout layout, Goal target) {
        ObstacleNavigationEnv env = new ObstacleNavigationEnv(layout,
                ObstacleNavigationEnv.ObservationMode.POSITION_TARGET, ObstacleTargets.Kind.UNIFORM, null);
        env.setTask(target);
        env.reset(0);
        return env;
    }

    private static List<Object> trajectory(Env<float[], Integer> env, long seed, long actionSeed) {
        List<Object> out = new ArrayList<>();
        out.add(env.reset(seed).observation().clone());
        RandomGenerator actions = Seeding.generator(actionSeed);
        StepResult<float[]> r;
        do {
            r = env.step(actions.nextInt(8));
            out.add(r.observation().clone());
            out.add(r.reward());
            out.add(r.terminated());
            out.add(r.truncated());
            out.add(r.info().get("distance"));
        } while (!r.done());
        return out;
    }

    @Test
    void sameSeedAndActionsGiveBitIdenticalTrajectory() {
        try (Env<float[], Integer> a = make(Map.of("obstacles", "hard")); Env<float[], Integer> b = make(Map.of("obstacles", "hard"))) {
            List<Object> first = trajectory(a, 21, 8);
            List<Object> second = trajectory(b, 21, 8);
            assertEquals(first.size(), second.size());
            for (int i = 0; i < first.size(); i++) {
                if (first.get(i) instanceof float[] f) {
                    assertArrayEquals(f, (float[]) second.get(i), "element " + i);
                } else {
                    assertEquals(first.get(i), second.get(i), "element " + i);
                }
            }
        }
    }

    @Test
    void startsInTheTopRightCornerWithTheTargetObserved() {
        ObstacleNavigationEnv env = env(ObstacleLayout.MEDIUM, new Goal(2.5, 7.5));
        assertArrayEquals(new float[] {9.9f, 9.9f, 2.5f, 7.5f}, env.reset().observation());
    }

    @Test
    void positionModeObservesOnlyThePosition() {
        try (Env<float[], Integer> env = make(Map.of("observation", "position"))) {
            float[] obs = env.reset(0).observation();
            assertArrayEquals(new float[] {9.9f, 9.9f}, obs);
            assertEquals(2, env.observationSpace().sample().length);
        }
    }

    @Test
    void compassMovesFollowTheActionTable() {
        int[][] expected = {{0, 1}, {1, 1}, {1, 0}, {1, -1}, {0, -1}, {-1, -1}, {-1, 0}, {-1, 1}};
        for (int a = 0; a < 8; a++) {
            ObstacleNavigationEnv env = env(ObstacleLayout.NONE, new Goal(5, 5));
            double[] before = env.position();
            env.step(a);
            double[] after = env.position();
            assertEquals(expected[a][0] * 0.1, after[0] - before[0], 1e-12, "action " + a);
            assertEquals(expected[a][1] * 0.1, after[1] - before[1], 1e-12, "action " + a);
        }
    }

    @Test
    void rewardIsMinusTheSquaredDistanceAndInfoTheEuclideanDistance() {
        ObstacleNavigationEnv env = env(ObstacleLayout.MEDIUM, new Goal(1, 2));
        StepResult<float[]> r = env.step(LEFT);
        double dx = (9.9 - 0.1) - 1;
        double dy = 9.9 - 2;
        assertEquals(-(dx * dx + dy * dy), r.reward(), 1e-9);
        assertEquals(Math.hypot(dx, dy), (Double) r.info().get("distance"), 1e-9);
        assertEquals(false, r.info().get("caught"));
    }

    @Test
    void walkingIntoTheMediumCrossCatchesAndFreezesTheAgent() {
        ObstacleNavigationEnv env = env(ObstacleLayout.MEDIUM, new Goal(1, 1));
        StepResult<float[]> r = null;
        for (int i = 1; i <= 48; i++) {
            r = env.step(DOWN_LEFT);
            assertFalse(env.caught(), "caught too early, at step " + i);
        }
        float[] beforeCatch = r.observation().clone();
        assertEquals(5.1f, beforeCatch[0], 1e-5f);
        r = env.step(DOWN_LEFT);
        assertTrue(env.caught());
        assertEquals(true, r.info().get("caught"));
        assertEquals(5.0f, r.observation()[0], 1e-5f);
        assertEquals(5.0f, r.observation()[1], 1e-5f);
        double catchReward = r.reward();
        assertEquals(-32, catchReward, 1e-9);
        for (int action : new int[] {UP, DOWN_LEFT, 2, DOWN}) {
            r = env.step(action);
            assertArrayEquals(beforeCatch, r.observation(), "frozen at the position before the catching move");
            assertEquals(catchReward, r.reward(), 0, "the last reward repeats");
            assertFalse(r.done());
            assertEquals(Math.hypot(5.1 - 1, 5.1 - 1), (Double) r.info().get("distance"), 1e-9);
        }
    }

    @Test
    void freezeEndsWithTheEpisode() {
        ObstacleNavigationEnv env = env(ObstacleLayout.MEDIUM, new Goal(1, 1));
        for (int i = 0; i < 50; i++) {
            env.step(DOWN_LEFT);
        }
        assertTrue(env.caught());
        env.reset();
        assertFalse(env.caught());
        env.step(LEFT);
        assertEquals(9.8, env.position()[0], 1e-12);
    }

    @Test
    void noObstaclesLetTheAgentCrossTheCentre() {
        ObstacleNavigationEnv env = env(ObstacleLayout.NONE, new Goal(1, 1));
        for (int i = 0; i < 60; i++) {
            env.step(DOWN_LEFT);
        }
        assertFalse(env.caught());
        assertEquals(3.9, env.position()[0], 1e-9);
    }

    @Test
    void reachingTheTargetTerminatesWithRewardZero() {
        ObstacleNavigationEnv env = env(ObstacleLayout.MEDIUM, new Goal(9.5, 9.9));
        StepResult<float[]> r = env.step(LEFT);
        assertFalse(r.done());
        r = env.step(LEFT);
        assertFalse(r.done());
        assertEquals(-0.04, r.reward(), 1e-9);
        r = env.step(LEFT);
        assertTrue(r.terminated());
        assertFalse(r.truncated());
        assertEquals(0, r.reward());
        assertEquals(0.1, (Double) r.info().get("distance"), 1e-9);
    }

    @Test
    void leavingTheMapCostsEightHundredAndTheEpisodeGoesOn() {
        ObstacleNavigationEnv env = env(ObstacleLayout.MEDIUM, new Goal(5, 9));
        StepResult<float[]> r = env.step(UP);
        assertEquals(10.0f, r.observation()[1]);
        assertEquals(-(4.9 * 4.9 + 1.0), r.reward(), 1e-9);
        r = env.step(UP);
        assertEquals(-800, r.reward());
        assertFalse(r.done());
        assertEquals(10.1f, r.observation()[1], 1e-5f);
        assertTrue(env.observationSpace().contains(r.observation()), "off-map positions stay in the observation space");
        r = env.step(DOWN);
        assertNotEquals(-800, r.reward());
        assertEquals(-(4.9 * 4.9 + 1.0), r.reward(), 1e-9);
    }

    @Test
    void timeLimitOfTheSpecTruncatesAfterOneHundredSteps() {
        try (Env<float[], Integer> env = make(Map.of("task", Map.of("x", 0.0, "y", 0.0), "obstacles", "none"))) {
            env.reset(0);
            for (int i = 1; i < 100; i++) {
                assertFalse(env.step(UP).done(), "step " + i);
            }
            StepResult<float[]> last = env.step(UP);
            assertTrue(last.truncated());
            assertFalse(last.terminated());
        }
    }

    @Test
    void rejectedActionsLeaveTheStateUnchanged() {
        try (Env<float[], Integer> env = make(Map.of()); Env<float[], Integer> reference = make(Map.of())) {
            env.reset(2);
            reference.reset(2);
            float[] before = env.step(LEFT).observation().clone();
            reference.step(LEFT);
            @SuppressWarnings({"unchecked", "rawtypes"})
            Env<Object, Object> raw = (Env) env;
            for (Object bad : new Object[] {8, -1, 1L, 1.0, new float[] {1}, null}) {
                InvalidActionException e = assertThrows(InvalidActionException.class, () -> raw.step(bad),
                        String.valueOf(bad));
                assertTrue(e.getMessage().contains("[0, 7]"), e.getMessage());
            }
            StepResult<float[]> next = env.step(DOWN);
            StepResult<float[]> expected = reference.step(DOWN);
            assertArrayEquals(expected.observation(), next.observation());
            assertEquals(expected.reward(), next.reward());
            assertEquals(before[0], next.observation()[0]);
            assertEquals(before[1] - 0.1f, next.observation()[1], 1e-5f);
        }
    }

    @Test
    void resetWithoutTaskCyclesTheUniformQuadrantsAndSeedRestartsTheSequence() {
        ObstacleNavigationEnv env = new ObstacleNavigationEnv();
        env.reset(13);
        List<Goal> goals = new ArrayList<>();
        goals.add(env.goal());
        for (int i = 0; i < 7; i++) {
            env.reset();
            goals.add(env.goal());
        }
        double[][] quadrants = new ObstacleTargets(ObstacleTargets.Kind.UNIFORM).rectangles();
        for (int i = 0; i < goals.size(); i++) {
            double[] q = quadrants[i % 4];
            Goal g = goals.get(i);
            assertTrue(g.x() >= q[0] && g.x() <= q[1] && g.y() >= q[2] && g.y() <= q[3], i + ": " + g);
        }
        env.reset(13);
        assertEquals(goals.get(0), env.goal());
        env.reset();
        assertEquals(goals.get(1), env.goal());
        assertEquals(new ObstacleTargets(ObstacleTargets.Kind.UNIFORM).sample(2, 13L), goals.subList(0, 2),
                "the env draws the distribution's sequence from its generator");
    }

    @Test
    void setTaskOffTheMapIsRejected() {
        ObstacleNavigationEnv env = new ObstacleNavigationEnv();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> env.setTask(new Goal(10.5, 1)));
        assertTrue(e.getMessage().contains("[0, 10]^2"), e.getMessage());
    }

    @Test
    void targetsKwargSelectsTheTaskDistribution() {
        try (Env<float[], Integer> env = make(Map.of("targets", "narrow"))) {
            ObstacleNavigationEnv unwrapped = (ObstacleNavigationEnv) env.unwrapped();
            assertEquals("obstacle-navigation/narrow", unwrapped.taskDistribution().id());
            env.reset(1);
            assertTrue(unwrapped.goal().x() <= 5 && unwrapped.goal().y() <= 5, "narrow starts with the lower-left quadrant");
        }
    }

    @Test
    void badKwargsNameTheKeyAndTheAllowedValues() {
        InvalidKwargsException e = assertThrows(InvalidKwargsException.class, () -> make(Map.of("obstacles", "extreme")));
        assertTrue(e.getMessage().contains("'obstacles'") && e.getMessage().contains("[none, easy, medium, hard]"),
                e.getMessage());
        e = assertThrows(InvalidKwargsException.class, () -> make(Map.of("observation", "target")));
        assertTrue(e.getMessage().contains("[position, position+target]"), e.getMessage());
        e = assertThrows(InvalidKwargsException.class, () -> make(Map.of("targets", 3)));
        assertTrue(e.getMessage().contains("'targets'") && e.getMessage().contains("[uniform, random, narrow]"),
                e.getMessage());
        e = assertThrows(InvalidKwargsException.class, () -> make(Map.of("obstacle", "hard")));
        assertTrue(e.getMessage().contains("did you mean 'obstacles'"), e.getMessage());
    }
}

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
import org.jgym.env.api.spaces.Box;
import org.jgym.env.api.task.TaskEnvs;
import org.jgym.env.api.wrappers.ClipAction;
import org.jgym.env.api.wrappers.TimeLimit;
import org.junit.jupiter.api.Test;

class Navigation2DEnvTest {
    private final Registry registry = Registry.load(getClass().getClassLoader());

    private Env<float[], float[]> make(Map<String, ?> kwargs) {
        return registry.make("Navigation2D-v0", kwargs);
    }

    /** Observations and rewards of an episode driven by actions drawn from {@code actionSeed}. */
    private static List<Object> trajectory(Env<float[], float[]> env, Long seed, long actionSeed) {
        List<Object> out = new ArrayList<>();
        out.add(env.reset(seed, Map.of()).observation().clone());
        RandomGenerator actions = Seeding.generator(actionSeed);
        StepResult<float[]> r;
        do {
            float[] a = {(float) (actions.nextDouble() * 0.2 - 0.1), (float) (actions.nextDouble() * 0.2 - 0.1)};
            r = env.step(a);
            out.add(r.observation().clone());
            out.add(r.reward());
            out.add(r.terminated());
            out.add(r.truncated());
        } while (!r.done());
        return out;
    }

    private static void assertSameTrajectory(List<Object> a, List<Object> b) {
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) instanceof float[] fa) {
                assertArrayEquals(fa, (float[]) b.get(i), "element " + i);
            } else {
                assertEquals(a.get(i), b.get(i), "element " + i);
            }
        }
    }

    @Test
    void sameSeedAndActionsGiveBitIdenticalTrajectory() {
        try (Env<float[], float[]> a = make(Map.of("oracle", true)); Env<float[], float[]> b = make(Map.of("oracle", true))) {
            List<Object> first = trajectory(a, 11L, 3);
            assertSameTrajectory(first, trajectory(b, 11L, 3));
            assertSameTrajectory(first, trajectory(a, 11L, 3));
        }
    }

    @Test
    void seededResetRestartsTheGoalStreamAndUnseededResetContinuesIt() {
        Navigation2DEnv env = new Navigation2DEnv();
        env.reset(5);
        Goal first = env.goal();
        env.reset();
        Goal second = env.goal();
        assertNotEquals(first, second);
        env.reset(5);
        assertEquals(first, env.goal());
        env.reset();
        assertEquals(second, env.goal());
        env.reset(6);
        assertNotEquals(first, env.goal());
    }

    @Test
    void drawnGoalsLieInTheConfiguredSquare() {
        Navigation2DEnv env = new Navigation2DEnv(1, 2, Navigation2DEnv.RewardForm.EUCLIDEAN, false, null);
        env.reset(0);
        for (int i = 0; i < 200; i++) {
            env.reset();
            assertTrue(env.goal().isInside(1, 2), env.goal().toString());
        }
        assertEquals(1, env.taskDistribution().low());
        assertEquals(2, env.taskDistribution().high());
    }

    @Test
    void setTaskStaysUntilChangedAndNullReturnsToDrawing() {
        Navigation2DEnv env = new Navigation2DEnv();
        Goal g = new Goal(0.2, -0.3);
        env.setTask(g);
        env.reset(1);
        assertEquals(g, env.goal());
        env.reset();
        env.reset(2);
        assertEquals(g, env.goal());
        assertEquals(g, env.task());
        env.setTask(null);
        env.reset();
        assertNotEquals(g, env.goal());
    }

    @Test
    void rejectsGoalOutsideTheSquare() {
        Navigation2DEnv env = new Navigation2DEnv();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> env.setTask(new Goal(0.6, 0)));
        assertTrue(e.getMessage().contains("[-0.5, 0.5]^2"), e.getMessage());
    }

    @Test
    void startsAtTheOriginAndMovesByTheAction() {
        Navigation2DEnv env = new Navigation2DEnv();
        env.setTask(new Goal(0.5, 0.5));
        assertArrayEquals(new float[] {0, 0}, env.reset(3).observation());
        float[] obs = env.step(new float[] {0.1f, -0.05f}).observation();
        assertArrayEquals(new float[] {0.1f, -0.05f}, obs);
        obs = env.step(new float[] {0.1f, 0.1f}).observation();
        assertArrayEquals(new float[] {0.1f + 0.1f, -0.05f + 0.1f}, obs);
    }

    @Test
    void clipActionWrapperClipsLargeActionsToTheSpeedLimit() {
        Navigation2DEnv env = new Navigation2DEnv();
        env.setTask(new Goal(0.5, 0.5));
        try (ClipAction<float[], float[]> clipped = new ClipAction<>(env)) {
            clipped.reset(0);
            float[] obs = clipped.step(new float[] {3f, -7f}).observation();
            assertArrayEquals(new float[] {0.1f, -0.1f}, obs);
        }
    }

    @Test
    void euclideanRewardIsMinusTheDistanceAfterTheMove() {
        Navigation2DEnv env = new Navigation2DEnv();
        env.setTask(new Goal(0.3, 0.4));
        env.reset(0);
        double reward = env.step(new float[] {0.1f, 0f}).reward();
        double dx = 0.1f - 0.3;
        assertEquals(-Math.sqrt(dx * dx + 0.4 * 0.4), reward, 0);
    }

    @Test
    void squaredRewardIsMinusTheSquaredDistance() {
        Navigation2DEnv env = new Navigation2DEnv(-0.5, 0.5, Navigation2DEnv.RewardForm.SQUARED, false, null);
        env.setTask(new Goal(0.3, 0.4));
        env.reset(0);
        double reward = env.step(new float[] {0.1f, 0f}).reward();
        double dx = 0.1f - 0.3;
        assertEquals(-(dx * dx + 0.4 * 0.4), reward, 0);
    }

    @Test
    void oracleObservationAppendsTheGoal() {
        try (Env<float[], float[]> env = make(Map.of("oracle", true, "task", Map.of("x", 0.25, "y", -0.125)))) {
            assertArrayEquals(new float[] {0, 0, 0.25f, -0.125f}, env.reset(0).observation());
            assertArrayEquals(new float[] {0.1f, 0, 0.25f, -0.125f}, env.step(new float[] {0.1f, 0}).observation());
            Box<float[]> space = (Box<float[]>) env.observationSpace();
            assertEquals(4, space.size());
            assertEquals(-0.5, space.low(2));
            assertEquals(0.5, space.high(3));
        }
    }

    @Test
    void terminatesOnlyWhenBothOffsetsAreBelowTheTolerance() {
        Navigation2DEnv env = new Navigation2DEnv();
        env.setTask(new Goal(0.1f + 0.0099, 0));
        env.reset(0);
        StepResult<float[]> r = env.step(new float[] {0.1f, 0});
        assertTrue(r.terminated());
        assertFalse(r.truncated());
        assertEquals(-0.0099, r.reward(), 1e-12);

        env.setTask(new Goal(0.1f + 0.0101, 0));
        env.reset();
        assertFalse(env.step(new float[] {0.1f, 0}).terminated());

        env.setTask(new Goal(0.1f, 0.0101));
        env.reset();
        assertFalse(env.step(new float[] {0.1f, 0}).terminated());
    }

    @Test
    void timeLimitOfTheSpecTruncatesAfterOneHundredSteps() {
        try (Env<float[], float[]> env = make(Map.of("task", "{\"x\": 0.5, \"y\": 0.5}"))) {
            assertEquals(100, ((TimeLimit<float[], float[]>) env).maxEpisodeSteps());
            env.reset(0);
            float[] stay = {0, 0};
            for (int i = 1; i < 100; i++) {
                assertFalse(env.step(stay).done(), "step " + i);
            }
            StepResult<float[]> last = env.step(stay);
            assertTrue(last.truncated());
            assertFalse(last.terminated());
        }
    }

    @Test
    void rejectedActionsLeaveTheStateUnchanged() {
        try (Env<float[], float[]> env = make(Map.of()); Env<float[], float[]> reference = make(Map.of())) {
            env.reset(9);
            reference.reset(9);
            float[] a = {0.05f, -0.02f};
            env.step(a);
            reference.step(a);
            float[] before = env.step(a).observation().clone();
            reference.step(a);
            List<Object> bad = List.of(new float[] {0.2f, 0}, new float[] {Float.NaN, 0}, new float[] {0.1f},
                    new float[] {0, 0, 0}, new double[] {0.05, 0.05}, 1);
            for (Object action : bad) {
                @SuppressWarnings({"unchecked", "rawtypes"})
                Env<Object, Object> raw = (Env) env;
                assertThrows(InvalidActionException.class, () -> raw.step(action), String.valueOf(action));
            }
            InvalidActionException e = assertThrows(InvalidActionException.class, () -> env.step(new float[] {0.2f, 0}));
            assertTrue(e.getMessage().contains("0.2") && e.getMessage().contains("0.1"), e.getMessage());
            assertThrows(InvalidActionException.class, () -> env.step(null));
            StepResult<float[]> next = env.step(a);
            StepResult<float[]> expected = reference.step(a);
            assertNotEquals(before[0], next.observation()[0]);
            assertArrayEquals(expected.observation(), next.observation());
            assertEquals(expected.reward(), next.reward());
        }
    }

    @Test
    void rejectedActionOnTheBareEnvKeepsTheObservation() {
        Navigation2DEnv env = new Navigation2DEnv();
        env.reset(4);
        float[] before = env.step(new float[] {0.1f, 0.1f}).observation().clone();
        assertThrows(InvalidActionException.class, () -> env.step(new float[] {-0.11f, 0}));
        assertArrayEquals(before, env.step(new float[] {0, 0}).observation());
    }

    @Test
    void unknownKwargIsNamedWithTheClosestMatch() {
        InvalidKwargsException e = assertThrows(InvalidKwargsException.class, () -> make(Map.of("goal_lo", -1.0)));
        assertTrue(e.getMessage().contains("'goal_lo'") && e.getMessage().contains("did you mean 'goal_low'"),
                e.getMessage());
    }

    @Test
    void badRewardChoiceListsTheAllowedValues() {
        InvalidKwargsException e = assertThrows(InvalidKwargsException.class, () -> make(Map.of("reward", "manhattan")));
        assertTrue(e.getMessage().contains("'reward'") && e.getMessage().contains("[euclidean, squared]")
                && e.getMessage().contains("manhattan"), e.getMessage());
    }

    @Test
    void wronglyTypedKwargIsRejected() {
        InvalidKwargsException e = assertThrows(InvalidKwargsException.class, () -> make(Map.of("oracle", "yes")));
        assertTrue(e.getMessage().contains("'oracle'") && e.getMessage().contains("true or false"), e.getMessage());
        e = assertThrows(InvalidKwargsException.class, () -> make(Map.of("goal_low", "low")));
        assertTrue(e.getMessage().contains("'goal_low'") && e.getMessage().contains("a number"), e.getMessage());
    }

    @Test
    void goalBoundsInTheWrongOrderAreRejected() {
        InvalidKwargsException e = assertThrows(InvalidKwargsException.class,
                () -> make(Map.of("goal_low", 0.5, "goal_high", -0.5)));
        assertTrue(e.getMessage().contains("goal_low=0.5") && e.getMessage().contains("goal_high=-0.5"), e.getMessage());
    }

    @Test
    void stepInfoIsEmpty() {
        Navigation2DEnv env = new Navigation2DEnv();
        assertTrue(env.reset(0).info().isEmpty());
        assertTrue(env.step(new float[] {0, 0}).info().isEmpty());
    }

    @Test
    void observationBufferIsReusedAcrossSteps() {
        Navigation2DEnv env = new Navigation2DEnv();
        float[] first = env.reset(0).observation();
        assertTrue(first == env.step(new float[] {0.01f, 0}).observation());
    }

    @Test
    void taskIsSetThroughTaskEnvsFromJson() {
        try (Env<float[], float[]> env = make(Map.of())) {
            TaskEnvs.setTaskFromAny(env, "[0.125, 0.25]");
            env.reset(0);
            assertEquals(new Goal(0.125, 0.25), ((Navigation2DEnv) env.unwrapped()).goal());
        }
    }
}

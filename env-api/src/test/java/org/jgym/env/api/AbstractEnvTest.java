package org.jgym.env.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jgym.env.api.fixtures.CountingEnv;
import org.junit.jupiter.api.Test;

class AbstractEnvTest {

    /** Observations of reset(seed) then the given actions, copied. */
    private static List<float[]> trajectory(CountingEnv env, Long seed, int... actions) {
        List<float[]> out = new ArrayList<>();
        out.add(env.reset(seed, java.util.Map.of()).observation().clone());
        for (int a : actions) {
            out.add(env.step(a).observation().clone());
        }
        return out;
    }

    @Test
    void stepBeforeResetNeedsReset() {
        CountingEnv env = new CountingEnv(3);
        ResetNeededException e = assertThrows(ResetNeededException.class, () -> env.step(1));
        assertEquals("CountingEnv: step() called with no running episode; call reset() first (the episode ended or never began)",
                e.getMessage());
        assertEquals(0, env.stepsTaken());
    }

    @Test
    void stepAfterTerminatedNeedsReset() {
        CountingEnv env = new CountingEnv(3);
        env.reset(0);
        assertFalse(env.step(2).terminated());
        StepResult<float[]> last = env.step(1);
        assertTrue(last.terminated());
        assertFalse(last.truncated());
        assertThrows(ResetNeededException.class, () -> env.step(0));
        env.reset();
        assertEquals(1.0, env.step(1).reward());
    }

    @Test
    void badActionIsRejectedAndLeavesStateUnchanged() {
        CountingEnv env = new CountingEnv(5);
        CountingEnv reference = new CountingEnv(5);
        env.reset(4);
        reference.reset(4);
        env.step(1);
        reference.step(1);
        InvalidActionException e = assertThrows(InvalidActionException.class, () -> env.step(3));
        assertEquals("CountingEnv: action rejected, value 3 is out of range; expected an Integer in [0, 2]; "
                + "the action space is Discrete(3)", e.getMessage());
        assertThrows(InvalidActionException.class, () -> env.step(null));
        assertEquals(1, env.count());
        assertEquals(1, env.stepsTaken());
        // the random stream was not touched either: the next step matches the reference exactly
        assertArrayEquals(reference.step(2).observation(), env.step(2).observation());
    }

    @Test
    void resetWithSeedRebuildsTheGenerator() {
        CountingEnv a = new CountingEnv(100);
        CountingEnv b = new CountingEnv(100);
        List<float[]> first = trajectory(a, 21L, 1, 2, 0, 1);
        trajectory(a, null, 1, 1);
        List<float[]> again = trajectory(a, 21L, 1, 2, 0, 1);
        List<float[]> other = trajectory(b, 21L, 1, 2, 0, 1);
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(first.get(i), again.get(i));
            assertArrayEquals(first.get(i), other.get(i));
        }
        assertEquals(21, a.seed());
        assertFalse(trajectory(b, 22L).get(0)[1] == first.get(0)[1], "another seed, another noise draw");
    }

    @Test
    void resetWithoutSeedContinuesTheStream() {
        CountingEnv a = new CountingEnv(100);
        CountingEnv b = new CountingEnv(100);
        trajectory(a, 5L, 1);
        trajectory(b, 5L, 1);
        float[] continued = trajectory(a, null).get(0);
        float[] continuedToo = trajectory(b, null).get(0);
        float[] restarted = trajectory(a, 5L).get(0);
        assertArrayEquals(continued, continuedToo, "same seed, same continued stream");
        assertFalse(continued[1] == restarted[1], "reset() must not restart the stream");
        assertEquals(5, b.seed(), "reset() keeps the last seed");
    }

    @Test
    void seedIsMinusOneBeforeFirstResetAndEntropySeededAfterResetWithoutSeed() {
        CountingEnv env = new CountingEnv(3);
        assertEquals(-1, env.seed());
        env.reset();
        assertTrue(env.seed() >= 0);
    }

    @Test
    void negativeSeedIsRejected() {
        CountingEnv env = new CountingEnv(3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> env.reset(-1));
        assertEquals("seed must be >= 0, got -1", e.getMessage());
        assertThrows(ResetNeededException.class, () -> env.step(0), "the failed reset started no episode");
    }

    @Test
    void resetInfoAndStepInfoAreFilledAndClearedEachCall() {
        CountingEnv env = new CountingEnv(5);
        ResetResult<float[]> r = env.reset(1);
        assertEquals((double) r.observation()[1], r.info().get("noise"));
        StepResult<float[]> s = env.step(2);
        assertEquals(2, s.info().get("count"));
        s.info().put("stale", true);
        assertFalse(env.step(0).info().containsKey("stale"));
    }

    @Test
    void closeIsIdempotent() {
        CountingEnv env = new CountingEnv(3);
        env.close();
        env.close();
        assertEquals(1, env.closeCalls());
    }

    @Test
    void closedEnvRefusesCalls() {
        CountingEnv env = new CountingEnv(3, EnvMetadata.ANSI);
        env.reset(0);
        env.close();
        String message = "CountingEnv is closed; make a new env";
        assertEquals(message, assertThrows(JgymException.class, () -> env.reset(0)).getMessage());
        assertEquals(message, assertThrows(JgymException.class, () -> env.step(0)).getMessage());
        assertEquals(message, assertThrows(JgymException.class, env::render).getMessage());
    }

    @Test
    void renderWithNullModeReturnsNull() {
        CountingEnv env = new CountingEnv(3);
        env.reset(0);
        assertNull(env.renderMode());
        assertNull(env.render());
    }

    @Test
    void renderInAnsiModeDrawsTheState() {
        CountingEnv env = new CountingEnv(9, EnvMetadata.ANSI);
        env.reset(0);
        env.step(2);
        assertEquals(new AnsiFrame("count=2"), env.render());
    }

    @Test
    void unsupportedRenderModeIsRejected() {
        InvalidKwargsException e = assertThrows(InvalidKwargsException.class, () -> new CountingEnv(3, "human"));
        assertEquals("kwarg 'render_mode' must be one of [ansi] or null, got 'human'", e.getMessage());
    }

    @Test
    void handBuiltEnvHasNoSpecAndIsItsOwnUnwrapped() {
        CountingEnv env = new CountingEnv(3);
        assertNull(env.spec());
        assertTrue(env.unwrapped() == env);
    }

    @Test
    void metadataRequiresPositiveFpsWhenRenderModesAreListed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EnvMetadata(List.of(EnvMetadata.RGB_ARRAY), 0));
        assertEquals("renderFps must be > 0 when render modes are listed, got 0.0", e.getMessage());
        assertTrue(EnvMetadata.none().renderModes().isEmpty());
    }
}

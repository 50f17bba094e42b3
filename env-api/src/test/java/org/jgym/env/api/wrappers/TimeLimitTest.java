package org.jgym.env.api.wrappers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jgym.env.api.ResetNeededException;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.fixtures.EchoEnv;
import org.junit.jupiter.api.Test;

class TimeLimitTest {
    private static final float[] ACTION = {0.5f, 0.5f};

    @Test
    void rejectsNonPositiveLimit() {
        assertEquals("TimeLimit: maxEpisodeSteps must be > 0, got 0",
                assertThrows(IllegalArgumentException.class, () -> new TimeLimit<>(new EchoEnv(), 0)).getMessage());
    }

    @Test
    void truncatesExactlyAtMaxStepsAndCountsElapsed() {
        TimeLimit<float[], float[]> env = new TimeLimit<>(new EchoEnv(), 4);
        env.reset(0);
        for (int i = 1; i <= 3; i++) {
            StepResult<float[]> r = env.step(ACTION);
            assertFalse(r.truncated(), "step " + i);
            assertEquals(i, env.elapsedSteps());
        }
        StepResult<float[]> last = env.step(ACTION);
        assertTrue(last.truncated());
        assertFalse(last.terminated());
        assertEquals("TimeLimit: the episode ended (after 4 of at most 4 steps); call reset() first",
                assertThrows(ResetNeededException.class, () -> env.step(ACTION)).getMessage());
        env.reset();
        assertEquals(0, env.elapsedSteps());
        assertFalse(env.step(ACTION).truncated());
    }

    @Test
    void stepBeforeFirstResetIsNamedAsSuch() {
        TimeLimit<float[], float[]> env = new TimeLimit<>(new EchoEnv(), 4);
        assertEquals("TimeLimit: step() called before the first reset(); call reset() first",
                assertThrows(ResetNeededException.class, () -> env.step(ACTION)).getMessage());
    }
}

package org.jgym.env.api.wrappers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.fixtures.CountingEnv;
import org.junit.jupiter.api.Test;

class RecordEpisodeStatisticsTest {

    @Test
    void addsReturnLengthAndTimeAtEpisodeEndOnly() {
        RecordEpisodeStatistics<float[], Integer> env = new RecordEpisodeStatistics<>(new CountingEnv(4));
        env.reset(0);
        assertFalse(env.step(1).info().containsKey(RecordEpisodeStatistics.KEY));
        assertFalse(env.step(2).info().containsKey(RecordEpisodeStatistics.KEY));
        StepResult<float[]> last = env.step(2);
        assertTrue(last.terminated());
        Map<?, ?> stats = assertInstanceOf(Map.class, last.info().get("episode"));
        assertEquals(5.0, stats.get("r"));
        assertEquals(3, stats.get("l"));
        double t = (Double) stats.get("t");
        assertTrue(t >= 0);
        assertEquals(Math.round(t * 1e6) / 1e6, t, 0.0, "rounded to 6 decimals");
        assertEquals(5, last.info().get("count"), "the env's own info is kept");
    }

    @Test
    void queuesKeepTheLastBufferLengthEpisodes() {
        RecordEpisodeStatistics<float[], Integer> env = new RecordEpisodeStatistics<>(new CountingEnv(2), 2);
        int[][] episodes = {{2}, {1, 1}, {1, 2}};
        for (int[] actions : episodes) {
            env.reset(0);
            for (int a : actions) {
                env.step(a);
            }
        }
        assertEquals(List.of(2.0, 3.0), env.returnQueue());
        assertEquals(List.of(2, 2), env.lengthQueue());
    }

    @Test
    void resetClearsTheRunningEpisode() {
        RecordEpisodeStatistics<float[], Integer> env = new RecordEpisodeStatistics<>(new CountingEnv(2));
        env.reset(0);
        env.step(1);
        env.reset();
        Map<?, ?> stats = (Map<?, ?>) env.step(2).info().get("episode");
        assertEquals(2.0, stats.get("r"));
        assertEquals(1, stats.get("l"));
    }

    @Test
    void rejectsNonPositiveBuffer() {
        assertEquals("RecordEpisodeStatistics: bufferLength must be > 0, got 0", assertThrows(IllegalArgumentException.class,
                () -> new RecordEpisodeStatistics<>(new CountingEnv(2), 0)).getMessage());
    }
}

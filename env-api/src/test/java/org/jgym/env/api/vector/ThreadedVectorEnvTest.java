package org.jgym.env.api.vector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.fixtures.CountingEnv;
import org.junit.jupiter.api.Test;

/** How {@link ThreadedVectorEnv} shares a step's copies among its threads. */
class ThreadedVectorEnvTest {

    /** A copy that remembers the thread of its last step, and can be slow or fail on request. */
    private static final class RecordingEnv extends CountingEnv {
        volatile Thread lastStepThread;
        volatile long sleepMillis;
        volatile RuntimeException failure;

        RecordingEnv() {
            super(1_000_000);
        }

        @Override
        protected void onStep(Integer action, StepResult<float[]> out) {
            lastStepThread = Thread.currentThread();
            if (sleepMillis > 0) {
                try {
                    Thread.sleep(sleepMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (failure != null) {
                throw failure;
            }
            super.onStep(action, out);
        }
    }

    private static List<RecordingEnv> copies(int n) {
        List<RecordingEnv> envs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            envs.add(new RecordingEnv());
        }
        return envs;
    }

    @Test
    void aCopyBehindASlowOneIsTakenByTheIdleThread() {
        List<RecordingEnv> envs = copies(4); // chunks: copies 0-1 for the calling thread, 2-3 for the worker
        try (VectorEnv<float[], int[]> env = new ThreadedVectorEnv<>(envs, 2)) {
            env.reset(0);
            envs.get(2).sleepMillis = 300; // whoever steps copy 2 is stuck long after the rest could be done
            env.step(new int[] {1, 1, 1, 1});
            assertNotSame(envs.get(2).lastStepThread, envs.get(3).lastStepThread,
                    "copy 3 did not wait behind copy 2 on the same thread");
            assertEquals(List.of(1, 1, 1, 1), envs.stream().map(CountingEnv::stepsTaken).toList());
        }
    }

    @Test
    void everyCopyStepsOnceAndTheLowestFailureIsThrown() {
        List<RecordingEnv> envs = copies(6);
        try (VectorEnv<float[], int[]> env = new ThreadedVectorEnv<>(envs, 3)) {
            env.reset(0);
            envs.get(4).failure = new IllegalStateException("copy 4 failed");
            envs.get(1).failure = new IllegalStateException("copy 1 failed");
            assertEquals("copy 1 failed",
                    assertThrows(IllegalStateException.class, () -> env.step(new int[6])).getMessage());
            assertEquals(List.of(1, 0, 1, 1, 0, 1), envs.stream().map(CountingEnv::stepsTaken).toList(),
                    "the others stepped exactly once; the failed copies did not count a step");
            envs.get(1).failure = null;
            envs.get(4).failure = null;
            env.step(new int[6]); // the next call starts clean: no failure left over from the last one
        }
    }
}

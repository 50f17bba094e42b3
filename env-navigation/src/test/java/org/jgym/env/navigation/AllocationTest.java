package org.jgym.env.navigation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.jgym.env.api.StepResult;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Stepping Navigation2D must not allocate: no boxing, no new arrays, the observation buffer reused. */
class AllocationTest {

    @Test
    void navigation2DStepsAllocateNothing() {
        if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean)
                || !bean.isThreadAllocatedMemorySupported()) {
            Assumptions.abort("this JVM cannot count allocated bytes per thread");
            return;
        }
        Navigation2DEnv env = new Navigation2DEnv();
        float[] action = {0.03f, -0.02f};
        run(env, action, 20_000);
        long threadId = Thread.currentThread().getId();
        long before = bean.getThreadAllocatedBytes(threadId);
        int steps = 200_000;
        run(env, action, steps);
        long allocated = bean.getThreadAllocatedBytes(threadId) - before;
        // resets draw a Goal each (24 bytes, about one per 100 steps); stepping itself must stay at zero
        assertTrue(allocated < steps / 2, "allocated " + allocated + " bytes in " + steps + " steps");
    }

    private static void run(Navigation2DEnv env, float[] action, int steps) {
        env.reset(0);
        int sinceReset = 0;
        for (int i = 0; i < steps; i++) {
            StepResult<float[]> r = env.step(action);
            if (r.terminated() || ++sinceReset == 100) {
                env.reset();
                sinceReset = 0;
            }
        }
    }
}

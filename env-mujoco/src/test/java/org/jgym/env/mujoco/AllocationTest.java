package org.jgym.env.mujoco;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.jgym.env.api.Env;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.registry.Gym;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stepping allocates only the boxed info values Gymnasium's info keys need (a Double and a map entry each, 56 bytes): the
 * observation, the native views and the native calls allocate nothing.
 */
class AllocationTest {
    @ParameterizedTest
    @CsvSource({"HalfCheetah-v5, 4", "Ant-v5, 10", "AntGoal-v0, 4"})
    void stepsAllocateOnlyTheInfoValues(String id, int infoValues) {
        if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean)
                || !bean.isThreadAllocatedMemorySupported()) {
            Assumptions.abort("this JVM cannot count allocated bytes per thread");
            return;
        }
        try (Env<Object, float[]> wrapped = Gym.make(id)) {
            @SuppressWarnings("unchecked")
            Env<Object, float[]> env = (Env<Object, float[]>) wrapped.unwrapped();
            float[] action = new float[env.actionSpace().sample().length];
            run(env, action, 3_000);
            long threadId = Thread.currentThread().getId();
            long before = bean.getThreadAllocatedBytes(threadId);
            int steps = 5_000;
            run(env, action, steps);
            long perStep = (bean.getThreadAllocatedBytes(threadId) - before) / steps;
            // a Double (16 bytes) and a LinkedHashMap entry (40 bytes) per info value
            assertTrue(perStep <= infoValues * 56L, id + ": " + perStep + " bytes per step");
        }
    }

    private static void run(Env<Object, float[]> env, float[] action, int steps) {
        env.reset(0);
        for (int i = 0; i < steps; i++) {
            action[i % action.length] = (i % 7) / 10f;
            StepResult<Object> r = env.step(action);
            if (r.terminated() || i % 1000 == 999) {
                env.reset();
            }
        }
    }
}

package org.jgym.env.mujoco.bench;

import java.util.Locale;
import java.util.Map;
import org.jgym.env.api.Env;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.registry.Gym;
import org.jgym.env.api.vector.VectorEnv;

/**
 * Java side of {@code env-mujoco/scripts/bench-mujoco}: steps/s of one env (unwrapped; the C loop's trajectory: its
 * action table, reset without noise every 1000 steps, no termination) and of an 8-copy vector env on 1 and 2
 * threads. Usage: StepBenchmark id steps; prints
 * {@code single <steps/s>}, {@code vector1 <steps/s>}, {@code vector2 <steps/s>}.
 */
public final class StepBenchmark {
    private StepBenchmark() {
    }

    public static void main(String[] args) {
        String id = args[0];
        long steps = Long.parseLong(args[1]);
        single(id, steps / 5);  // warm-up
        System.out.printf(Locale.ROOT, "single %.1f%n", single(id, steps));
        vector(id, 1, steps / 10);
        System.out.printf(Locale.ROOT, "vector1 %.1f%n", vector(id, 1, steps));
        vector(id, 2, steps / 10);
        System.out.printf(Locale.ROOT, "vector2 %.1f%n", vector(id, 2, steps));
    }

    /** step_loop.c's table: a 64-bit LCG from 12345, the top 53 bits as u, actions 2u - 1 as float32. */
    private static float[][] actions(int width, int n) {
        long state = 12345;
        float[][] table = new float[n][width];
        for (float[] a : table) {
            for (int i = 0; i < width; i++) {
                state = state * 6364136223846793005L + 1442695040888963407L;
                a[i] = (float) (2.0 * (double) (state >>> 11) / 9007199254740992.0 - 1.0);
            }
        }
        return table;
    }

    /** Kwargs that make the env follow the C loop: no reset noise, and the Ant never terminates. */
    private static Map<String, Object> sameAsC(String id) {
        return id.startsWith("Ant")
                ? Map.of("reset_noise_scale", 0.0, "terminate_when_unhealthy", false)
                : Map.of("reset_noise_scale", 0.0);
    }

    @SuppressWarnings("unchecked")
    private static double single(String id, long steps) {
        try (Env<Object, float[]> wrapped = Gym.make(id, sameAsC(id))) {
            Env<Object, float[]> env = (Env<Object, float[]>) wrapped.unwrapped();
            float[][] table = actions(((org.jgym.env.api.spaces.Box<?>) env.actionSpace()).size(), 1000);
            long start = System.nanoTime();
            for (long t = 0; t < steps; t++) {
                if (t % 1000 == 0) {
                    env.reset(t);
                }
                StepResult<Object> r = env.step(table[(int) (t % 1000)]);
                if (r.terminated()) {
                    env.reset();
                }
            }
            return steps / ((System.nanoTime() - start) * 1e-9);
        }
    }

    private static double vector(String id, int threads, long steps) {
        int copies = 8;
        try (VectorEnv<Object, float[]> venv = Gym.makeVec(id, copies, Map.of(), threads)) {
            int width;
            try (Env<Object, float[]> probe = Gym.make(id)) {
                width = ((org.jgym.env.api.spaces.Box<?>) probe.actionSpace()).size();
            }
            float[][] table = actions(width * copies, 100);
            venv.reset(0);
            long calls = steps / copies;
            long start = System.nanoTime();
            for (long t = 0; t < calls; t++) {
                venv.step(table[(int) (t % 100)]);
            }
            return calls * copies / ((System.nanoTime() - start) * 1e-9);
        }
    }
}

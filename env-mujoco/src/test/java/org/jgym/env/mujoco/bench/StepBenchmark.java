package org.jgym.env.mujoco.bench;

import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.jgym.env.api.Env;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.registry.Gym;
import org.jgym.env.api.vector.VectorEnv;

/**
 * Java side of {@code env-mujoco/scripts/bench-mujoco}: steps/s of one env (unwrapped, reset every 1000 steps like
 * the C loop) and of an 8-copy vector env on 1 and 2 threads. Usage: StepBenchmark id steps; prints
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

    private static float[][] actions(int width, int n) {
        Random random = new Random(12345);
        float[][] table = new float[n][width];
        for (float[] a : table) {
            for (int i = 0; i < width; i++) {
                a[i] = 2 * random.nextFloat() - 1;
            }
        }
        return table;
    }

    @SuppressWarnings("unchecked")
    private static double single(String id, long steps) {
        try (Env<Object, float[]> wrapped = Gym.make(id)) {
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

package org.jgym.env.mujoco.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jgym.env.api.Env;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.registry.Gym;
import org.jgym.env.api.vector.VectorEnv;

/**
 * Java side of {@code env-mujoco/scripts/bench-mujoco}: steps/s of one env (unwrapped; the C loop's trajectory: its
 * action table, reset without noise every 1000 steps, no termination) and of an 8-copy vector env on 1 and 2
 * threads, the two measured in five alternating blocks (the host's speed drifts within minutes). Usage:
 * StepBenchmark id steps [C loop command...]; prints {@code single <steps/s>}, {@code vector1 <steps/s>},
 * {@code vector2 <steps/s>} (medians over the blocks) and {@code ratio2to1 <median> <min> <max>} of the blocks'
 * 2-thread / 1-thread ratios. With the C loop's command (its last argument, the step count, is set to steps / 2),
 * it and the single env alternate in nine blocks of steps / 2: {@code cloop <steps/s>} and
 * {@code ratioJavaC <median> <min> <max>}; each block pair also goes to stderr.
 */
public final class StepBenchmark {
    private StepBenchmark() {
    }

    public static void main(String[] args) throws java.io.IOException, InterruptedException {
        String id = args[0];
        long steps = Long.parseLong(args[1]);
        single(id, steps / 5);  // warm-up
        if (args.length > 2) { // the C loop's command line: it and the Java env alternate
            List<String> cLoop = new java.util.ArrayList<>(List.of(args).subList(2, args.length));
            cLoop.set(cLoop.size() - 1, Long.toString(steps / 2)); // nine half-size blocks: a 5% question
            double[] r = alternate(9, () -> cLoop(cLoop), () -> single(id, steps / 2));
            System.out.printf(Locale.ROOT, "cloop %.1f%nsingle %.1f%nratioJavaC %.3f %.3f %.3f%n", r[0], r[1], r[2],
                    r[3], r[4]);
        } else {
            System.out.printf(Locale.ROOT, "single %.1f%n", single(id, steps));
        }
        try (VectorEnv<Object, float[]> one = Gym.makeVec(id, COPIES, Map.of(), 1);
             VectorEnv<Object, float[]> two = Gym.makeVec(id, COPIES, Map.of(), 2)) {
            float[][] table = actions(width(id) * COPIES, 100);
            for (int round = 0; round < 2; round++) { // warm-up: C2 has no idle core while two threads step
                warmUp(one, table);
                warmUp(two, table);
            }
            double[] r = alternate(5, () -> vector(one, table, steps), () -> vector(two, table, steps));
            System.out.printf(Locale.ROOT, "vector1 %.1f%nvector2 %.1f%nratio2to1 %.2f %.2f %.2f%n", r[0], r[1], r[2],
                    r[3], r[4]);
        }
    }

    /** One timed measurement in steps/s. */
    @FunctionalInterface
    private interface Measurement {
        double run() throws java.io.IOException, InterruptedException;
    }

    /**
     * Runs {@code a} and {@code b} in {@code blocks} alternating pairs (each pair also goes to stderr); returns the
     * median of a, the median of b, and the median, minimum and maximum of the pairs' ratios b / a.
     */
    private static double[] alternate(int blocks, Measurement a, Measurement b)
            throws java.io.IOException, InterruptedException {
        double[][] rows = new double[3][blocks];
        for (int k = 0; k < blocks; k++) {
            rows[0][k] = a.run();
            rows[1][k] = b.run();
            rows[2][k] = rows[1][k] / rows[0][k];
            System.err.printf(Locale.ROOT, "block %d: %.0f, %.0f%n", k, rows[0][k], rows[1][k]);
        }
        for (double[] row : rows) {
            java.util.Arrays.sort(row);
        }
        return new double[] {rows[0][blocks / 2], rows[1][blocks / 2], rows[2][blocks / 2], rows[2][0],
            rows[2][blocks - 1]};
    }

    private static final int COPIES = 8;

    /** Runs the C loop once; returns the steps/s it prints. */
    private static double cLoop(List<String> command) throws java.io.IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("the C loop " + command + " failed: " + out);
        }
        return Double.parseDouble(out);
    }

    private static int width(String id) {
        try (Env<Object, float[]> probe = Gym.make(id)) {
            return ((org.jgym.env.api.spaces.Box<?>) probe.actionSpace()).size();
        }
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

    /** Steps the vector env for about {@link #WARM_UP_NANOS}. */
    private static void warmUp(VectorEnv<Object, float[]> venv, float[][] table) {
        long start = System.nanoTime();
        while (System.nanoTime() - start < WARM_UP_NANOS) {
            vector(venv, table, 1000);
        }
    }

    private static final long WARM_UP_NANOS = 1_500_000_000L;

    /** Steps/s of {@code steps} env steps (all copies together) from {@code reset(0)}. */
    private static double vector(VectorEnv<Object, float[]> venv, float[][] table, long steps) {
        venv.reset(0);
        long calls = steps / COPIES;
        long start = System.nanoTime();
        for (long t = 0; t < calls; t++) {
            venv.step(table[(int) (t % table.length)]);
        }
        return calls * COPIES / ((System.nanoTime() - start) * 1e-9);
    }
}

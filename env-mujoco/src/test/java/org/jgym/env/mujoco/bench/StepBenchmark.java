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
 * 2-thread / 1-thread ratios. With the C loop's command (step_loop.c, which serves blocks of its trajectory), it and
 * the single env alternate in 40 pairs of steps / 20 steps each, the order swapped every other pair:
 * {@code cloop <steps/s>} and {@code ratioJavaC <median> <min> <max> <over all blocks>}; each block pair also goes
 * to stderr.
 */
public final class StepBenchmark {
    private StepBenchmark() {
    }

    public static void main(String[] args) throws java.io.IOException, InterruptedException {
        String id = args[0];
        long steps = Long.parseLong(args[1]);
        try (SingleEnv java = new SingleEnv(id)) {
            java.run(steps / 5); // warm-up
            if (args.length > 2) { // the C loop's command line: it and the Java env alternate in short blocks
                try (CLoop c = new CLoop(List.of(args).subList(2, args.length))) {
                    c.run(steps / 5);
                    long block = Math.max(1, steps / 20);
                    double[] r = alternate(C_BLOCKS, () -> c.run(block), () -> java.run(block));
                    System.out.printf(Locale.ROOT, "cloop %.1f%nsingle %.1f%nratioJavaC %.3f %.3f %.3f %.3f%n", r[0],
                            r[1], r[2], r[3], r[4], r[5]);
                }
            } else {
                System.out.printf(Locale.ROOT, "single %.1f%n", java.run(steps));
            }
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

    /**
     * Block pairs of the C loop and the Java env: many short ones, because the host's speed drifts within a second;
     * a 5% question needs the pairs to see the same machine.
     */
    private static final int C_BLOCKS = 40;

    /** One timed measurement in steps/s. */
    @FunctionalInterface
    private interface Measurement {
        double run() throws java.io.IOException, InterruptedException;
    }

    /**
     * Runs {@code a} and {@code b} in {@code blocks} pairs, b first in every other pair (each pair also goes to
     * stderr); returns the median of a, the median of b, the median, minimum and maximum of the pairs' ratios b / a,
     * and b / a over all blocks (total time of a / total time of b).
     */
    private static double[] alternate(int blocks, Measurement a, Measurement b)
            throws java.io.IOException, InterruptedException {
        double[][] rows = new double[3][blocks];
        double secondsA = 0; // blocks are of equal size, so 1 / rate is their time
        double secondsB = 0;
        for (int k = 0; k < blocks; k++) {
            if (k % 2 == 0) {
                rows[0][k] = a.run();
                rows[1][k] = b.run();
            } else {
                rows[1][k] = b.run();
                rows[0][k] = a.run();
            }
            rows[2][k] = rows[1][k] / rows[0][k];
            secondsA += 1 / rows[0][k];
            secondsB += 1 / rows[1][k];
            System.err.printf(Locale.ROOT, "block %d: %.0f, %.0f%n", k, rows[0][k], rows[1][k]);
        }
        for (double[] row : rows) {
            java.util.Arrays.sort(row);
        }
        return new double[] {rows[0][blocks / 2], rows[1][blocks / 2], rows[2][blocks / 2], rows[2][0],
            rows[2][blocks - 1], secondsA / secondsB};
    }

    private static final int COPIES = 8;

    /** The C loop (step_loop.c) serving blocks of its trajectory: one line K in, its wall seconds out. */
    private static final class CLoop implements AutoCloseable {
        private final Process process;
        private final java.io.BufferedReader out;
        private final java.io.PrintWriter in;

        CLoop(List<String> command) throws java.io.IOException {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            out = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8));
            in = new java.io.PrintWriter(process.getOutputStream(), true, java.nio.charset.StandardCharsets.UTF_8);
        }

        /** Steps/s of the next {@code steps} steps. */
        double run(long steps) throws java.io.IOException {
            in.println(steps);
            String line = out.readLine();
            if (line == null) {
                throw new IllegalStateException("the C loop ended early (exit " + exitCode() + ")");
            }
            return steps / Double.parseDouble(line);
        }

        private String exitCode() {
            try {
                return Integer.toString(process.waitFor());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "unknown";
            }
        }

        @Override
        public void close() throws InterruptedException {
            in.println();
            process.waitFor();
        }
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

    /** The unwrapped Java env on the C loop's trajectory, continued from block to block. */
    private static final class SingleEnv implements AutoCloseable {
        private final Env<Object, float[]> wrapped;
        private final Env<Object, float[]> env;
        private final float[][] table;
        private long t;

        @SuppressWarnings("unchecked")
        SingleEnv(String id) {
            wrapped = Gym.make(id, sameAsC(id));
            env = (Env<Object, float[]>) wrapped.unwrapped();
            table = actions(((org.jgym.env.api.spaces.Box<?>) env.actionSpace()).size(), 1000);
        }

        /** Steps/s of the next {@code steps} steps. */
        double run(long steps) {
            long start = System.nanoTime();
            for (long end = t + steps; t < end; t++) {
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

        @Override
        public void close() {
            wrapped.close();
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

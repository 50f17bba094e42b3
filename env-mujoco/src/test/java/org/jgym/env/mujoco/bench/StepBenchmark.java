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
 * threads. Usage: {@code StepBenchmark id steps [--vector | C loop command... [--python gymnasium command...]]}: the
 * Java env alone, then the vector env; with {@code --vector} the vector env only; with the commands, the rotation of
 * the C loop, the Java env and gymnasium only (the script runs that one pinned to a single CPU).
 *
 * <p>The host's speed drifts within seconds, so every ratio comes from sides run in alternating blocks, the order
 * rotating from block to block: the vector env on 1 and 2 threads in 40 block pairs of steps / 8 steps
 * ({@code vector1}, {@code vector2}: medians; {@code ratio2to1 <median> <min> <max> <over all blocks> <95% interval
 * of the median>}; a host that takes the second core for a few seconds then moves a few pairs, not the median); with
 * the commands of the C loop (step_loop.c) and of gymnasium's env ({@code bench_python.py --serve}), which serve
 * blocks of the same trajectory (a line K in, the block's wall seconds out), those and the Java env in 120 rounds of
 * steps / 20 steps: {@code cloop}, {@code single}, {@code gymnasium} and {@code ratioJavaC},
 * {@code ratioJavaGymnasium}. Every round also goes to stderr.
 */
public final class StepBenchmark {
    private StepBenchmark() {
    }

    public static void main(String[] args) throws java.io.IOException, InterruptedException {
        String id = args[0];
        long steps = Long.parseLong(args[1]);
        List<String> rest = List.of(args).subList(2, args.length);
        boolean vectorOnly = !rest.isEmpty() && rest.get(0).equals("--vector");
        if (vectorOnly) {
            vectorRotation(id, steps);
            return;
        }
        int python = rest.indexOf("--python");
        try (SingleEnv java = new SingleEnv(id)) {
            java.run(steps / 5); // warm-up
            settleYoungGeneration();
            if (rest.isEmpty()) {
                System.out.printf(Locale.ROOT, "single %.1f%n", java.run(steps));
            } else {
                try (BlockServer c = new BlockServer(python < 0 ? rest : rest.subList(0, python));
                     BlockServer gym = python < 0 ? null : new BlockServer(rest.subList(python + 1, rest.size()))) {
                    c.run(steps / 5);
                    long block = Math.max(1, steps / 20);
                    List<Measurement> sides = new java.util.ArrayList<>(List.of(() -> c.run(block),
                            () -> java.run(block)));
                    if (gym != null) {
                        gym.run(steps / 5);
                        sides.add(() -> gym.run(block));
                    }
                    double[][] rates = alternate(C_BLOCKS, sides);
                    System.out.printf(Locale.ROOT, "cloop %.1f%nsingle %.1f%n", median(rates, 0), median(rates, 1));
                    System.out.println("ratioJavaC " + ratio(rates, 1, 0));
                    if (gym != null) {
                        System.out.printf(Locale.ROOT, "gymnasium %.1f%n", median(rates, 2));
                        System.out.println("ratioJavaGymnasium " + ratio(rates, 1, 2));
                    }
                }
            }
        }
        if (rest.isEmpty()) {
            vectorRotation(id, steps);
        }
    }

    /** The 8-copy vector env on 1 and 2 threads in alternating blocks. */
    private static void vectorRotation(String id, long steps) throws java.io.IOException, InterruptedException {
        try (VectorEnv<Object, float[]> one = Gym.makeVec(id, COPIES, Map.of(), 1);
             VectorEnv<Object, float[]> two = Gym.makeVec(id, COPIES, Map.of(), 2)) {
            float[][] table = actions(width(id) * COPIES, 100);
            for (int round = 0; round < 2; round++) { // warm-up: C2 has no idle core while two threads step
                warmUp(one, table);
                warmUp(two, table);
            }
            settleYoungGeneration();
            long block = Math.max(COPIES, steps / 8);
            double[][] rates = alternate(VECTOR_BLOCKS, List.of(() -> vector(one, table, block),
                    () -> vector(two, table, block)));
            System.out.printf(Locale.ROOT, "vector1 %.1f%nvector2 %.1f%n", median(rates, 0), median(rates, 1));
            System.out.println("ratio2to1 " + ratio(rates, 1, 0));
        }
    }

    /**
     * Rounds of the rotation of the C loop, the Java env and gymnasium: many short ones, because the host's speed
     * drifts within a second (single blocks range over 0.5-2x); a 5% question needs the sides to see the same machine
     * and enough rounds for the median of the ratios to settle within about 1%.
     */
    private static final int C_BLOCKS = 120;

    /** Rounds of the vector env on 1 and 2 threads (a 1.7x question). */
    private static final int VECTOR_BLOCKS = 40;

    /** One timed measurement in steps/s. */
    @FunctionalInterface
    private interface Measurement {
        double run() throws java.io.IOException, InterruptedException;
    }

    /**
     * Runs every side once per round, the order rotating from round to round; returns the rates, one row per round.
     * Each round also goes to stderr.
     */
    private static double[][] alternate(int rounds, List<Measurement> sides)
            throws java.io.IOException, InterruptedException {
        int n = sides.size();
        double[][] rates = new double[rounds][n];
        for (int k = 0; k < rounds; k++) {
            for (int j = 0; j < n; j++) {
                int side = (k + j) % n;
                rates[k][side] = sides.get(side).run();
            }
            System.err.println("block " + k + ": " + java.util.Arrays.toString(rates[k]));
        }
        return rates;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double median(double[][] rates, int side) {
        return median(java.util.Arrays.stream(rates).mapToDouble(r -> r[side]).toArray());
    }

    /**
     * {@code "<median> <min> <max> <over all rounds> <low> <high>"} of the per-round ratios a / b; "over all rounds"
     * divides the total times (the blocks of a round are of equal size, so 1 / rate is a block's time); low-high is
     * the distribution-free 95% interval of the median (the order statistics n/2 -+ 0.98 sqrt(n)).
     */
    private static String ratio(double[][] rates, int a, int b) {
        double[] r = java.util.Arrays.stream(rates).mapToDouble(x -> x[a] / x[b]).sorted().toArray();
        double timeA = java.util.Arrays.stream(rates).mapToDouble(x -> 1 / x[a]).sum();
        double timeB = java.util.Arrays.stream(rates).mapToDouble(x -> 1 / x[b]).sum();
        int n = r.length;
        int half = (int) Math.ceil(0.98 * Math.sqrt(n));
        double low = r[Math.max(0, n / 2 - half)];
        double high = r[Math.min(n - 1, n / 2 + half)];
        return String.format(Locale.ROOT, "%.3f %.3f %.3f %.3f %.3f %.3f", median(r), r[0], r[n - 1], timeB / timeA,
                low, high);
    }

    private static final int COPIES = 8;

    /** A process serving blocks of the trajectory (step_loop.c, bench_python.py --serve): a line K in, seconds out. */
    private static final class BlockServer implements AutoCloseable {
        private final Process process;
        private final java.io.BufferedReader out;
        private final java.io.PrintWriter in;

        BlockServer(List<String> command) throws java.io.IOException {
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
                throw new IllegalStateException(process.info().command().orElse("a block server")
                        + " ended early (exit " + exitCode() + ")");
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

    /**
     * Allocates until the young generation has been collected twice. A fresh JVM has not yet touched its eden, so
     * during the first pass through it every allocated byte also costs a kernel page fault (perf put 3.7% of a
     * HalfCheetah stepping thread in {@code clear_page_erms} when a step allocated 224 bytes); a long run pays that
     * once, and the blocks are to measure what follows.
     */
    private static void settleYoungGeneration() {
        long before = collections();
        for (long bytes = 0; collections() < before + 2 && bytes < (4L << 30); bytes += 8 * GARBAGE_WORDS) {
            garbage = new long[GARBAGE_WORDS];
        }
        garbage = null;
    }

    private static final int GARBAGE_WORDS = 8192;

    /** Keeps the allocations of {@link #settleYoungGeneration} observable, so the JIT cannot remove them. */
    private static volatile long[] garbage;

    private static long collections() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionCount).sum();
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

package org.jgym.env.retro.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jgym.env.api.Env;
import org.jgym.env.api.registry.Gym;
import org.jgym.env.api.vector.VectorEnv;

/**
 * Frames per second of a Retro env with a fixed discrete action sequence ({@code 37 * i mod n}, the same one
 * {@code bench-retro} gives stable-retro).
 *
 * <p>{@code RetroFrameRate [--vector] [game] [frames] [obs_type]}: the env alone (not with {@code --vector}), then a
 * 2-copy vector env on 1 and on 2 threads in five alternating blocks, with the median of the blocks' 2-thread /
 * 1-thread ratios (short single blocks on a VM spread widely). Prints one JSON line per measurement: frames per
 * wall-clock second, and frames per CPU second (of the stepping thread for the single env, of the whole JVM for the
 * vector envs). Equal CPU rates on 1 and 2 threads mean threading costs no CPU and the wall-clock scaling is bounded
 * by the cores free to run the two copies.
 *
 * <p>{@code RetroFrameRate --serve [game]}: one env that runs blocks on request, so that a driver can alternate it
 * with other implementations on the same machine state ({@code bench_alternating.py}). Each stdin line {@code K}
 * resets the env and runs K frames; the answer is one line {@code wall_ns cpu_ns}. An empty line or EOF ends it.
 */
public final class RetroFrameRate {
    private RetroFrameRate() {
    }

    public static void main(String[] args) throws java.io.IOException {
        if (args.length > 0 && args[0].equals("--serve")) {
            serve(args.length > 1 ? args[1] : "Airstriker-Genesis-v0");
            return;
        }
        boolean vectorOnly = args.length > 0 && args[0].equals("--vector");
        if (vectorOnly) {
            args = java.util.Arrays.copyOfRange(args, 1, args.length);
        }
        String game = args.length > 0 ? args[0] : "Airstriker-Genesis-v0";
        int frames = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        String obsType = args.length > 2 ? args[2] : "image";
        Map<String, Object> kwargs = kwargs(obsType);
        if (vectorOnly) {
            vectorScaling(game, kwargs, frames, 5);
            return;
        }
        try (Env<byte[], Object> env = Gym.make(game, kwargs)) {
            int n = ((org.jgym.env.api.spaces.Discrete) (Object) env.actionSpace()).n();
            single(env, n, Math.max(frames / 5, 3000)); // warm-up as the Python sides: JIT and caches
            java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            long t = System.nanoTime();
            long c = cpu.getCurrentThreadCpuTime();
            single(env, n, frames);
            double cpuSeconds = (cpu.getCurrentThreadCpuTime() - c) / 1e9;
            report("java single env", frames / ((System.nanoTime() - t) / 1e9), frames / cpuSeconds);
        }
        vectorScaling(game, kwargs, frames, 5);
    }

    /** The set-up of every measurement: Level1, discrete actions (the Python sides use the same). */
    private static Map<String, Object> kwargs(String obsType) {
        return Map.of("use_restricted_actions", "discrete", "state", "Level1", "obs_type", obsType);
    }

    private static void serve(String game) throws java.io.IOException {
        Map<String, Object> kwargs = kwargs("image");
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (Env<byte[], Object> env = Gym.make(game, kwargs)) {
            int n = ((org.jgym.env.api.spaces.Discrete) (Object) env.actionSpace()).n();
            System.out.println("ready");
            System.out.flush();
            for (String line = in.readLine(); line != null && !line.isBlank(); line = in.readLine()) {
                int frames = Integer.parseInt(line.trim());
                long t = System.nanoTime();
                long c = cpu.getCurrentThreadCpuTime();
                single(env, n, frames);
                System.out.println((System.nanoTime() - t) + " " + (cpu.getCurrentThreadCpuTime() - c));
                System.out.flush();
            }
        }
    }

    /**
     * A 2-copy vector env on 1 and on 2 threads, measured in alternating blocks of {@code frames} frames so that
     * both see the same machine; prints each block pair and the median of the 2-thread / 1-thread ratios.
     */
    private static void vectorScaling(String game, Map<String, Object> kwargs, int frames, int blocks) {
        VectorEnv<byte[], int[]> one = Gym.makeVec(game, 2, kwargs, 1);
        VectorEnv<byte[], int[]> two = Gym.makeVec(game, 2, kwargs, 2);
        try {
            vector(one, frames / 10); // warm-up: JIT and caches
            vector(two, frames / 10);
            double[] ratios = new double[blocks];
            for (int b = 0; b < blocks; b++) {
                double[] oneRate = vectorRate(one, frames);
                double[] twoRate = vectorRate(two, frames);
                report("java 2-copy vector env, 1 thread(s)", oneRate[0], oneRate[1]);
                report("java 2-copy vector env, 2 thread(s)", twoRate[0], twoRate[1]);
                ratios[b] = twoRate[0] / oneRate[0];
            }
            java.util.Arrays.sort(ratios);
            System.out.printf("{\"what\": \"java 2 threads / 1 thread, median of %d block pairs\", \"ratio\": %.2f,"
                    + " \"min\": %.2f, \"max\": %.2f}%n", blocks, ratios[blocks / 2], ratios[0], ratios[blocks - 1]);
        } finally {
            one.close();
            two.close();
        }
    }

    /** {frames per wall-clock second, frames per JVM CPU second} of {@code frames} frames (two per vector step). */
    private static double[] vectorRate(VectorEnv<byte[], int[]> venv, int frames) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long t = System.nanoTime();
        long c = os.getProcessCpuTime();
        vector(venv, frames / 2);
        double cpuSeconds = (os.getProcessCpuTime() - c) / 1e9;
        return new double[] {frames / ((System.nanoTime() - t) / 1e9), frames / cpuSeconds};
    }

    private static void single(Env<byte[], Object> env, int n, int frames) {
        env.reset();
        for (int i = 0; i < frames; i++) {
            if (env.step((37 * i) % n).done()) {
                env.reset();
            }
        }
    }

    private static void vector(VectorEnv<byte[], int[]> venv, int steps) {
        venv.reset(0);
        int[] actions = new int[2];
        for (int i = 0; i < steps; i++) {
            actions[0] = (37 * i) % 126;
            actions[1] = (37 * i + 11) % 126;
            venv.step(actions);
        }
    }

    /** One JSON line; frames per CPU second is robust to a busy machine. */
    private static void report(String what, double fps, double fpsCpu) {
        System.out.printf("{\"what\": \"%s\", \"frames_per_s\": %.0f, \"frames_per_cpu_s\": %.0f}%n", what, fps,
                fpsCpu);
    }
}

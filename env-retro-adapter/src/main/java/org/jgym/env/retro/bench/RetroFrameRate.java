package org.jgym.env.retro.bench;

import java.util.Map;
import org.jgym.env.api.Env;
import org.jgym.env.api.registry.Gym;
import org.jgym.env.api.vector.VectorEnv;

/**
 * Frames per second of a Retro env with a fixed discrete action sequence ({@code 37 * i mod n}, the same one
 * {@code bench-retro} gives stable-retro), alone and as a 2-copy vector env on 1 and on 2 threads.
 *
 * <p>Usage: {@code RetroFrameRate [game] [frames]}; prints one JSON line per measurement: frames per wall-clock
 * second, and frames per CPU second (of the stepping thread for the single env, of the whole JVM for the vector
 * envs). The CPU rates are robust to a busy machine: equal rates on 1 and 2 threads mean threading costs no CPU and
 * the wall-clock scaling is bounded by the cores free to run the two copies.
 */
public final class RetroFrameRate {
    private RetroFrameRate() {
    }

    public static void main(String[] args) {
        String game = args.length > 0 ? args[0] : "Airstriker-Genesis-v0";
        int frames = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        Map<String, Object> kwargs = Map.of("use_restricted_actions", "discrete", "state", "Level1");
        try (Env<byte[], Object> env = Gym.make(game, kwargs)) {
            int n = ((org.jgym.env.api.spaces.Discrete) (Object) env.actionSpace()).n();
            single(env, n, frames / 5); // warm-up: JIT and caches
            java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            long t = System.nanoTime();
            long c = cpu.getCurrentThreadCpuTime();
            single(env, n, frames);
            double cpuSeconds = (cpu.getCurrentThreadCpuTime() - c) / 1e9;
            report("java single env", frames / ((System.nanoTime() - t) / 1e9), frames / cpuSeconds);
        }
        for (int threads : new int[] {1, 2}) {
            VectorEnv<byte[], int[]> venv = Gym.makeVec(game, 2, kwargs, threads);
            try {
                vector(venv, frames / 10);
                com.sun.management.OperatingSystemMXBean os =
                        (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
                long t = System.nanoTime();
                long c = os.getProcessCpuTime();
                vector(venv, frames / 2);
                double cpuSeconds = (os.getProcessCpuTime() - c) / 1e9;
                report("java 2-copy vector env, " + threads + " thread(s)", frames / ((System.nanoTime() - t) / 1e9),
                        frames / cpuSeconds);
            } finally {
                venv.close();
            }
        }
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

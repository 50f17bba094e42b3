package org.jgym.env.retro.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jgym.env.api.Env;
import org.jgym.env.api.registry.Gym;
import org.jgym.env.api.spaces.Discrete;
import org.jgym.env.api.vector.VectorEnv;

/**
 * Serves timed blocks of a Retro game (Level1, discrete actions, the sequence {@code (37 * i + offset) mod n}) so that
 * a driver can alternate them with other implementations on the same machine state ({@code bench_alternating.py}):
 * the host's speed drifts by tens of percent within minutes, so only ratios of interleaved blocks mean anything.
 *
 * <p>{@code RetroFrameRate [game]} reads one request per stdin line and answers each with one line
 * {@code wall_ns cpu_ns} after resetting and running the block:
 * <ul>
 *   <li>{@code K}: K frames of one env (CPU time of the stepping thread);</li>
 *   <li>{@code vector THREADS OFFSET K}: K frames of a 2-copy vector env stepped on THREADS threads, copy 0 with
 *       offset 0 and copy 1 with OFFSET (the same offset gives both copies the same game; another one lets their
 *       games, and so their frame times, drift apart); CPU time of the whole JVM.</li>
 * </ul>
 * It prints {@code ready} once the env is loaded; an empty line or EOF ends it.
 */
public final class RetroFrameRate {
    private static final Map<String, Object> KWARGS =
            Map.of("use_restricted_actions", "discrete", "state", "Level1", "obs_type", "image");

    private final String game;
    private final Env<byte[], Object> env;
    private final int n;
    private final Map<Integer, VectorEnv<byte[], int[]>> vectors = new HashMap<>();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private RetroFrameRate(String game) {
        this.game = game;
        this.env = Gym.make(game, KWARGS);
        this.n = ((Discrete) (Object) env.actionSpace()).n();
    }

    public static void main(String[] args) throws IOException {
        RetroFrameRate server = new RetroFrameRate(args.length > 0 ? args[0] : "Airstriker-Genesis-v0");
        try {
            server.serve();
        } finally {
            server.close();
        }
    }

    private void serve() throws IOException {
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        System.out.println("ready");
        System.out.flush();
        for (String line = in.readLine(); line != null && !line.isBlank(); line = in.readLine()) {
            String[] words = line.trim().split("\\s+");
            long[] timing = words.length == 1 ? single(Integer.parseInt(words[0]))
                    : vector(Integer.parseInt(words[1]), Integer.parseInt(words[2]), Integer.parseInt(words[3]));
            System.out.println(timing[0] + " " + timing[1]);
            System.out.flush();
        }
    }

    private long[] single(int frames) {
        long t = System.nanoTime();
        long c = threads.getCurrentThreadCpuTime();
        env.reset();
        for (int i = 0; i < frames; i++) {
            if (env.step((37 * i) % n).done()) {
                env.reset();
            }
        }
        return new long[] {System.nanoTime() - t, threads.getCurrentThreadCpuTime() - c};
    }

    /** {@code frames} frames in all, two per vector step. */
    private long[] vector(int threadCount, int offset, int frames) {
        VectorEnv<byte[], int[]> venv = vectors.computeIfAbsent(threadCount, k -> Gym.makeVec(game, 2, KWARGS, k));
        int[] actions = new int[2];
        long t = System.nanoTime();
        long c = os.getProcessCpuTime();
        venv.reset(0);
        for (int i = 0; i < frames / 2; i++) {
            actions[0] = (37 * i) % n;
            actions[1] = (37 * i + offset) % n;
            venv.step(actions);
        }
        return new long[] {System.nanoTime() - t, os.getProcessCpuTime() - c};
    }

    private void close() {
        vectors.values().forEach(VectorEnv::close);
        env.close();
    }
}

package org.jgym.env.alchemy;

import java.util.Map;
import java.util.random.RandomGenerator;
import org.jgym.env.alchemy.bots.IdealObserverBot;
import org.jgym.env.api.Env;
import org.jgym.env.api.Seeding;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.agent.EpisodeStats;
import org.jgym.env.api.agent.Rollouts;
import org.jgym.env.api.registry.Registry;
import org.jgym.env.api.vector.VectorEnv;
import org.jgym.env.api.vector.VectorResult;

/**
 * Throughput measurements (not a unit test; nothing here is asserted). Run after {@code mvn test-compile} with
 * {@code java -cp "env-alchemy/target/classes:env-alchemy/target/test-classes:env-api/target/classes:$GSON"
 * org.jgym.env.alchemy.AlchemyThroughput MODE N}, MODE one of {@code single} (N episodes, uniform random actions,
 * registry-made env with its wrappers), {@code vector} (N episodes per copy over 8 copies, threads as 3rd argument)
 * or {@code observer} (N ideal-observer episodes on the evaluation level).
 */
public final class AlchemyThroughput {
    private AlchemyThroughput() {
    }

    public static void main(String[] args) {
        String mode = args[0];
        int episodes = Integer.parseInt(args[1]);
        Registry registry = Registry.load(AlchemyThroughput.class.getClassLoader());
        Map<String, Object> kwargs = Map.of("level", Level.EVALUATION.referenceName());
        switch (mode) {
            case "single" -> single(registry, kwargs, episodes);
            case "vector" -> vector(registry, kwargs, episodes, Integer.parseInt(args[2]));
            case "observer" -> observer(registry, kwargs, episodes);
            default -> throw new IllegalArgumentException("mode must be single, vector or observer, got " + mode);
        }
    }

    private static void single(Registry registry, Map<String, Object> kwargs, int episodes) {
        try (Env<float[], Integer> env = registry.make(AlchemyEnv.ID, kwargs)) {
            RandomGenerator actions = Seeding.generator(1);
            long steps = 0;
            double total = 0;
            long start = System.nanoTime();
            env.reset(1L);
            for (int e = 0; e < episodes; e++) {
                if (e > 0) {
                    env.reset();
                }
                StepResult<float[]> r;
                do {
                    r = env.step(actions.nextInt(40));
                    total += r.reward();
                    steps++;
                } while (!r.terminated() && !r.truncated());
                progress(e + 1, episodes, start);
            }
            report("single thread, random actions", episodes, steps, start, total / episodes);
        }
    }

    private static void vector(Registry registry, Map<String, Object> kwargs, int episodesPerCopy, int threads) {
        int copies = 8;
        try (VectorEnv<float[], int[]> env = registry.makeVec(AlchemyEnv.ID, copies, kwargs, threads)) {
            RandomGenerator random = Seeding.generator(1);
            int[] actions = new int[copies];
            long stepsPerCopy = 200L * episodesPerCopy;
            long start = System.nanoTime();
            env.reset(1L);
            double total = 0;
            for (long t = 0; t < stepsPerCopy; t++) {
                for (int i = 0; i < copies; i++) {
                    actions[i] = random.nextInt(40);
                }
                VectorResult<float[]> r = env.step(actions);
                for (double reward : r.rewards()) {
                    total += reward;
                }
                if ((t + 1) % 200 == 0) {
                    progress((int) ((t + 1) / 200), episodesPerCopy, start);
                }
            }
            report("vector env, " + copies + " copies, " + threads + " thread(s)", episodesPerCopy * copies,
                    stepsPerCopy * copies, start, total / (episodesPerCopy * (double) copies));
        }
    }

    private static void observer(Registry registry, Map<String, Object> kwargs, int episodes) {
        try (Env<float[], Integer> env = registry.make(AlchemyEnv.ID, kwargs)) {
            IdealObserverBot bot = new IdealObserverBot(false, Level.EVALUATION);
            long start = System.nanoTime();
            EpisodeStats stats = Rollouts.run(env, bot, episodes, 1L, done -> progress(done, episodes, start));
            report("ideal observer (includes building its 41,856-chemistry tables)", episodes, stats.totalSteps(),
                    start, stats.meanReturn());
        }
    }

    private static void progress(int done, int total, long start) {
        if (done % Math.max(1, total / 10) == 0 && done < total) {
            double seconds = (System.nanoTime() - start) / 1e9;
            System.err.printf("  %d/%d episodes, %.1f s, ETA %.1f s%n", done, total, seconds,
                    seconds / done * (total - done));
        }
    }

    private static void report(String what, long episodes, long steps, long start, double meanReturn) {
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s: %d episodes, %d steps in %.2f s = %.0f steps/s, %.1f episodes/s, mean return %.2f%n",
                what, episodes, steps, seconds, steps / seconds, episodes / seconds, meanReturn);
    }
}

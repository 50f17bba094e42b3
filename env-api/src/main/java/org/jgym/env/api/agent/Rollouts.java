package org.jgym.env.api.agent;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import org.jgym.env.api.Env;
import org.jgym.env.api.StepResult;

/** Runs an agent in an env for a number of episodes and collects {@link EpisodeStats}. */
public final class Rollouts {
    private Rollouts() {
    }

    /**
     * Runs {@code episodes} episodes: the first reset uses {@code seed}, later ones continue the env's stream, so
     * the same seed gives the same episodes.
     */
    public static <O, A> EpisodeStats run(Env<O, A> env, Agent<O, A> agent, int episodes, long seed) {
        return run(env, agent, episodes, seed, e -> { });
    }

    /**
     * As {@link #run(Env, Agent, int, long)}, calling {@code onEpisode} with the number of finished episodes
     * after each one (for progress bars).
     */
    public static <O, A> EpisodeStats run(Env<O, A> env, Agent<O, A> agent, int episodes, long seed,
            IntConsumer onEpisode) {
        if (episodes <= 0) {
            throw new IllegalArgumentException("episodes must be > 0, got " + episodes);
        }
        double[] returns = new double[episodes];
        int[] lengths = new int[episodes];
        Map<String, double[]> finals = new TreeMap<>();
        long start = System.nanoTime();
        for (int e = 0; e < episodes; e++) {
            O obs = env.reset(e == 0 ? seed : null, Map.of()).observation();
            agent.onReset(obs);
            double total = 0;
            int steps = 0;
            StepResult<O> r;
            do {
                A action = agent.act(obs);
                r = env.step(action);
                total += r.reward();
                steps++;
                agent.observe(obs, action, r.reward(), r.observation(), r.terminated(), r.truncated());
                obs = r.observation();
            } while (!r.done());
            returns[e] = total;
            lengths[e] = steps;
            for (Map.Entry<String, Object> i : r.info().entrySet()) {
                if (i.getValue() instanceof Number n) {
                    double[] acc = finals.computeIfAbsent(i.getKey(), k -> new double[2]);
                    acc[0] += n.doubleValue();
                    acc[1]++;
                }
            }
            onEpisode.accept(e + 1);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Double> finalInfo = new TreeMap<>();
        finals.forEach((k, acc) -> finalInfo.put(k, acc[0] / acc[1]));
        return new EpisodeStats(returns, lengths, finalInfo, seconds);
    }
}

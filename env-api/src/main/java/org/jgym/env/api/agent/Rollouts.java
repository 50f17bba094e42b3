package org.jgym.env.api.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import org.jgym.env.api.Env;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.spaces.Space;
import org.jgym.env.api.vector.VectorEnv;
import org.jgym.env.api.vector.VectorResult;

/** Runs agents in an env or a vector env for a number of episodes and collects {@link EpisodeStats}. */
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
            addFinalInfo(finals, r.info());
            onEpisode.accept(e + 1);
        }
        return new EpisodeStats(returns, lengths, means(finals), (System.nanoTime() - start) / 1e9);
    }

    /**
     * Runs a vector env until {@code episodes} episodes have ended, counting them in the order they end (copy order
     * within a step), so the same seed gives the same statistics. Each copy has its own agent, made by
     * {@code agentForCopy}; the agents act on single observations.
     *
     * @param seed copy i is reset with {@code seed + i}; later episodes continue each copy's stream (autoreset)
     */
    @SuppressWarnings("unchecked")
    public static <O, A, BO, BA> EpisodeStats run(VectorEnv<BO, BA> env, IntFunction<? extends Agent<O, A>> agentForCopy,
            int episodes, long seed) {
        if (episodes <= 0) {
            throw new IllegalArgumentException("episodes must be > 0, got " + episodes);
        }
        int n = env.numEnvs();
        Space<O> observationSpace = (Space<O>) env.singleObservationSpace();
        Space<A> actionSpace = (Space<A>) env.singleActionSpace();
        List<Agent<O, A>> agents = new ArrayList<>(n);
        List<O> observations = new ArrayList<>(n);
        BA actions = (BA) actionSpace.newBatch(n);
        double[] running = new double[n];
        int[] steps = new int[n];
        double[] returns = new double[episodes];
        int[] lengths = new int[episodes];
        Map<String, double[]> finals = new TreeMap<>();
        long start = System.nanoTime();
        VectorResult<BO> r = env.reset(seed);
        for (int i = 0; i < n; i++) {
            agents.add(agentForCopy.apply(i));
            observations.add(observationSpace.readFromBatch(r.observations(), i, null));
            agents.get(i).onReset(observations.get(i));
        }
        int ended = 0;
        while (ended < episodes) {
            for (int i = 0; i < n; i++) {
                actionSpace.writeToBatch(agents.get(i).act(observations.get(i)), actions, i);
            }
            r = env.step(actions);
            for (int i = 0; i < n && ended < episodes; i++) {
                O next = observationSpace.readFromBatch(r.observations(), i, observations.get(i));
                if (r.autoreset()[i]) {
                    agents.get(i).onReset(next);
                    continue;
                }
                running[i] += r.rewards()[i];
                steps[i]++;
                agents.get(i).observe(next, actionSpace.readFromBatch(actions, i, null), r.rewards()[i], next,
                        r.terminated()[i], r.truncated()[i]);
                if (r.terminated()[i] || r.truncated()[i]) {
                    returns[ended] = running[i];
                    lengths[ended] = steps[i];
                    addFinalInfo(finals, r.infos().get(i));
                    ended++;
                    running[i] = 0;
                    steps[i] = 0;
                }
            }
        }
        return new EpisodeStats(returns, lengths, means(finals), (System.nanoTime() - start) / 1e9);
    }

    private static void addFinalInfo(Map<String, double[]> finals, Map<String, Object> info) {
        for (Map.Entry<String, Object> i : info.entrySet()) {
            if (i.getValue() instanceof Number n) {
                double[] acc = finals.computeIfAbsent(i.getKey(), k -> new double[2]);
                acc[0] += n.doubleValue();
                acc[1]++;
            }
        }
    }

    private static Map<String, Double> means(Map<String, double[]> finals) {
        Map<String, Double> out = new TreeMap<>();
        finals.forEach((k, acc) -> out.put(k, acc[0] / acc[1]));
        return out;
    }
}

package org.jgym.env.alchemy.bots;

import java.util.Map;
import org.jgym.env.alchemy.AlchemyEnv;
import org.jgym.env.alchemy.AlchemyGame;
import org.jgym.env.alchemy.Level;
import org.jgym.env.api.Env;
import org.jgym.env.api.agent.EpisodeStats;
import org.jgym.env.api.agent.Rollouts;
import org.jgym.env.api.registry.Registry;

/**
 * How much the ideal observer loses by planning over a {@link BeliefSample} while the belief is wide (not a unit
 * test; it asserts nothing). It plays the default ideal observer's decision rule on the evaluation level and, at every
 * step planned over a sample, also plans over the exact belief: the loss of the step is the exact optimal value minus
 * the exact value of the sampled plan's action (0 when both choose the same action or tie). Run after
 * {@code mvn test-compile} with {@code java -cp "$CP" org.jgym.env.alchemy.bots.IdealObserverFidelity EPISODES SEED [SAMPLE_SIZE]} (default
 * {@value IdealObserverBot#DEFAULT_SAMPLE_SIZE}).
 */
public final class IdealObserverFidelity {
    private static final double TIE = 1e-9;

    private IdealObserverFidelity() {
    }

    public static void main(String[] args) {
        int episodes = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        Registry registry = Registry.load(IdealObserverFidelity.class.getClassLoader());
        Probe probe = new Probe(args.length > 2 ? Integer.parseInt(args[2]) : IdealObserverBot.DEFAULT_SAMPLE_SIZE);
        long start = System.nanoTime();
        EpisodeStats stats;
        try (Env<float[], Integer> env = registry.make(AlchemyEnv.ID, Map.of("level", Level.EVALUATION.referenceName()))) {
            stats = Rollouts.run(env, probe, episodes, seed, done -> {
                double elapsed = (System.nanoTime() - start) / 1e9;
                System.out.printf("episode %d/%d: %d sampled steps so far, %d differ, loss %.4f; %.0f s, ETA %.0f s%n",
                        done, episodes, probe.steps, probe.differing, probe.totalLoss, elapsed,
                        elapsed / done * (episodes - done));
            });
        }
        System.out.printf("episodes %d, sample size %d, mean return %.2f%n", episodes, probe.sampleSize,
                stats.meanReturn());
        System.out.printf("steps planned over a sample: %d (%.2f per episode)%n", probe.steps,
                (double) probe.steps / episodes);
        System.out.printf("  same action as the exact plan: %d; another action of equal exact value: %d; worse: %d%n",
                probe.steps - probe.differing, probe.differing - probe.worse, probe.worse);
        System.out.printf("  expected loss: %.4f per episode, %.4f per sampled step, largest %.4f%n",
                probe.totalLoss / episodes, probe.totalLoss / Math.max(1, probe.steps), probe.largestLoss);
        for (int step = 0; step < probe.countByStep.length; step++) {
            if (probe.countByStep[step] > 0) {
                System.out.printf("  plan %d of the trial: %d over a sample, loss %.4f per episode%n", step + 1,
                        probe.countByStep[step], probe.lossByStep[step] / episodes);
            }
        }
    }

    /** The default ideal observer's decision rule, with the exact plan computed alongside. */
    private static final class Probe extends PlanningBot {
        private final HypothesisSpace space = HypothesisSpace.of(Level.EVALUATION);
        private final Belief belief = new Belief(space);
        private final BeliefSample sample = new BeliefSample(space);
        private final int sampleSize;
        private final TrialPlanner sampled;
        private final TrialPlanner exact = new TrialPlanner(space.size(), 20);
        private final Belief child = new Belief(space);
        private final int[] childHypotheses = new int[space.size()];
        private int steps;
        private int differing;
        private int worse;
        private double totalLoss;
        private double largestLoss;
        private final double[] lossByStep = new double[AlchemyGame.STEPS_PER_TRIAL];
        private final int[] countByStep = new int[AlchemyGame.STEPS_PER_TRIAL];
        private int stepInTrial;

        Probe(int sampleSize) {
            super(false, HypothesisSpace.of(Level.EVALUATION).size(), 20);
            this.sampleSize = sampleSize;
            this.sampled = new TrialPlanner(sampleSize, 16);
        }

        @Override
        protected Belief belief() {
            return belief;
        }

        @Override
        protected void onEpisodeStart() {
            belief.reset();
        }

        @Override
        protected void onTrialStart(float[] observation) {
            sampled.clearCache();
            exact.clearCache();
            stepInTrial = 0;
            super.onTrialStart(observation);
        }

        @Override
        protected int plan(Belief current, int[] stones, int[] potions) {
            int step = stepInTrial++;
            if (current.count() <= IdealObserverBot.DEFAULT_EXACT_UP_TO) {
                return super.plan(current, stones, potions);
            }
            countByStep[step]++;
            int stone = sampled.plan(sample.draw(current, sampleSize), stones, potions);
            int colour = sampled.bestColour();
            planned(colour, sampled.bestValue());
            int bestStone = exact.plan(current, stones, potions);
            double best = exact.bestValue();
            steps++;
            if (bestStone != stone || stone != TrialPlanner.STOP && exact.bestColour() != colour) {
                double loss = Math.max(0, best - exactValue(current, stones, potions, stone, colour));
                differing++;
                if (loss > TIE) {
                    worse++;
                }
                totalLoss += loss;
                lossByStep[step] += loss;
                largestLoss = Math.max(largestLoss, loss);
            }
            return stone;
        }

        /** Exact expected trial reward of dipping {@code stone} into {@code colour} and then playing optimally. */
        private double exactValue(Belief current, int[] stones, int[] potions, int stone, int colour) {
            if (stone == TrialPlanner.STOP) {
                return TrialPlanner.stopValue(stones);
            }
            int appearance = stones[stone] >> 2;
            double total = 0;
            double value = 0;
            int[] childStones = stones.clone();
            int[] childPotions = potions.clone();
            childPotions[colour]--;
            for (int code = 0; code < HypothesisSpace.STONE_CODES; code++) {
                int n = 0;
                double weight = 0;
                for (int k = 0; k < current.count(); k++) {
                    int h = current.get(k);
                    if (space.outcome(h, colour, appearance) == code) {
                        childHypotheses[n++] = h;
                        weight += space.prior(h);
                    }
                }
                total += weight;
                if (n > 0) {
                    child.retain(childHypotheses, n);
                    childStones[stone] = code;
                    exact.plan(child, childStones, childPotions);
                    value += weight * exact.bestValue();
                }
            }
            return value / total;
        }
    }
}

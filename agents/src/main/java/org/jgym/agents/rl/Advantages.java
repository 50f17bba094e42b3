package org.jgym.agents.rl;

/**
 * Discounted returns and generalised advantage estimation (Schulman et al. 2016) with the linear feature baseline.
 * The value after an episode's last step is taken as 0, as in the MAML code bases.
 */
public final class Advantages {
    private Advantages() {
    }

    /** Discounted return-to-go of every row, episode by episode. */
    public static double[] discountedReturns(TrajectoryBatch batch, double gamma) {
        double[] rewards = batch.rewards();
        double[] out = new double[rewards.length];
        for (int e = 0; e < batch.episodes(); e++) {
            double running = 0;
            for (int t = batch.episodeEnd(e) - 1; t >= batch.episodeStart(e); t--) {
                running = rewards[t] + gamma * running;
                out[t] = running;
            }
        }
        return out;
    }

    /**
     * Fits the baseline, computes GAE(gamma, lambda) advantages, optionally centres and scales them to unit
     * variance with the batch's {@link TrajectoryBatch#rowWeights() episode-mean weights}, stores them on the batch
     * and returns them.
     */
    public static double[] compute(TrajectoryBatch batch, double gamma, double lambda, boolean normalize) {
        double[] values = LinearFeatureBaseline.fitAndPredict(batch, discountedReturns(batch, gamma));
        double[] rewards = batch.rewards();
        double[] adv = new double[rewards.length];
        for (int e = 0; e < batch.episodes(); e++) {
            double running = 0;
            double nextValue = 0;
            for (int t = batch.episodeEnd(e) - 1; t >= batch.episodeStart(e); t--) {
                double delta = rewards[t] + gamma * nextValue - values[t];
                running = delta + gamma * lambda * running;
                adv[t] = running;
                nextValue = values[t];
            }
        }
        if (normalize) normalizeInPlace(adv, batch.rowWeights());
        batch.setAdvantages(adv);
        return adv;
    }

    /**
     * Centres to weighted mean 0 and scales to weighted std 1 (plus 1e-8), the weights summing to 1. With
     * {@link TrajectoryBatch#rowWeights()} this is pytorch-maml-rl's {@code weighted_normalize}: mean and variance
     * are means over episodes of per-episode means, not means over all steps.
     */
    public static void normalizeInPlace(double[] x, double[] weights) {
        if (x.length == 0) return;
        double mean = 0;
        for (int i = 0; i < x.length; i++) mean += weights[i] * x[i];
        double var = 0;
        for (int i = 0; i < x.length; i++) var += weights[i] * (x[i] - mean) * (x[i] - mean);
        double std = Math.sqrt(var) + 1e-8;
        for (int i = 0; i < x.length; i++) x[i] = (x[i] - mean) / std;
    }
}

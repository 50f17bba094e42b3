package org.jgym.agents.rl;

import java.util.Arrays;

/**
 * The episodes one policy collected on one task, flattened: row t of {@code obs}/{@code actions}/{@code rewards} is
 * one time step; episode e covers rows {@code [episodeStart[e], episodeStart[e+1])}. Immutable once built,
 * except for the advantage vector filled in by {@link Advantages}.
 */
public final class TrajectoryBatch {
    private final int observationSize;
    private final int actionWidth;
    private final double[] obs;
    private final double[] actions;
    private final double[] rewards;
    private final int[] episodeStart;
    private final double[] episodeMetric;
    private final BatchAveraging averaging;
    private double[] advantages;
    private double[] rowWeights;

    /**
     * @param episodeMetric one value per episode from the env's info at the final step (e.g. final distance);
     *                      NaN where the env does not report it
     */
    public TrajectoryBatch(int observationSize, int actionWidth, double[] obs, double[] actions, double[] rewards,
                           int[] episodeStart, double[] episodeMetric) {
        this(observationSize, actionWidth, obs, actions, rewards, episodeStart, episodeMetric, BatchAveraging.EPISODE);
    }

    /** @param averaging how {@link #rowWeights()} averages the batch's steps */
    public TrajectoryBatch(int observationSize, int actionWidth, double[] obs, double[] actions, double[] rewards,
                           int[] episodeStart, double[] episodeMetric, BatchAveraging averaging) {
        int rows = rewards.length;
        if (obs.length != rows * observationSize || actions.length != rows * actionWidth
                || episodeStart[episodeStart.length - 1] != rows || episodeMetric.length != episodeStart.length - 1) {
            throw new IllegalArgumentException("inconsistent trajectory batch: " + rows + " rewards, " + obs.length
                    + " observation values, " + actions.length + " action values, episode starts "
                    + Arrays.toString(episodeStart));
        }
        this.observationSize = observationSize;
        this.actionWidth = actionWidth;
        this.obs = obs;
        this.actions = actions;
        this.rewards = rewards;
        this.episodeStart = episodeStart;
        this.episodeMetric = episodeMetric;
        this.averaging = averaging;
    }

    public BatchAveraging averaging() {
        return averaging;
    }

    public int rows() {
        return rewards.length;
    }

    public int observationSize() {
        return observationSize;
    }

    public int actionWidth() {
        return actionWidth;
    }

    public double[] obs() {
        return obs;
    }

    public double[] actions() {
        return actions;
    }

    public double[] rewards() {
        return rewards;
    }

    public int episodes() {
        return episodeStart.length - 1;
    }

    public int episodeStart(int episode) {
        return episodeStart[episode];
    }

    public int episodeEnd(int episode) {
        return episodeStart[episode + 1];
    }

    /**
     * Weight of each row in a batch average. {@link BatchAveraging#EPISODE}: 1 / (episodes x length of the row's
     * episode), so that the average is the mean over episodes of each episode's mean over its steps, as in
     * pytorch-maml-rl ({@code weighted_mean} then {@code mean}): short episodes (a goal reached early) count as much
     * as full-length ones. {@link BatchAveraging#STEP}: 1 / rows, rllab's mean over all steps. Sums to 1; do not
     * modify.
     */
    public double[] rowWeights() {
        if (rowWeights == null) {
            double[] w = new double[rows()];
            for (int e = 0; e < episodes(); e++) {
                int length = episodeEnd(e) - episodeStart(e);
                double weight = averaging == BatchAveraging.STEP ? 1.0 / rows() : 1.0 / ((double) episodes() * length);
                Arrays.fill(w, episodeStart(e), episodeEnd(e), weight);
            }
            rowWeights = w;
        }
        return rowWeights;
    }

    /** Advantages set by {@link Advantages#compute}; null before. */
    public double[] advantages() {
        return advantages;
    }

    void setAdvantages(double[] advantages) {
        this.advantages = advantages;
    }

    /** Undiscounted return of each episode. */
    public double[] episodeReturns() {
        double[] out = new double[episodes()];
        for (int e = 0; e < out.length; e++) {
            for (int t = episodeStart[e]; t < episodeStart[e + 1]; t++) out[e] += rewards[t];
        }
        return out;
    }

    /** Mean undiscounted return over the episodes. */
    public double meanReturn() {
        return Arrays.stream(episodeReturns()).average().orElse(Double.NaN);
    }

    /** Mean of the per-episode metric (NaN when the env reports none). */
    public double meanEpisodeMetric() {
        return Arrays.stream(episodeMetric).average().orElse(Double.NaN);
    }

    public double[] episodeMetric() {
        return episodeMetric.clone();
    }
}

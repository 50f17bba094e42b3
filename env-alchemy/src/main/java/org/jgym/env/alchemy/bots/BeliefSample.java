package org.jgym.env.alchemy.bots;

import java.util.Arrays;

/**
 * A fixed-size weighted sample of a {@link Belief} by priority sampling (Duffield, Lund and Thorup): hypothesis h,
 * of prior weight w, gets the fixed priority {@code w / u} with u uniform in (0, 1] from a hash of h; the sample is the
 * hypotheses of highest priority, each weighted {@code max(w, tau)} where tau is the highest priority left out. So
 * likely chemistries are drawn more often (on the evaluation level 1% of the chemistries, those of the full cube
 * graph, carry a quarter of the prior), and weighted sums over the sample estimate those over the belief without
 * bias.
 *
 * <p>The sample is reproducible, and it is nested: when the belief narrows, every sampled hypothesis still in it stays
 * sampled, so plans made over successive samples of one trial share much of the planner's cache.
 */
final class BeliefSample {
    private static final int INDEX_BITS = 24;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;
    /** Sample weights are {@code max(w, tau) / tau} in units of 1/SCALE, so that they stay integers. */
    private static final double SCALE = 1 << 16;
    private final HypothesisSpace space;
    private final long[] keys;
    private final int[] drawn;
    private final long[] weights;
    private final Belief sample;

    /** Room for samples of beliefs over {@code space}. */
    BeliefSample(HypothesisSpace space) {
        if (space.size() > INDEX_MASK) {
            throw new IllegalArgumentException("BeliefSample: " + space.name() + " has more than " + INDEX_MASK
                    + " hypotheses");
        }
        this.space = space;
        this.keys = new long[space.size()];
        this.drawn = new int[space.size()];
        this.weights = new long[space.size()];
        this.sample = new Belief(space);
    }

    /** The {@code size} sampled hypotheses of {@code belief} (all of them when it holds fewer); reused storage. */
    Belief draw(Belief belief, int size) {
        int count = belief.count();
        if (count <= size) {
            System.arraycopy(belief.aliveArray(), 0, drawn, 0, count);
            sample.retain(drawn, count);
            return sample;
        }
        long[] prior = space.weightArray();
        for (int k = 0; k < count; k++) {
            int h = belief.get(k);
            // u / w is positive, so its bit pattern sorts like its value: lowest first is highest priority first
            keys[k] = (Double.doubleToLongBits(uniform(h) / prior[h]) & ~INDEX_MASK) | h;
        }
        Arrays.sort(keys, 0, count);
        int firstLeftOut = (int) (keys[size] & INDEX_MASK);
        double tau = prior[firstLeftOut] / uniform(firstLeftOut);
        for (int k = 0; k < size; k++) {
            int h = (int) (keys[k] & INDEX_MASK);
            drawn[k] = h;
            // in units of tau: while tau exceeds every prior weight (wide beliefs), all weights stay equal from one
            // draw to the next, so successive plans share cache entries
            weights[h] = Math.round(Math.max(prior[h] / tau, 1) * SCALE);
        }
        Arrays.sort(drawn, 0, size);
        sample.retain(drawn, size, weights);
        return sample;
    }

    /** The fixed uniform number in (0, 1] of hypothesis {@code h}. */
    private double uniform(int h) {
        return ((space.zobrist(h) * 0x9E3779B97F4A7C15L >>> 11) + 1) * 0x1.0p-53;
    }
}

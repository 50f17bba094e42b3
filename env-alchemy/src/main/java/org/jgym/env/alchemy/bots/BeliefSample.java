package org.jgym.env.alchemy.bots;

import java.util.Arrays;

/**
 * A fixed-size uniform sample of a {@link Belief}: the hypotheses with the smallest values of a fixed hash. It is
 * reproducible, and it is nested: when the belief narrows, every sampled hypothesis still in it stays sampled, so
 * plans made over successive samples of one trial share most of the planner's cache. Hypotheses keep their prior
 * weights, so weighted means over the sample estimate those over the belief.
 */
final class BeliefSample {
    private static final int INDEX_BITS = 24;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;
    private final long[] keys;
    private final int[] drawn;
    private final Belief sample;

    /** Room for samples of beliefs over {@code space}. */
    BeliefSample(HypothesisSpace space) {
        if (space.size() > INDEX_MASK) {
            throw new IllegalArgumentException("BeliefSample: " + space.name() + " has more than " + INDEX_MASK
                    + " hypotheses");
        }
        this.keys = new long[space.size()];
        this.drawn = new int[space.size()];
        this.sample = new Belief(space);
    }

    /** The {@code size} sampled hypotheses of {@code belief} (all of them when it holds fewer); reused storage. */
    Belief draw(Belief belief, int size) {
        int count = belief.count();
        int kept = Math.min(size, count);
        for (int k = 0; k < count; k++) {
            int h = belief.get(k);
            keys[k] = (belief.space().zobrist(h) * 0x9E3779B97F4A7C15L & ~INDEX_MASK) | h;
        }
        Arrays.sort(keys, 0, count);
        for (int k = 0; k < kept; k++) {
            drawn[k] = (int) (keys[k] & INDEX_MASK);
        }
        Arrays.sort(drawn, 0, kept);
        sample.retain(drawn, kept);
        return sample;
    }
}

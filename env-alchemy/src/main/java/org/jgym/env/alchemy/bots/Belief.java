package org.jgym.env.alchemy.bots;

/**
 * The chemistries still consistent with everything observed, as a list of hypothesis numbers of a
 * {@link HypothesisSpace}; their prior weights are the unnormalised posterior (every observation is deterministic
 * given the chemistry, so Bayes' rule only removes hypotheses). A {@link BeliefSample} gives its hypotheses other
 * weights.
 */
public final class Belief {
    private final HypothesisSpace space;
    private final int[] alive;
    private long[] weights;
    private int count;

    /** The prior belief over every chemistry of {@code space}. */
    public Belief(HypothesisSpace space) {
        this.space = space;
        this.alive = new int[space.size()];
        reset();
    }

    /** Back to the prior. */
    public void reset() {
        weights = space.weightArray();
        for (int h = 0; h < alive.length; h++) {
            alive[h] = h;
        }
        count = alive.length;
    }

    /** Narrows the belief to the single hypothesis {@code h} (the chemistry is known). */
    public void setKnown(int h) {
        alive[0] = h;
        count = 1;
    }

    /** Keeps the hypotheses under which a stone of {@code appearance} shows {@code plusCount} +1 coordinates. */
    public void observeStone(int appearance, int plusCount) {
        int kept = 0;
        for (int k = 0; k < count; k++) {
            int h = alive[k];
            if (space.explainsStone(h, appearance, plusCount)) {
                alive[kept++] = h;
            }
        }
        commit(kept, "a stone of appearance " + appearance + " with " + plusCount + " latent +1 coordinates");
    }

    /** Keeps the hypotheses under which dipping {@code appearance} into {@code colour} shows stone code {@code code}. */
    public void observeDip(int colour, int appearance, int code) {
        int kept = 0;
        for (int k = 0; k < count; k++) {
            int h = alive[k];
            if (space.outcome(h, colour, appearance) == code) {
                alive[kept++] = h;
            }
        }
        commit(kept, "colour " + colour + " on appearance " + appearance + " giving code " + code);
    }

    private void commit(int kept, String what) {
        if (kept == 0) {
            throw new IllegalStateException("Belief: no chemistry of " + space.name()
                    + " explains " + what + "; the observations do not come from this level");
        }
        count = kept;
    }

    /** Replaces the hypotheses with the first {@code n} of {@code hypotheses}, weighted by their priors. */
    void retain(int[] hypotheses, int n) {
        retain(hypotheses, n, space.weightArray());
    }

    /** As {@link #retain(int[], int)}, with hypothesis h weighted {@code weights[h]} instead of its prior. */
    void retain(int[] hypotheses, int n, long[] weights) {
        System.arraycopy(hypotheses, 0, alive, 0, n);
        count = n;
        this.weights = weights;
    }

    /** Integer weight per hypothesis number (the space's prior weights unless {@link #retain} set others). */
    long[] weightArray() {
        return weights;
    }

    /** Number of hypotheses still alive. */
    public int count() {
        return count;
    }

    /** Hypothesis number {@code k} (0 to count() - 1) still alive. */
    public int get(int k) {
        return alive[k];
    }

    /** The backing array; entries 0 to count() - 1 are alive. */
    int[] aliveArray() {
        return alive;
    }

    /** The space this belief ranges over. */
    public HypothesisSpace space() {
        return space;
    }
}

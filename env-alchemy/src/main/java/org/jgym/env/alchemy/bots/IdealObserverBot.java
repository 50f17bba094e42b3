package org.jgym.env.alchemy.bots;

import org.jgym.env.alchemy.Level;

/**
 * The reference's ideal observer: a Bayesian belief over every chemistry of the level, starting from the level's
 * prior, narrowed by every stone seen and every dip outcome and carried across the trials of an episode; each step
 * it plays the first action of the plan maximising expected reward to the end of the current trial, found by
 * exhaustive expectimax over every action and outcome (ties to shorter plans).
 *
 * <p>The plan is made over the exact belief once at most {@code exactUpTo} chemistries remain. Before that, in the
 * first steps of the first trial, when thousands of chemistries remain and an exact plan takes seconds, it is made
 * over a fixed-size {@link BeliefSample} of the belief, drawn and weighted so that weighted sums over it estimate
 * those over the belief; the belief itself stays exact.
 */
public final class IdealObserverBot extends PlanningBot {
    /** Default: plan over the exact belief once at most this many chemistries remain. */
    public static final int DEFAULT_EXACT_UP_TO = 256;
    /** Default number of chemistries sampled from wider beliefs. */
    public static final int DEFAULT_SAMPLE_SIZE = 64;

    private final Belief belief;
    private final BeliefSample sample;
    private final int exactUpTo;
    private final int sampleSize;

    /** An ideal observer for episodes of {@code level} with the default settings. */
    public IdealObserverBot(boolean endTrialAction, Level level) {
        this(endTrialAction, level, DEFAULT_EXACT_UP_TO, DEFAULT_SAMPLE_SIZE);
    }

    /** An ideal observer for episodes of {@code level}; see the class comment for the two settings. */
    public IdealObserverBot(boolean endTrialAction, Level level, int exactUpTo, int sampleSize) {
        super(endTrialAction, HypothesisSpace.of(level).size(), 20);
        if (exactUpTo < 1 || sampleSize < 1) {
            throw new IllegalArgumentException("IdealObserverBot: exactUpTo and sampleSize must be >= 1, got "
                    + exactUpTo + " and " + sampleSize);
        }
        this.belief = new Belief(HypothesisSpace.of(level));
        this.sample = new BeliefSample(HypothesisSpace.of(level));
        this.exactUpTo = exactUpTo;
        this.sampleSize = sampleSize;
    }

    @Override
    protected int plan(Belief current, int[] stones, int[] potions) {
        if (current.count() <= exactUpTo) {
            return super.plan(current, stones, potions);
        }
        return super.plan(sample.draw(current, sampleSize), stones, potions);
    }

    @Override
    protected void onEpisodeStart() {
        belief.reset();
    }

    @Override
    protected Belief belief() {
        return belief;
    }
}

package org.jgym.env.alchemy.bots;

import org.jgym.env.alchemy.Level;

/**
 * The reference's ideal observer: a Bayesian belief over every chemistry of the level, starting from the level's
 * prior, narrowed by every stone seen and every dip outcome and carried across the trials of an episode; each step
 * it plays the first action of the plan maximising expected reward to the end of the current trial.
 *
 * <p>Planning is exact (expectimax over every action and outcome to the end of the trial, ties to shorter plans)
 * once at most {@code exactUpTo} chemistries remain. Before that, at the start of the first trial, when thousands
 * of chemistries remain and an exact plan takes seconds, it plans over {@code particles} deterministic systematic
 * draws from the belief and {@code horizon} dips ahead; the belief itself stays exact.
 */
public final class IdealObserverBot extends PlanningBot {
    /** Default: exact planning once at most this many chemistries remain. */
    public static final int DEFAULT_EXACT_UP_TO = 256;
    /** Default number of belief particles for wider beliefs. */
    public static final int DEFAULT_PARTICLES = 256;
    /** Default horizon (dips ahead) for wider beliefs. */
    public static final int DEFAULT_HORIZON = 4;

    private final Belief belief;
    private final int exactUpTo;
    private final ParticlePlanner wide;

    /** An ideal observer for episodes of {@code level} with the default approximation settings. */
    public IdealObserverBot(boolean endTrialAction, Level level) {
        this(endTrialAction, level, DEFAULT_EXACT_UP_TO, DEFAULT_PARTICLES, DEFAULT_HORIZON);
    }

    /** An ideal observer for episodes of {@code level}; see the class comment for the three settings. */
    public IdealObserverBot(boolean endTrialAction, Level level, int exactUpTo, int particles, int horizon) {
        super(endTrialAction, HypothesisSpace.of(level).size(), 20);
        if (exactUpTo < 1) {
            throw new IllegalArgumentException("IdealObserverBot: exactUpTo must be >= 1, got " + exactUpTo);
        }
        this.belief = new Belief(HypothesisSpace.of(level));
        this.exactUpTo = exactUpTo;
        this.wide = new ParticlePlanner(particles, horizon, 20);
    }

    @Override
    protected void onTrialStart(float[] observation) {
        wide.clearCache();
        super.onTrialStart(observation);
    }

    @Override
    protected int plan(Belief belief, int[] stones, int[] potions) {
        if (belief.count() <= exactUpTo) {
            return super.plan(belief, stones, potions);
        }
        int stone = wide.plan(belief, stones, potions);
        planned(wide.bestColour(), wide.bestValue());
        return stone;
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

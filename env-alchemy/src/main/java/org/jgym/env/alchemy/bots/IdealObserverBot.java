package org.jgym.env.alchemy.bots;

import org.jgym.env.alchemy.Level;

/**
 * The reference's ideal observer: a Bayesian belief over every chemistry of the level, starting from the level's
 * prior, narrowed by every stone seen and every dip outcome and carried across the trials of an episode; each step
 * it plays the first action of the plan maximising expected reward to the end of the current trial.
 *
 * <p>Planning is exact (expectimax over every action and outcome to the end of the trial, ties to shorter plans)
 * once at most {@code exactUpTo} chemistries remain. Before that, typically during the first trial, when thousands
 * of chemistries remain and exact search takes minutes, it plans over {@code particles} deterministic
 * systematic draws from the belief and {@code horizon} dips ahead; the belief itself stays exact.
 */
public final class IdealObserverBot extends PlanningBot {
    /** Default: exact planning once at most this many chemistries remain. */
    public static final int DEFAULT_EXACT_UP_TO = 64;
    /** Default number of belief particles for wider beliefs. */
    public static final int DEFAULT_PARTICLES = 256;
    /** Default horizon (dips ahead) for wider beliefs. */
    public static final int DEFAULT_HORIZON = 4;

    private final Belief belief;

    /** An ideal observer for episodes of {@code level} with the default approximation settings. */
    public IdealObserverBot(boolean endTrialAction, Level level) {
        this(endTrialAction, level, DEFAULT_EXACT_UP_TO, DEFAULT_PARTICLES, DEFAULT_HORIZON);
    }

    /** An ideal observer for episodes of {@code level}; see the class comment for the three settings. */
    public IdealObserverBot(boolean endTrialAction, Level level, int exactUpTo, int particles, int horizon) {
        super(endTrialAction, HypothesisSpace.of(level).size(), 20);
        this.belief = new Belief(HypothesisSpace.of(level));
        planner().approximateAbove(exactUpTo, particles, horizon);
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

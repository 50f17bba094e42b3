package org.jgym.env.alchemy.bots;

import org.jgym.env.alchemy.Level;

/**
 * The reference's ideal observer: a Bayesian belief over every chemistry of the level, starting from the level's
 * prior, narrowed by every stone seen and every dip outcome and carried across the trials of an episode; each step
 * it plays the first action of the plan maximising expected reward to the end of the current trial.
 */
public final class IdealObserverBot extends PlanningBot {
    private final Belief belief;

    /** An ideal observer for episodes of {@code level}. */
    public IdealObserverBot(boolean endTrialAction, Level level) {
        super(endTrialAction, HypothesisSpace.of(level).size(), 20);
        this.belief = new Belief(HypothesisSpace.of(level));
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

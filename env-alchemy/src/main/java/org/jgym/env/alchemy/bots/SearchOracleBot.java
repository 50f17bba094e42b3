package org.jgym.env.alchemy.bots;

import java.util.Objects;
import java.util.function.Supplier;
import org.jgym.env.alchemy.Chemistry;

/**
 * The search oracle: told the episode's true chemistry, it plans each trial exactly for the best trial reward.
 */
public final class SearchOracleBot extends PlanningBot {
    private final Supplier<Chemistry> chemistry;
    private Belief belief;

    /** An oracle that reads the running episode's chemistry from {@code chemistry} at every reset. */
    public SearchOracleBot(boolean endTrialAction, Supplier<Chemistry> chemistry) {
        super(endTrialAction, 1, 16);
        this.chemistry = Objects.requireNonNull(chemistry, "chemistry");
    }

    @Override
    protected void onEpisodeStart() {
        Chemistry known = chemistry.get();
        if (known == null) {
            throw new IllegalStateException("SearchOracleBot: the env reports no chemistry; reset it first");
        }
        belief = new Belief(HypothesisSpace.single(known));
    }

    @Override
    protected Belief belief() {
        return belief;
    }
}

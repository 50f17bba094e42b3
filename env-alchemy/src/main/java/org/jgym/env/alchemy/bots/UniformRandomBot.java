package org.jgym.env.alchemy.bots;

import java.util.random.RandomGenerator;

/** Uniform random over all 40 (or 41) actions. */
public final class UniformRandomBot extends AlchemyBot {
    private final RandomGenerator random;

    /** A bot drawing from {@code random}. */
    public UniformRandomBot(boolean endTrialAction, RandomGenerator random) {
        super(endTrialAction);
        this.random = random;
    }

    @Override
    protected int choose(float[] observation) {
        return random.nextInt(layout.count());
    }
}

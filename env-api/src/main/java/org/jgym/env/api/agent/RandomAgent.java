package org.jgym.env.api.agent;

import org.jgym.env.api.spaces.Space;

/** Samples uniformly from the action space, seeded. */
public final class RandomAgent<O, A> implements Agent<O, A> {
    private final Space<A> actionSpace;

    public RandomAgent(Space<A> actionSpace, long seed) {
        this.actionSpace = actionSpace;
        actionSpace.seed(seed);
    }

    @Override
    public A act(O observation) {
        return actionSpace.sample();
    }
}

package com.example.corridor;

import java.util.random.RandomGenerator;
import org.jgym.env.api.Seeding;
import org.jgym.env.api.agent.Agent;

/** Steps right with probability {@code rightProbability}, else left: a baseline for the corridor. */
public final class CorridorWalker implements Agent<Integer, Integer> {
    private final double rightProbability;
    private final RandomGenerator random;

    public CorridorWalker(double rightProbability, long seed) {
        this.rightProbability = rightProbability;
        this.random = Seeding.generator(seed);
    }

    @Override
    public Integer act(Integer position) {
        return random.nextDouble() < rightProbability ? 1 : 0;
    }
}

package org.jgym.env.api;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * The one place random generators are made, so that every env, space and sampler draws from the same algorithm.
 *
 * <p>L64X128MixRandom is fast, has a 2^192 period and gives the same stream for the same seed on every JVM.
 */
public final class Seeding {
    private static final RandomGeneratorFactory<RandomGenerator> FACTORY =
            RandomGeneratorFactory.of("L64X128MixRandom");
    private static final SecureRandom ENTROPY = new SecureRandom();

    private Seeding() {
    }

    /** A generator whose whole stream is fixed by {@code seed}. */
    public static RandomGenerator generator(long seed) {
        return FACTORY.create(seed);
    }

    /** A non-negative seed drawn from OS entropy, for envs that are reset without a seed. */
    public static long entropySeed() {
        return ENTROPY.nextLong() & Long.MAX_VALUE;
    }

    /** Rejects negative seeds, as Gymnasium does. */
    public static long checkSeed(long seed) {
        if (seed < 0) {
            throw new IllegalArgumentException("seed must be >= 0, got " + seed);
        }
        return seed;
    }
}

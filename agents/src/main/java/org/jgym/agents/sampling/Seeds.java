package org.jgym.agents.sampling;

/** Derives independent seeds from a root seed and a path of indices (iteration, task, step...), order-sensitive;
 * results are non-negative, as env seeds must be. */
public final class Seeds {
    private Seeds() {
    }

    /** SplitMix64-style mixing of the root and each index in turn. */
    public static long derive(long root, long... path) {
        long h = mix(root ^ 0x9E3779B97F4A7C15L);
        for (long p : path) h = mix(h + 0x9E3779B97F4A7C15L * (p + 1));
        return h & Long.MAX_VALUE;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

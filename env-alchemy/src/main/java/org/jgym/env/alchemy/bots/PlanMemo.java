package org.jgym.env.alchemy.bots;

/**
 * Transposition table of the trial planner: (hypothesis-set fingerprint, canonical trial state) to either the exact
 * (expected trial reward, expected plan length) or, when the search only proved the value small, an upper bound.
 * Buckets of {@value #WAYS} entries with generation stamps, so that clearing is O(1) and lookups allocate nothing.
 * When a bucket is full, the entry that cost the least search to find is replaced: forgetting everything at once
 * made the largest searches (millions of nodes) redo most of their work.
 */
final class PlanMemo {
    private static final int WAYS = 4;
    private static final double BOUND = -1;
    private final int mask;
    private final long[] fingerprints;
    private final long[] states;
    private final double[] values;
    private final double[] lengths;
    private final int[] works;
    private final int[] stamps;
    private int generation = 1;
    private double foundLength;

    PlanMemo(int log2Capacity) {
        int capacity = 1 << Math.max(log2Capacity, 2);
        mask = capacity - 1;
        fingerprints = new long[capacity];
        states = new long[capacity];
        values = new double[capacity];
        lengths = new double[capacity];
        works = new int[capacity];
        stamps = new int[capacity];
    }

    void clear() {
        generation++;
    }

    private int bucket(long fingerprint, long state) {
        long h = fingerprint * 0x9E3779B97F4A7C15L + state * 0xC2B2AE3D27D4EB4FL;
        return (int) (h ^ (h >>> 29)) & mask & -WAYS;
    }

    /**
     * Value stored for the key, or NaN; on a hit {@link #foundExact()} tells whether it is exact (then its length is
     * {@link #foundLength()}) or an upper bound.
     */
    double get(long fingerprint, long state) {
        int b = bucket(fingerprint, state);
        for (int i = b; i < b + WAYS; i++) {
            if (stamps[i] == generation && fingerprints[i] == fingerprint && states[i] == state) {
                foundLength = lengths[i];
                return values[i];
            }
        }
        return Double.NaN;
    }

    double foundLength() {
        return foundLength;
    }

    boolean foundExact() {
        return foundLength != BOUND;
    }

    /** Stores an exact value with its expected plan length, or (exact false) an upper bound. */
    void put(long fingerprint, long state, double value, double length, boolean exact) {
        put(fingerprint, state, value, length, exact, 0);
    }

    /**
     * As {@link #put(long, long, double, double, boolean)}, with {@code work} (say, nodes searched) saying how
     * costly the entry was to find: when the bucket is full, the cheapest entry makes room.
     */
    void put(long fingerprint, long state, double value, double length, boolean exact, long work) {
        int b = bucket(fingerprint, state);
        int victim = -1;
        for (int i = b; i < b + WAYS; i++) {
            if (stamps[i] != generation || fingerprints[i] == fingerprint && states[i] == state) {
                victim = i;
                break;
            }
            if (victim < 0 || works[i] < works[victim]) {
                victim = i;
            }
        }
        stamps[victim] = generation;
        fingerprints[victim] = fingerprint;
        states[victim] = state;
        values[victim] = value;
        lengths[victim] = exact ? length : BOUND;
        works[victim] = (int) Math.min(work, Integer.MAX_VALUE);
    }
}

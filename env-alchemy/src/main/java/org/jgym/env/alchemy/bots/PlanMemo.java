package org.jgym.env.alchemy.bots;

/**
 * Transposition table of the trial planner: (hypothesis-set fingerprint, canonical trial state) to either the exact
 * (expected trial reward, expected plan length) or, when the search only proved the value small, an upper bound. Open addressing with generation stamps, so that clearing is O(1) and lookups
 * allocate nothing. When it fills up it forgets everything (values are only a cache).
 */
final class PlanMemo {
    private static final double MAX_LOAD = 0.6;
    private final int mask;
    private final long[] fingerprints;
    private final long[] states;
    private final double[] values;
    private final double[] lengths;
    private final int[] stamps;
    private int generation = 1;
    private int used;
    private double foundLength;
    private static final double BOUND = -1;

    PlanMemo(int log2Capacity) {
        int capacity = 1 << log2Capacity;
        mask = capacity - 1;
        fingerprints = new long[capacity];
        states = new long[capacity];
        values = new double[capacity];
        lengths = new double[capacity];
        stamps = new int[capacity];
    }

    void clear() {
        generation++;
        used = 0;
    }

    private int slot(long fingerprint, long state) {
        long h = fingerprint * 0x9E3779B97F4A7C15L + state * 0xC2B2AE3D27D4EB4FL;
        return (int) (h ^ (h >>> 29)) & mask;
    }

    /**
     * Value stored for the key, or NaN; on a hit {@link #foundExact()} tells whether it is exact (then its length is
     * {@link #foundLength()}) or an upper bound.
     */
    double get(long fingerprint, long state) {
        for (int i = slot(fingerprint, state); ; i = (i + 1) & mask) {
            if (stamps[i] != generation) {
                return Double.NaN;
            }
            if (fingerprints[i] == fingerprint && states[i] == state) {
                foundLength = lengths[i];
                return values[i];
            }
        }
    }

    double foundLength() {
        return foundLength;
    }

    boolean foundExact() {
        return foundLength != BOUND;
    }

    /** Stores an exact value with its expected plan length, or (exact false) an upper bound. */
    void put(long fingerprint, long state, double value, double length, boolean exact) {
        if (used > MAX_LOAD * (mask + 1)) {
            clear();
        }
        int i = slot(fingerprint, state);
        while (stamps[i] == generation) {
            if (fingerprints[i] == fingerprint && states[i] == state) {
                break;
            }
            i = (i + 1) & mask;
        }
        if (stamps[i] != generation) {
            used++;
        }
        stamps[i] = generation;
        fingerprints[i] = fingerprint;
        states[i] = state;
        values[i] = value;
        lengths[i] = exact ? length : BOUND;
    }
}

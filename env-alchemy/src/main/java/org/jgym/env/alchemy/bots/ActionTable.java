package org.jgym.env.alchemy.bots;

import org.jgym.env.alchemy.AlchemyGame;

/**
 * The work {@link TrialPlanner} does at one search node (one instance per depth): for each (stone, colour) dip, how
 * the node's hypotheses split by outcome, with each part's prior weight, fingerprint and oracle bound; the dips ranked
 * by bound; and, for the dip being searched, the hypotheses regrouped by outcome in the shared arena.
 */
final class ActionTable {
    private static final int STONES = AlchemyGame.STONES_PER_TRIAL;
    private static final int COLOURS = HypothesisSpace.COLOURS;
    private static final int CODES = HypothesisSpace.STONE_CODES;
    private static final int MAX_ACTIONS = STONES * COLOURS;

    private final HypothesisSpace space;
    private final int size;
    private final byte[] table;
    private long[] weights;
    private final long[] keys;
    private final byte[] vertexOf;
    private final int[] dynamics;
    private final OracleBound oracle;
    private final int[] arena;

    private final int[] stone = new int[MAX_ACTIONS];
    private final int[] colour = new int[MAX_ACTIONS];
    private final int[] row = new int[MAX_ACTIONS];
    private final double[] bound = new double[MAX_ACTIONS];
    private final int[] rank = new int[MAX_ACTIONS];
    private final int[] outcomes = new int[MAX_ACTIONS];
    // per action a, outcome k at a * CODES + k, in decreasing weight
    private final int[] outCode = new int[MAX_ACTIONS * CODES];
    private final int[] outCount = new int[MAX_ACTIONS * CODES];
    private final int[] outStart = new int[MAX_ACTIONS * CODES];
    private final long[] outWeight = new long[MAX_ACTIONS * CODES];
    private final long[] outKey = new long[MAX_ACTIONS * CODES];
    private final double[] outBound = new double[MAX_ACTIONS * CODES];
    // scratch by outcome code
    private final int[] count = new int[CODES];
    private final int[] distinct = new int[CODES];
    private final long[] weightOf = new long[CODES];
    private final double[] boundOf = new double[CODES];
    private final int[] cursor = new int[CODES];
    private final int[] slot = new int[CODES];
    // per hypothesis of the node (index k - from): its oracle value and needs now, see OracleBound.valueAndNeeds
    private final long[] current;
    // suffix sums over the node's hypotheses (index k - from) of weight times current oracle value
    private final double[] suffix;
    private final boolean[] cut = new boolean[MAX_ACTIONS];

    ActionTable(HypothesisSpace space, int[] arena) {
        this.space = space;
        this.size = space.size();
        this.table = space.outcomeTable();
        this.weights = space.weightArray();
        this.keys = space.colourKeyArray();
        this.vertexOf = space.vertexArray();
        this.dynamics = space.dynamicsArray();
        this.oracle = space.oracle();
        this.arena = arena;
        this.current = new long[size];
        this.suffix = new double[size + 1];
    }

    /** Weights the hypotheses by {@code weights[h]} from now on. */
    void useWeights(long[] weights) {
        this.weights = weights;
    }

    long weight(int from, int to) {
        long sum = 0;
        for (int k = from; k < to; k++) {
            sum += weights[arena[k]];
        }
        return sum;
    }

    /** Fingerprint of hypotheses {@code arena[from, to)} projected on the colours of {@code mask}. */
    long fingerprint(int from, int to, int mask) {
        long sum = 0;
        for (int k = from; k < to; k++) {
            int h = arena[k];
            sum += weights[h] * classKey(h, mask);
        }
        return sum;
    }

    /** Sum over hypotheses of weight times oracle value, for stones {@code stones} and 4-bit counts {@code potions}. */
    double oracleSum(int from, int to, int[] stones, long potions) {
        long lanes = OracleBound.guardedLanes(potions);
        double sum = 0;
        for (int k = from; k < to; k++) {
            int h = arena[k];
            sum += (double) weights[h] * oracle.value(dynamics[h], vertex(stones[0], h), vertex(stones[1], h),
                    vertex(stones[2], h), lanes);
        }
        return sum;
    }

    /**
     * Lists the useful dips of the node, leaving out colours of {@code skipped}; returns how many. A dip whose bound
     * is sure to fall below {@code cutoff} may be left {@link #cut} with just an upper bound below it.
     */
    int list(int from, int to, long weight, int[] stones, long potions, int mask, int skipped, double cutoff) {
        int n = 0;
        long lanes = OracleBound.guardedLanes(potions);
        suffix[to - from] = 0;
        for (int k = from; k < to; k++) {
            int h = arena[k];
            current[k - from] = oracle.valueAndNeeds(dynamics[h], vertex(stones[0], h), vertex(stones[1], h),
                    vertex(stones[2], h), lanes);
        }
        for (int k = to - 1; k >= from; k--) {
            suffix[k - from] = suffix[k + 1 - from]
                    + (double) weights[arena[k]] * (int) (current[k - from] >>> OracleBound.VALUE_SHIFT);
        }
        // one more EPS of margin, so that the bound divided by the weight is surely below the caller's target
        double weightedCutoff = (cutoff - 1e-9) * weight;
        for (int i = 0; i < STONES; i++) {
            if (stones[i] == TrialPlanner.ABSENT || sameAsEarlier(stones, i)) {
                continue;
            }
            for (int c = 0; c < COLOURS; c++) {
                int left = (int) (potions >>> (4 * c)) & 15;
                if (left == 0 || (skipped >> c & 1) != 0) {
                    continue;
                }
                if (split(n, from, to, stones, i, c, left, lanes - (1L << (8 * c)), weightedCutoff)) {
                    bound[n] /= weight;
                    n++;
                }
            }
        }
        for (int a = 0; a < n; a++) {
            int r = a;
            while (r > 0 && bound[rank[r - 1]] < bound[a]) {
                rank[r] = rank[r - 1];
                r--;
            }
            rank[r] = a;
        }
        return n;
    }

    /** Fills action {@code a}'s outcome groups; false (nothing stored) when every hypothesis leaves it unchanged. */
    private boolean split(int a, int from, int to, int[] stones, int i, int c, int left, long childLanes,
                          double cutoff) {
        int code = stones[i];
        int rowStart = space.outcomeRow(c, code >> 2);
        int j1 = i == 0 ? 1 : 0;
        int j2 = i == 2 ? 1 : 2;
        int other1 = stones[j1];
        int other2 = stones[j2];
        int groups = 0;
        double total = 0;
        for (int k = from; k < to; k++) {
            int h = arena[k];
            int o = table[rowStart + h];
            if (count[o]++ == 0) {
                distinct[groups++] = o;
                weightOf[o] = 0;
                boundOf[o] = 0;
            }
            long w = weights[h];
            weightOf[o] += w;
            long now = current[k - from];
            int value;
            if (o == code && ((now >>> (8 * c)) & 0xFF) < left) {
                // the stone stays put and a best plan now spares one potion of c: the oracle loses nothing
                value = (int) (now >>> OracleBound.VALUE_SHIFT);
            } else {
                value = oracle.value(dynamics[h], vertexOf[(o >> 2) * size + h], vertex(other1, h), vertex(other2, h),
                        childLanes);
            }
            boundOf[o] += (double) w * value;
            total += (double) w * value;
            // the oracle value can only drop after a dip, so the rest adds at most its current values
            double most = total + suffix[k + 1 - from];
            if (most < cutoff) {
                for (int g = 0; g < groups; g++) {
                    count[distinct[g]] = 0;
                }
                stone[a] = i;
                colour[a] = c;
                outcomes[a] = 0;
                cut[a] = true;
                bound[a] = most;
                return true;
            }
        }
        if (groups == 1 && distinct[0] == code) {
            count[code] = 0;
            return false;
        }
        stone[a] = i;
        colour[a] = c;
        cut[a] = false;
        row[a] = rowStart;
        outcomes[a] = groups;
        double sum = 0;
        int base = a * CODES;
        for (int g = 0; g < groups; g++) {
            int o = distinct[g];
            int k = g;
            // insertion by decreasing weight: heavy outcomes first tighten the Star1 thresholds soonest
            while (k > 0 && outWeight[base + k - 1] < weightOf[o]) {
                copyOutcome(base + k - 1, base + k);
                k--;
            }
            outCode[base + k] = o;
            outCount[base + k] = count[o];
            outWeight[base + k] = weightOf[o];
            outBound[base + k] = boundOf[o] / weightOf[o];
            sum += boundOf[o];
            count[o] = 0;
        }
        bound[a] = sum;
        return true;
    }

    private void copyOutcome(int from, int to) {
        outCode[to] = outCode[from];
        outCount[to] = outCount[from];
        outWeight[to] = outWeight[from];
        outBound[to] = outBound[from];
    }

    /**
     * Regroups {@code arena[from, to)} by action {@code a}'s outcome into {@code arena[free, ...)} and fingerprints
     * each part projected on the colours of {@code childMask}; returns the number of outcomes.
     */
    int partition(int a, int from, int to, int free, int childMask) {
        int base = a * CODES;
        int position = free;
        for (int k = 0; k < outcomes[a]; k++) {
            outStart[base + k] = position;
            outKey[base + k] = 0;
            cursor[outCode[base + k]] = position;
            slot[outCode[base + k]] = base + k;
            position += outCount[base + k];
        }
        int rowStart = row[a];
        for (int k = from; k < to; k++) {
            int h = arena[k];
            int o = table[rowStart + h];
            arena[cursor[o]++] = h;
            outKey[slot[o]] += weights[h] * classKey(h, childMask);
        }
        return outcomes[a];
    }

    /** Whether dip {@code a} was left with only an upper bound below the cutoff of {@link #list} (no outcomes). */
    boolean cut(int a) {
        return cut[a];
    }

    int ranked(int r) {
        return rank[r];
    }

    double bound(int a) {
        return bound[a];
    }

    int stone(int a) {
        return stone[a];
    }

    int colour(int a) {
        return colour[a];
    }

    int outcomeCode(int a, int k) {
        return outCode[a * CODES + k];
    }

    int outcomeCount(int a, int k) {
        return outCount[a * CODES + k];
    }

    int outcomeStart(int a, int k) {
        return outStart[a * CODES + k];
    }

    long outcomeWeight(int a, int k) {
        return outWeight[a * CODES + k];
    }

    long outcomeFingerprint(int a, int k) {
        return outKey[a * CODES + k];
    }

    /** Mean oracle value over the outcome's hypotheses: an upper bound on the child's value. */
    double outcomeBound(int a, int k) {
        return outBound[a * CODES + k];
    }

    private int vertex(int code, int h) {
        return code == TrialPlanner.ABSENT ? -1 : vertexOf[(code >> 2) * size + h];
    }

    /** Key of h's class: hypotheses with equal keys act alike with the colours of {@code mask}. */
    private long classKey(int h, int mask) {
        long x = mask;
        int base = h * COLOURS;
        for (int c = 0; c < COLOURS; c++) {
            if ((mask >> c & 1) != 0) {
                x += keys[base + c];
            }
        }
        x ^= x >>> 31;
        x *= 0x9E3779B97F4A7C15L;
        return x ^ (x >>> 29);
    }

    private static boolean sameAsEarlier(int[] stones, int i) {
        for (int j = 0; j < i; j++) {
            if (stones[j] == stones[i]) {
                return true;
            }
        }
        return false;
    }
}

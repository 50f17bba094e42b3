package org.jgym.env.alchemy.bots;

import org.jgym.env.alchemy.AlchemyGame;
import org.jgym.env.alchemy.LatentCube;

/**
 * Bayes-optimal planning to the end of the current trial: exhaustive expectimax over (stone, potion colour)
 * actions and their possible outcomes under a {@link Belief}, maximising expected trial reward; ties (within 1e-9) go
 * to the plan with fewer expected potion uses. With a single hypothesis it is the search oracle's planner.
 *
 * <p>Model of a trial used here: cashing stones is deferred to the end (a stone's value does not change once it is
 * left alone, and the 20-step budget always covers 12 dips plus 3 cashes), so a plan is a sequence of dips followed
 * by "stop": cash every stone worth more than 0. Dips that every hypothesis agrees leave the stone unchanged are
 * skipped: they only waste a potion.
 *
 * <p>The search is exact but avoids most of the tree (see {@link ActionTable} for the per-node work):
 * <ul>
 *   <li>Upper bound: a node is worth at most the belief-weighted mean of the oracle's value ({@link OracleBound}),
 *   since knowing the chemistry can only help. Actions are tried in decreasing order of their bound, and a child is
 *   searched with a threshold (Ballard's Star1): when it proves the action cannot reach the best value found so far,
 *   it returns early with an upper bound instead of its value. Only actions that are strictly worse are cut, so ties
 *   are still broken by plan length. Since the oracle value of each hypothesis can only drop after a dip, an
 *   action's bound is abandoned as soon as the hypotheses summed so far plus the current values of the rest fall
 *   below the threshold.</li>
 *   <li>Transpositions: values (and proven bounds) are cached on the trial state (stones as a multiset, potion counts)
 *   and a fingerprint of the belief projected on the colours still on the table: hypotheses that differ only in what
 *   used-up colours do are merged, so different histories reaching the same knowledge share one entry. The cache
 *   lives for the whole trial, so later steps reuse the first step's search.</li>
 *   <li>Symmetry: when relabelling potion colours ({@link ColourSymmetry}) maps the node's hypotheses and potion
 *   counts onto themselves, only the lowest colour of each orbit is searched; the others are worth exactly the same
 *   and come later in the tie-break order.</li>
 * </ul>
 */
public final class TrialPlanner {
    /** Returned by {@link #plan} when the best continuation is to stop dipping. */
    public static final int STOP = -1;
    /** Stone code of an empty slot. */
    public static final int ABSENT = -1;
    private static final double EPS = 1e-9;
    private static final int STONES = AlchemyGame.STONES_PER_TRIAL;
    private static final int COLOURS = HypothesisSpace.COLOURS;
    private static final int MAX_DEPTH = AlchemyGame.POTIONS_PER_TRIAL + 1;

    private HypothesisSpace space;
    private ColourSymmetry symmetry;
    private int[] stamp;
    private int generation;
    private final int[] arena;
    private final ActionTable[] tables = new ActionTable[MAX_DEPTH];
    private final int[][] stonesAt = new int[MAX_DEPTH + 1][STONES];
    private final PlanMemo memo;
    private double resultLength;
    private boolean resultExact;
    private int bestStone;
    private int bestColour;
    private double bestValue;
    private long nodes;

    /**
     * A planner for beliefs of up to {@code maxHypotheses} hypotheses, with a cache of 2^{@code log2CacheSize}
     * entries.
     */
    public TrialPlanner(int maxHypotheses, int log2CacheSize) {
        this.arena = new int[(MAX_DEPTH + 1) * maxHypotheses];
        this.memo = new PlanMemo(log2CacheSize);
    }

    /** Forgets cached values; call when a new trial starts to bound memory. */
    public void clearCache() {
        memo.clear();
    }

    /**
     * Best next step for the trial state: returns the stone slot to dip (see {@link #bestColour()}) or {@link #STOP}.
     *
     * @param belief       hypotheses consistent with everything seen
     * @param stoneCodes   per stone slot, {@code appearance * 4 + plusCount} or {@link #ABSENT}
     * @param potionCounts per colour, unused potions on the table
     */
    public int plan(Belief belief, int[] stoneCodes, int[] potionCounts) {
        if (belief.space() != space) {
            space = belief.space();
            symmetry = space.symmetry();
            stamp = new int[space.size()];
            generation = 0;
            for (int d = 0; d < MAX_DEPTH; d++) {
                tables[d] = new ActionTable(space, arena);
            }
            memo.clear();
        }
        int count = belief.count();
        if ((MAX_DEPTH + 1) * count > arena.length) {
            throw new IllegalArgumentException("TrialPlanner: belief holds " + count
                    + " hypotheses, more than this planner was sized for (" + arena.length / (MAX_DEPTH + 1) + ")");
        }
        System.arraycopy(belief.aliveArray(), 0, arena, 0, count);
        for (ActionTable table : tables) {
            table.useWeights(belief.weightArray());
        }
        long potions = 0;
        int total = 0;
        int mask = 0;
        for (int c = 0; c < COLOURS; c++) {
            potions |= (long) potionCounts[c] << (4 * c);
            total += potionCounts[c];
            mask |= potionCounts[c] > 0 ? 1 << c : 0;
        }
        System.arraycopy(stoneCodes, 0, stonesAt[0], 0, STONES);
        ActionTable root = tables[0];
        long weight = root.weight(0, count);
        double upper = root.oracleSum(0, count, stoneCodes, potions) / weight;
        long fingerprint = root.fingerprint(0, count, mask);
        bestStone = STOP;
        bestColour = -1;
        bestValue = solve(0, count, count, weight, fingerprint, 0, potions, total, mask, Double.NEGATIVE_INFINITY,
                upper);
        return bestStone;
    }

    /** Colour to use with the stone returned by the last {@link #plan} call. */
    public int bestColour() {
        return bestColour;
    }

    /** Expected trial reward still to collect (stones cashed at the end) under the last plan. */
    public double bestValue() {
        return bestValue;
    }

    /** Search nodes expanded since construction (for profiling). */
    public long nodes() {
        return nodes;
    }

    /**
     * Value of the node holding hypotheses {@code arena[from, to)}: exact when it exceeds {@code alpha} (then
     * {@link #resultExact} is set), otherwise possibly just an upper bound that is at most {@code alpha}.
     */
    private double solve(int from, int to, int free, long weight, long fingerprint, int depth, long potions,
                         int total, int mask, double alpha, double upper) {
        int[] stones = stonesAt[depth];
        double stop = stopValue(stones);
        long state = canonicalState(stones, potions);
        if (depth > 0 && upper > stop + EPS) {
            double cached = memo.get(fingerprint, state);
            if (!Double.isNaN(cached)) {
                if (memo.foundExact()) {
                    resultExact = true;
                    resultLength = memo.foundLength();
                    return cached;
                }
                upper = Math.min(upper, cached);
            }
        }
        if (total == 0 || upper <= stop + EPS) {
            // nothing can beat stopping now, and stopping is the shortest plan
            resultExact = true;
            resultLength = 0;
            return stop;
        }
        if (upper <= alpha) {
            resultExact = false;
            return upper;
        }
        long nodesBefore = nodes++;
        ActionTable table = tables[depth];
        int skipped = symmetry.count() == 0 ? 0
                : symmetry.redundantColours(arena, from, to, potions, stamp, nextGeneration());
        int actions = table.list(from, to, weight, stones, potions, mask, skipped, Math.max(alpha, stop) - EPS);
        double best = stop;
        double bestLength = 0;
        int chosenStone = STOP;
        int chosenColour = -1;
        double failBound = Double.NEGATIVE_INFINITY;
        int[] childStones = stonesAt[depth + 1];
        for (int r = 0; r < actions; r++) {
            int a = table.ranked(r);
            double target = Math.max(alpha, best) - EPS;
            if (table.bound(a) < target || table.cut(a)) {
                // actions come in decreasing bound: this one and all later ones are strictly worse
                failBound = Math.max(failBound, table.bound(a));
                break;
            }
            int stone = table.stone(a);
            int colour = table.colour(a);
            long childPotions = potions - (1L << (4 * colour));
            int childMask = ((childPotions >>> (4 * colour)) & 15) == 0 ? mask & ~(1 << colour) : mask;
            int outcomes = table.partition(a, from, to, free, childMask);
            double done = 0;
            double rest = table.bound(a);
            double length = 1;
            boolean dead = false;
            for (int k = 0; k < outcomes; k++) {
                double p = (double) table.outcomeWeight(a, k) / weight;
                double childUpper = table.outcomeBound(a, k);
                rest -= p * childUpper;
                double childAlpha = (target - done - rest) / p;
                System.arraycopy(stones, 0, childStones, 0, STONES);
                childStones[stone] = table.outcomeCode(a, k);
                int start = table.outcomeStart(a, k);
                double value = solve(start, start + table.outcomeCount(a, k), free + (to - from),
                        table.outcomeWeight(a, k), table.outcomeFingerprint(a, k), depth + 1, childPotions,
                        total - 1, childMask, childAlpha, childUpper);
                done += p * value;
                if (!resultExact) {
                    // the child proved this action cannot reach the target
                    dead = true;
                    failBound = Math.max(failBound, done + rest);
                    break;
                }
                length += p * resultLength;
            }
            if (!dead && better(done, length, stone * COLOURS + colour, best, bestLength,
                    chosenStone * COLOURS + chosenColour)) {
                best = done;
                bestLength = length;
                chosenStone = stone;
                chosenColour = colour;
            }
        }
        // every action cut was below max(alpha, best) - EPS; above alpha that makes best exact
        boolean exact = best > alpha || failBound < best - EPS;
        double result = exact ? best : Math.max(best, failBound);
        if (depth == 0) {
            bestStone = chosenStone;
            bestColour = chosenColour;
        }
        memo.put(fingerprint, state, result, bestLength, exact, nodes - nodesBefore);
        resultExact = exact;
        resultLength = bestLength;
        return result;
    }

    private int nextGeneration() {
        if (++generation == 0) {
            // wrapped around: old stamps could match again
            java.util.Arrays.fill(stamp, 0);
            generation = 1;
        }
        return generation;
    }

    /**
     * The order on plans: higher value, then (values within EPS) shorter expected length, then (lengths within EPS
     * too) the lower action index, stop (index below 0) first; so the choice does not depend on search order.
     */
    static boolean better(double value, double length, int index, double bestValue, double bestLength, int bestIndex) {
        if (value > bestValue + EPS || value < bestValue - EPS) {
            return value > bestValue;
        }
        if (length < bestLength - EPS || length > bestLength + EPS) {
            return length < bestLength;
        }
        return index < bestIndex;
    }

    /** Value of cashing now: every present stone worth more than 0. */
    static double stopValue(int[] stones) {
        double value = 0;
        for (int code : stones) {
            if (code != ABSENT) {
                value += Math.max(0, LatentCube.valueOfPlusCount(code & 3));
            }
        }
        return value;
    }

    /** Canonical key: sorted stone codes (slot order does not matter) and potion counts. */
    static long canonicalState(int[] stones, long potions) {
        int a = stones[0] + 1;
        int b = stones[1] + 1;
        int c = stones[2] + 1;
        if (a > b) {
            int t = a;
            a = b;
            b = t;
        }
        if (b > c) {
            int t = b;
            b = c;
            c = t;
        }
        if (a > b) {
            int t = a;
            a = b;
            b = t;
        }
        return a | (long) b << 7 | (long) c << 14 | potions << 21;
    }
}

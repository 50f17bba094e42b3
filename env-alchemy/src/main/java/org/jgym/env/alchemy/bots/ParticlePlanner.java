package org.jgym.env.alchemy.bots;

import org.jgym.env.alchemy.AlchemyGame;
import org.jgym.env.alchemy.LatentCube;

/**
 * The ideal observer's approximation for wide beliefs (thousands of chemistries, where an exact plan takes
 * seconds): expectimax over {@code particles} deterministic draws from the belief and only {@code horizon} dips
 * ahead, leaves valued by cashing what is worth cashing; ties go to the plan with fewer expected potion uses.
 *
 * <p>Model of a trial used here (as in {@link TrialPlanner}): cashing stones is deferred to the end (a stone's value does not change once it is
 * left alone, and the 20-step budget always covers 12 dips plus 3 cashes), so a plan is a sequence of dips followed
 * by "stop": cash every stone worth more than 0. Dips that every hypothesis agrees leave the stone unchanged are
 * skipped (they only waste a potion), and so are dips of stones already worth +15. Search is pruned with an
 * optimistic bound (every stone reaching the best value its remaining potions could allow), which never changes the
 * chosen value.
 */
final class ParticlePlanner {
    private static final int STOP = TrialPlanner.STOP;
    private static final int ABSENT = TrialPlanner.ABSENT;
    private static final double EPS = 1e-9;
    private static final int STONES = AlchemyGame.STONES_PER_TRIAL;
    private static final int COLOURS = HypothesisSpace.COLOURS;
    private static final int MAX_DEPTH = AlchemyGame.POTIONS_PER_TRIAL + 2;
    private static final int CODES = HypothesisSpace.STONE_CODES;
    /** Optimistic trial value by plus counts (4 = absent) of three stones and number of potions left. */
    private static final double[] UPPER_BOUND = buildUpperBounds();

    private HypothesisSpace space;
    private byte[] table;
    private double[] prior;
    private long[] zobrist;
    private final int[] arena;
    private final byte[] codes;
    private final int[][] groupCount = new int[MAX_DEPTH][CODES];
    private final int[][] groupStart = new int[MAX_DEPTH][CODES];
    private final int[][] groupCursor = new int[MAX_DEPTH][CODES];
    private final double[][] groupWeight = new double[MAX_DEPTH][CODES];
    private final long[][] groupHash = new long[MAX_DEPTH][CODES];
    private final int[][] groupList = new int[MAX_DEPTH][CODES];
    private final int[][] stonesAt = new int[MAX_DEPTH + 1][STONES];
    private final PlanMemo memo;
    private final int horizon;
    private final int particles;
    /** Particle multiplicities. */
    private double[] weights;
    /** Added to cache keys: the full belief's fingerprint (the same particles may carry other weights). */
    private long salt;
    private double resultLength;
    private int bestStone;
    private int bestColour;
    private double bestValue;
    private long nodes;

    /** A planner over {@code particles} draws and {@code horizon} dips, with a cache of 2^log2CacheSize entries. */
    ParticlePlanner(int particles, int horizon, int log2CacheSize) {
        if (particles < 1 || horizon < 1) {
            throw new IllegalArgumentException("ParticlePlanner: particles and horizon must be >= 1, got "
                    + particles + ", " + horizon);
        }
        this.particles = particles;
        this.horizon = horizon;
        this.arena = new int[(MAX_DEPTH + 1) * particles];
        this.codes = new byte[(MAX_DEPTH + 1) * particles];
        this.memo = new PlanMemo(log2CacheSize);
    }

    /** Forgets cached values; call when a new trial starts to bound memory. */
    void clearCache() {
        memo.clear();
    }

    /**
     * Best next step for the trial state: returns the stone slot to dip (see {@link #bestColour()}) or {@link #STOP}.
     *
     * @param belief       hypotheses consistent with everything seen
     * @param stoneCodes   per stone slot, {@code appearance * 4 + plusCount} or {@link #ABSENT}
     * @param potionCounts per colour, unused potions on the table
     */
    int plan(Belief belief, int[] stoneCodes, int[] potionCounts) {
        if (belief.space() != space) {
            space = belief.space();
            table = space.outcomeTable();
            prior = space.priorArray();
            zobrist = space.zobristArray();
            weights = new double[space.size()];
            memo.clear();
        }
        int count = sampleParticles(belief.aliveArray(), belief.count());
        double weight = 0;
        long fingerprint = 0;
        for (int k = 0; k < count; k++) {
            weight += weights[arena[k]];
            fingerprint += zobrist[arena[k]];
        }
        long potions = 0;
        int total = 0;
        for (int c = 0; c < COLOURS; c++) {
            potions |= (long) potionCounts[c] << (4 * c);
            total += potionCounts[c];
        }
        System.arraycopy(stoneCodes, 0, stonesAt[0], 0, STONES);
        bestValue = solve(0, count, count, weight, fingerprint, potions, total, 0);
        return bestStone;
    }

    /**
     * Systematic resampling of {@code particles} draws from the belief (deterministic: evenly spaced points of the
     * cumulative weight); writes the distinct hypotheses to the arena with their multiplicities as weights.
     */
    private int sampleParticles(int[] alive, int count) {
        double total = 0;
        long beliefFingerprint = 0;
        for (int k = 0; k < count; k++) {
            total += prior[alive[k]];
            beliefFingerprint += zobrist[alive[k]];
        }
        double step = total / particles;
        double next = step / 2;
        double cumulative = 0;
        int distinct = 0;
        for (int k = 0; k < count; k++) {
            int h = alive[k];
            cumulative += prior[h];
            int draws = 0;
            while (next < cumulative) {
                draws++;
                next += step;
            }
            if (draws > 0) {
                arena[distinct++] = h;
                weights[h] = draws;
            }
        }
        // the same particles drawn from another belief may carry other weights: keep their cache entries apart
        salt = beliefFingerprint * 0x9E3779B97F4A7C15L + 1;
        return distinct;
    }

    /** Colour to use with the stone returned by the last {@link #plan} call. */
    int bestColour() {
        return bestColour;
    }

    /** Expected trial reward still to collect (stones cashed at the end) under the last plan. */
    double bestValue() {
        return bestValue;
    }

    /** Search nodes expanded since construction (for profiling). */
    long nodes() {
        return nodes;
    }

    private double solve(int from, int to, int scratch, double weight, long fingerprint, long potions,
                         int totalPotions, int depth) {
        int[] stones = stonesAt[depth];
        // with a horizon, a node's value depends on the dips left before it
        long state = TrialPlanner.canonicalState(stones, potions) | (long) Math.min(horizon - depth, 15) << 45;
        boolean root = depth == 0;
        if (depth >= horizon) {
            resultLength = 0;
            return TrialPlanner.stopValue(stones);
        }
        if (!root) {
            double cached = memo.get(fingerprint + salt, state);
            if (!Double.isNaN(cached)) {
                resultLength = memo.foundLength();
                return cached;
            }
        }
        nodes++;
        double best = TrialPlanner.stopValue(stones);
        double bestLength = 0;
        int chosenStone = STOP;
        int chosenColour = -1;
        // dips still allowed: the potions left, and within a horizon the dips before the leaves
        int budget = Math.min(totalPotions, horizon - depth);
        int childBudget = Math.max(0, budget - 1);
        double bound = upperBound(stones, -1, 0, budget);
        int[] count = groupCount[depth];
        int[] list = groupList[depth];
        int[] start = groupStart[depth];
        double[] groupW = groupWeight[depth];
        long[] groupH = groupHash[depth];
        int[] childStones = stonesAt[depth + 1];
        int length = to - from;
        search:
        for (int i = 0; i < STONES && best < bound - EPS; i++) {
            int code = stones[i];
            if (code == ABSENT || (code & 3) == 3 || sameAsEarlier(stones, i)) {
                continue;
            }
            int appearance = code >> 2;
            for (int colour = 0; colour < COLOURS; colour++) {
                if (((potions >> (4 * colour)) & 15) == 0) {
                    continue;
                }
                int distinct = partition(from, to, scratch, colour, appearance, depth);
                if (distinct == 1 && list[0] == code) {
                    resetGroups(depth, distinct);
                    continue;
                }
                long childPotions = potions - (1L << (4 * colour));
                double optimistic = 0;
                for (int g = 0; g < distinct; g++) {
                    int outcome = list[g];
                    optimistic += groupW[outcome] / weight * upperBound(stones, i, outcome & 3, childBudget);
                }
                if (optimistic < best - EPS) {
                    resetGroups(depth, distinct);
                    continue;
                }
                double expected = 0;
                double expectedLength = 1;
                boolean pruned = false;
                for (int g = 0; g < distinct; g++) {
                    int outcome = list[g];
                    double p = groupW[outcome] / weight;
                    System.arraycopy(stones, 0, childStones, 0, STONES);
                    childStones[i] = outcome;
                    double value = solve(start[outcome], start[outcome] + count[outcome], scratch + length,
                            groupW[outcome], groupH[outcome], childPotions, totalPotions - 1, depth + 1);
                    expected += p * value;
                    expectedLength += p * resultLength;
                    optimistic += p * (value - upperBound(stones, i, outcome & 3, childBudget));
                    if (optimistic < best - EPS) {
                        pruned = true;
                        break;
                    }
                }
                resetGroups(depth, distinct);
                if (!pruned && (expected > best + EPS
                        || (expected > best - EPS && expectedLength < bestLength))) {
                    best = expected;
                    bestLength = expectedLength;
                    chosenStone = i;
                    chosenColour = colour;
                    if (best >= bound - EPS) {
                        break search;
                    }
                }
            }
        }
        if (root) {
            bestStone = chosenStone;
            bestColour = chosenColour;
        } else {
            memo.put(fingerprint + salt, state, best, bestLength, true);
        }
        resultLength = bestLength;
        return best;
    }

    /** Splits hypotheses [from, to) by the outcome of dipping {@code appearance} into {@code colour}. */
    private int partition(int from, int to, int scratch, int colour, int appearance, int depth) {
        int row = space.outcomeRow(colour, appearance);
        int[] count = groupCount[depth];
        int[] list = groupList[depth];
        double[] weight = groupWeight[depth];
        long[] hash = groupHash[depth];
        int distinct = 0;
        for (int k = from; k < to; k++) {
            int h = arena[k];
            int code = table[row + h];
            codes[scratch + k - from] = (byte) code;
            if (count[code]++ == 0) {
                list[distinct++] = code;
                weight[code] = 0;
                hash[code] = 0;
            }
            weight[code] += weights[h];
            hash[code] += zobrist[h];
        }
        if (distinct == 1) {
            // one group: same hypotheses, no need to copy
            int code = list[0];
            groupStart[depth][code] = from;
            return 1;
        }
        int[] start = groupStart[depth];
        int[] cursor = groupCursor[depth];
        int position = scratch;
        for (int g = 0; g < distinct; g++) {
            int code = list[g];
            start[code] = position;
            cursor[code] = position;
            position += count[code];
        }
        for (int k = from; k < to; k++) {
            arena[cursor[codes[scratch + k - from]]++] = arena[k];
        }
        return distinct;
    }

    private void resetGroups(int depth, int distinct) {
        int[] count = groupCount[depth];
        int[] list = groupList[depth];
        for (int g = 0; g < distinct; g++) {
            count[list[g]] = 0;
        }
    }

    private static boolean sameAsEarlier(int[] stones, int i) {
        for (int j = 0; j < i; j++) {
            if (stones[j] == stones[i]) {
                return true;
            }
        }
        return false;
    }

    /** Bound of {@code stones} with stone {@code replaced} (or -1) showing {@code plusCount} instead. */
    private static double upperBound(int[] stones, int replaced, int plusCount, int potionsLeft) {
        int index = 0;
        for (int i = 0; i < STONES; i++) {
            int plus = i == replaced ? plusCount : stones[i] == ABSENT ? 4 : stones[i] & 3;
            index = index * 5 + plus;
        }
        return UPPER_BOUND[index * (AlchemyGame.POTIONS_PER_TRIAL + 1) + potionsLeft];
    }

    private static double[] buildUpperBounds() {
        int potions = AlchemyGame.POTIONS_PER_TRIAL + 1;
        double[] bounds = new double[125 * potions];
        for (int index = 0; index < 125; index++) {
            int[] plus = {index / 25, index / 5 % 5, index % 5};
            for (int left = 0; left < potions; left++) {
                double best = 0;
                for (int k0 = 0; k0 <= left; k0++) {
                    for (int k1 = 0; k0 + k1 <= left; k1++) {
                        int[] k = {k0, k1, left - k0 - k1};
                        double value = 0;
                        for (int s = 0; s < 3; s++) {
                            if (plus[s] < 4) {
                                value += Math.max(0, LatentCube.valueOfPlusCount(Math.min(3, plus[s] + k[s])));
                            }
                        }
                        best = Math.max(best, value);
                    }
                }
                bounds[index * potions + left] = best;
            }
        }
        return bounds;
    }
}

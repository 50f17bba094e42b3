package org.jgym.env.alchemy.bots;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.jgym.env.alchemy.Chemistry;
import org.jgym.env.alchemy.LatentCube;
import org.jgym.env.alchemy.Level;
import org.junit.jupiter.api.Test;

/**
 * The pruned, cached {@link TrialPlanner} against a plain exhaustive expectimax (every stone, every colour, every
 * outcome, no bound, no cache) on small trial states: same value, same expected length, same first action.
 */
class TrialPlannerExactnessTest {

    /** Plain expectimax: returns {value, expected length, action index (stone * 6 + colour, or -1 = stop)}. */
    private static double[] bruteForce(HypothesisSpace space, int[] hypotheses, int[] stones, int[] potions) {
        double best = TrialPlanner.stopValue(stones);
        double bestLength = 0;
        int bestIndex = -1;
        double total = 0;
        for (int h : hypotheses) {
            total += space.prior(h);
        }
        for (int i = 0; i < stones.length; i++) {
            if (stones[i] == TrialPlanner.ABSENT) {
                continue;
            }
            for (int c = 0; c < HypothesisSpace.COLOURS; c++) {
                if (potions[c] == 0) {
                    continue;
                }
                int[] outcomeOf = new int[hypotheses.length];
                for (int k = 0; k < hypotheses.length; k++) {
                    outcomeOf[k] = space.outcome(hypotheses[k], c, stones[i] >> 2);
                }
                int[] childPotions = potions.clone();
                childPotions[c]--;
                double value = 0;
                double length = 1;
                for (int o : Arrays.stream(outcomeOf).distinct().toArray()) {
                    int[] part = new int[hypotheses.length];
                    int n = 0;
                    double weight = 0;
                    for (int k = 0; k < hypotheses.length; k++) {
                        if (outcomeOf[k] == o) {
                            part[n++] = hypotheses[k];
                            weight += space.prior(hypotheses[k]);
                        }
                    }
                    int[] childStones = stones.clone();
                    childStones[i] = o;
                    double[] child = bruteForce(space, Arrays.copyOf(part, n), childStones, childPotions);
                    value += weight / total * child[0];
                    length += weight / total * child[1];
                }
                int index = i * HypothesisSpace.COLOURS + c;
                if (TrialPlanner.better(value, length, index, best, bestLength, bestIndex)) {
                    best = value;
                    bestLength = length;
                    bestIndex = index;
                }
            }
        }
        return new double[] {best, bestLength, bestIndex};
    }

    /** Random trial states of {@code level}, beliefs narrowed by {@code dips} random dips, compared with brute force. */
    private static void compare(Level level, int states, int potionsPerState, int dips, long seed) {
        compare(level, states, potionsPerState, dips, seed, false);
    }

    /** As above; with {@code pairedPotions}, potions come in equal-count colour pairs (colour-symmetric states). */
    private static void compare(Level level, int states, int potionsPerState, int dips, long seed,
                                boolean pairedPotions) {
        HypothesisSpace space = HypothesisSpace.of(level);
        SplittableRandom random = new SplittableRandom(seed);
        TrialPlanner planner = new TrialPlanner(space.size(), 16);
        for (int s = 0; s < states; s++) {
            Chemistry chemistry = level.chemistryAt(random.nextInt(level.size()));
            Belief belief = new Belief(space);
            int[] vertices = new int[3];
            int[] stones = new int[3];
            for (int i = 0; i < 3; i++) {
                vertices[i] = random.nextInt(8);
                stones[i] = chemistry.appearance(vertices[i]) * 4 + LatentCube.plusCount(vertices[i]);
                belief.observeStone(chemistry.appearance(vertices[i]), LatentCube.plusCount(vertices[i]));
            }
            for (int d = 0; d < dips; d++) {
                int i = random.nextInt(3);
                int colour = random.nextInt(6);
                int appearance = chemistry.appearance(vertices[i]);
                vertices[i] = chemistry.graph().apply(vertices[i], chemistry.potionMap().latentType(colour));
                stones[i] = chemistry.appearance(vertices[i]) * 4 + LatentCube.plusCount(vertices[i]);
                belief.observeDip(colour, appearance, stones[i]);
            }
            if (random.nextInt(4) == 0) {
                stones[random.nextInt(3)] = TrialPlanner.ABSENT;
            }
            int[] potions = new int[HypothesisSpace.COLOURS];
            if (pairedPotions) {
                int[] pairs = {random.nextInt(3), random.nextInt(3)};
                for (int p = 0; p < potionsPerState / 2; p++) {
                    int c = random.nextInt(HypothesisSpace.COLOURS);
                    potions[c]++;
                    // the same colour again, or its partner, or the matching colour of another pair
                    potions[random.nextBoolean() ? c ^ 1 : 2 * pairs[p & 1] + (c & 1)]++;
                }
            } else {
                for (int p = 0; p < potionsPerState; p++) {
                    potions[random.nextInt(HypothesisSpace.COLOURS)]++;
                }
            }
            int[] hypotheses = new int[belief.count()];
            for (int k = 0; k < hypotheses.length; k++) {
                hypotheses[k] = belief.get(k);
            }
            double[] expected = bruteForce(space, hypotheses, stones, potions);
            planner.clearCache();
            int stone = planner.plan(belief, stones, potions);
            String state = level.referenceName() + " state " + s + ": stones " + Arrays.toString(stones)
                    + ", potions " + Arrays.toString(potions) + ", " + hypotheses.length + " chemistries";
            assertEquals(expected[0], planner.bestValue(), 1e-9, state);
            int index = stone == TrialPlanner.STOP ? -1 : stone * HypothesisSpace.COLOURS + planner.bestColour();
            assertEquals((int) expected[2], index, state);
        }
    }

    @Test
    void matchesBruteForceOnNarrowedBeliefs() {
        compare(Level.EVALUATION, 40, 5, 3, 11);
    }

    @Test
    void matchesBruteForceOnWideBeliefsWithFewPotions() {
        compare(Level.EVALUATION, 20, 3, 0, 12);
    }

    @Test
    void matchesBruteForceOnColourSymmetricStates() {
        compare(Level.EVALUATION, 30, 4, 0, 15, true);
        compare(Level.EVALUATION, 30, 4, 1, 16, true);
        compare(Level.PERCEPTUAL_MAPPING_RANDOMIZED_WITH_ROTATION, 20, 4, 1, 17, true);
    }

    @Test
    void matchesBruteForceUnderRotation() {
        compare(Level.PERCEPTUAL_MAPPING_RANDOMIZED_WITH_ROTATION, 40, 5, 1, 13);
    }

    @Test
    void matchesBruteForceOnAKnownChemistry() {
        compare(Level.ALL_FIXED_BOTTLENECK3, 30, 6, 0, 14);
    }
}

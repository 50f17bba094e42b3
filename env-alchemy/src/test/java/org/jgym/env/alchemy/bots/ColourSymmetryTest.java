package org.jgym.env.alchemy.bots;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jgym.env.alchemy.Chemistry;
import org.jgym.env.alchemy.LatentCube;
import org.jgym.env.alchemy.Level;
import org.junit.jupiter.api.Test;

/** Which colour relabellings a space admits and which dips they make redundant. */
class ColourSymmetryTest {

    private static long pack(int... counts) {
        long potions = 0;
        for (int c = 0; c < counts.length; c++) {
            potions |= (long) counts[c] << (4 * c);
        }
        return potions;
    }

    @Test
    void randomPotionMapsAdmitEveryRelabellingAndFixedOnesNone() {
        assertEquals(47, HypothesisSpace.of(Level.EVALUATION).symmetry().count());
        assertEquals(0, HypothesisSpace.of(Level.ALL_FIXED_BOTTLENECK3).symmetry().count());
    }

    @Test
    void onThePriorOnlyTheLowestColourOfEachCountOrbitIsSearched() {
        HypothesisSpace space = HypothesisSpace.of(Level.EVALUATION);
        ColourSymmetry symmetry = space.symmetry();
        Belief belief = new Belief(space);
        int[] stamp = new int[space.size()];
        int[] all = belief.aliveArray();
        // red = green: green redundant; the other pairs differ from it and within themselves
        assertEquals(0b000010, symmetry.redundantColours(all, 0, belief.count(), pack(1, 1, 2, 0, 3, 0), stamp, 1));
        // three pairs alike up to order and direction: colours 0, 3, 4 (count 2) and 1, 2, 5 (count 0) are orbits
        assertEquals(0b111100, symmetry.redundantColours(all, 0, belief.count(), pack(2, 0, 0, 2, 2, 0), stamp, 2));
        // no relabelling keeps these counts
        assertEquals(0, symmetry.redundantColours(all, 0, belief.count(), pack(1, 2, 3, 4, 5, 6), stamp, 3));
        // after seeing what green does to a stone, red and green are told apart, but orange and yellow are not
        Chemistry chemistry = Level.EVALUATION.chemistryAt(0);
        int appearance = chemistry.appearance(0);
        belief.observeStone(appearance, LatentCube.plusCount(0));
        belief.observeDip(1, appearance, space.outcome(0, 1, appearance));
        // (pink and turquoise, with no potions left, are alike too)
        assertEquals(0b101000, symmetry.redundantColours(belief.aliveArray(), 0, belief.count(),
                pack(1, 1, 1, 1, 0, 0), stamp, 4));
    }
}

package org.jgym.env.alchemy.bots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.jgym.env.alchemy.Level;
import org.junit.jupiter.api.Test;

/** The needs reported with an oracle value are a plan for it: they fit the potions and achieve the value. */
class OracleBoundTest {

    @Test
    void reportedNeedsFitThePotionsAndAchieveTheValue() {
        HypothesisSpace space = HypothesisSpace.of(Level.EVALUATION);
        OracleBound oracle = space.oracle();
        SplittableRandom random = new SplittableRandom(21);
        for (int trial = 0; trial < 20_000; trial++) {
            int dynamics = space.dynamicsArray()[random.nextInt(space.size())];
            int[] v = new int[3];
            for (int i = 0; i < 3; i++) {
                v[i] = random.nextInt(9) - 1;
            }
            long potions = 0;
            int count = random.nextInt(13);
            for (int p = 0; p < count; p++) {
                potions += 1L << (4 * random.nextInt(HypothesisSpace.COLOURS));
            }
            long lanes = OracleBound.guardedLanes(potions);
            long packed = oracle.valueAndNeeds(dynamics, v[0], v[1], v[2], lanes);
            int value = (int) (packed >>> OracleBound.VALUE_SHIFT);
            long needs = packed & ((1L << OracleBound.VALUE_SHIFT) - 1);
            assertEquals(oracle.value(dynamics, v[0], v[1], v[2], lanes), value);
            long needNibbles = 0;
            for (int c = 0; c < HypothesisSpace.COLOURS; c++) {
                long need = (needs >>> (8 * c)) & 0xFF;
                assertTrue(need <= ((potions >>> (4 * c)) & 15), "needs more potions than there are");
                needNibbles |= need << (4 * c);
            }
            assertEquals(value, oracle.value(dynamics, v[0], v[1], v[2], OracleBound.guardedLanes(needNibbles)));
        }
    }
}

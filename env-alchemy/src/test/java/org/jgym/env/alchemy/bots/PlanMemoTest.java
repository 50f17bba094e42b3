package org.jgym.env.alchemy.bots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The planner's transposition table: exact values and bounds, O(1) clearing, costly entries kept when full. */
class PlanMemoTest {

    @Test
    void storesExactValuesAndBoundsAndForgetsOnClear() {
        PlanMemo memo = new PlanMemo(4);
        memo.put(1, 2, 3.5, 1.25, true);
        memo.put(5, 6, 7.0, 0, false);
        assertEquals(3.5, memo.get(1, 2));
        assertTrue(memo.foundExact());
        assertEquals(1.25, memo.foundLength());
        assertEquals(7.0, memo.get(5, 6));
        assertFalse(memo.foundExact());
        memo.clear();
        assertTrue(Double.isNaN(memo.get(1, 2)));
    }

    @Test
    void aFullTableKeepsTheCostliestEntries() {
        PlanMemo memo = new PlanMemo(2); // a single bucket of 4
        memo.put(1, 0, 1.0, 0, true, 1_000_000);
        for (long key = 2; key < 100; key++) {
            memo.put(key, 0, key, 0, true, 1);
        }
        assertEquals(1.0, memo.get(1, 0));
        assertEquals(99.0, memo.get(99, 0));
    }
}

package org.jgym.env.api.spaces;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MultiDiscreteTest {

    @Test
    void rejectsEmptyNvecMismatchedStartAndNonPositiveCells() {
        assertEquals("MultiDiscrete: nvec must be non-empty and start must have its length, got nvec [2, 3] and start [0]",
                assertThrows(IllegalArgumentException.class,
                        () -> new MultiDiscrete(new int[] {2, 3}, new int[] {0})).getMessage());
        assertThrows(IllegalArgumentException.class, MultiDiscrete::new);
        assertEquals("MultiDiscrete: nvec[1] must be > 0, got 0",
                assertThrows(IllegalArgumentException.class, () -> new MultiDiscrete(2, 0)).getMessage());
    }

    @Test
    void containsRespectsPerCellStart() {
        MultiDiscrete m = new MultiDiscrete(new int[] {2, 3}, new int[] {-1, 5});
        assertTrue(m.contains(new int[] {-1, 5}));
        assertTrue(m.contains(new int[] {0, 7}));
        assertFalse(m.contains(new int[] {1, 7}));
        assertFalse(m.contains(new int[] {0, 8}));
        assertFalse(m.contains(new int[] {0}));
        assertFalse(m.contains(new long[] {0, 5}));
    }

    @Test
    void describeViolationStatesTheCellRange() {
        MultiDiscrete m = new MultiDiscrete(new int[] {2, 3}, new int[] {-1, 5});
        assertNull(m.describeViolation(new int[] {0, 6}));
        assertEquals("element [1] = 9 is outside [5, 7]", m.describeViolation(new int[] {0, 9}));
        assertEquals("expected int[] of length 2 (MultiDiscrete([2, 3], start=[-1, 5])), got long[] of length 2",
                m.describeViolation(new long[2]));
    }

    @Test
    void seededSamplesAreReproducibleAndInRange() {
        MultiDiscrete a = new MultiDiscrete(new int[] {2, 5, 7}, new int[] {0, -2, 10});
        MultiDiscrete b = new MultiDiscrete(new int[] {2, 5, 7}, new int[] {0, -2, 10});
        a.seed(11);
        b.seed(11);
        for (int k = 0; k < 200; k++) {
            int[] x = a.sample();
            assertArrayEquals(x, b.sample());
            assertTrue(a.contains(x), a.describeViolation(x));
        }
    }

    @Test
    void batchedRepeatsNvecAndStartAndRoundTrips() {
        MultiDiscrete m = new MultiDiscrete(new int[] {2, 3}, new int[] {1, 0});
        MultiDiscrete b = m.batched(2);
        assertArrayEquals(new int[] {2, 3, 2, 3}, b.nvec());
        assertArrayEquals(new int[] {1, 0, 1, 0}, b.start());
        Object batch = m.newBatch(2);
        m.writeToBatch(new int[] {2, 2}, batch, 1);
        m.writeToBatch(new int[] {1, 0}, batch, 0);
        assertTrue(b.contains(batch));
        assertArrayEquals(new int[] {2, 2}, m.readFromBatch(batch, 1, new int[2]));
    }

    @Test
    void jsonRoundTripKeepsStartAndEqualityDependsOnIt() {
        MultiDiscrete m = new MultiDiscrete(new int[] {4, 2}, new int[] {3, -3});
        assertEquals(m, Spaces.fromJson(m.toJson()));
        assertNotEquals(new MultiDiscrete(4, 2), m);
        assertEquals(new MultiDiscrete(4, 2), Spaces.fromJson(new MultiDiscrete(4, 2).toJson()));
    }
}

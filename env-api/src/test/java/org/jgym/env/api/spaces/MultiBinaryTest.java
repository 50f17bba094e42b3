package org.jgym.env.api.spaces;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MultiBinaryTest {

    @Test
    void rejectsEmptyOrNonPositiveShape() {
        assertEquals("MultiBinary: shape must have at least one dimension",
                assertThrows(IllegalArgumentException.class, MultiBinary::new).getMessage());
        assertEquals("MultiBinary: dimensions must be > 0, got [2, -1]",
                assertThrows(IllegalArgumentException.class, () -> new MultiBinary(2, -1)).getMessage());
    }

    @Test
    void containsByteArraysOfZerosAndOnesOfTheRightSize() {
        MultiBinary m = new MultiBinary(2, 2);
        assertEquals(4, m.size());
        assertTrue(m.contains(new byte[] {0, 1, 1, 0}));
        assertFalse(m.contains(new byte[] {0, 1, 2, 0}));
        assertFalse(m.contains(new byte[] {0, 1, 1}));
        assertFalse(m.contains(new int[] {0, 1, 1, 0}));
    }

    @Test
    void describeViolationNamesTheBadElement() {
        MultiBinary m = new MultiBinary(3);
        assertNull(m.describeViolation(new byte[3]));
        assertEquals("element [1] = 2 is not 0 or 1", m.describeViolation(new byte[] {0, 2, 0}));
        assertEquals("expected byte[] of length 3 with values 0 or 1 (MultiBinary([3])), got byte[] of length 2",
                m.describeViolation(new byte[2]));
    }

    @Test
    void seededSamplesAreReproducibleBinaryAndNotConstant() {
        MultiBinary a = new MultiBinary(16);
        MultiBinary b = new MultiBinary(16);
        a.seed(8);
        b.seed(8);
        int ones = 0;
        for (int k = 0; k < 100; k++) {
            byte[] x = a.sample();
            assertArrayEquals(x, b.sample());
            assertTrue(a.contains(x));
            for (byte v : x) {
                ones += v;
            }
        }
        assertTrue(ones > 700 && ones < 900, "about half of 1600 cells are 1: " + ones);
    }

    @Test
    void batchedAddsLeadingAxisAndRoundTrips() {
        MultiBinary m = new MultiBinary(2);
        assertArrayEquals(new int[] {3, 2}, m.batched(3).shape());
        Object batch = m.newBatch(3);
        m.writeToBatch(new byte[] {1, 0}, batch, 2);
        assertArrayEquals(new byte[] {0, 0, 0, 0, 1, 0}, (byte[]) batch);
        assertArrayEquals(new byte[] {1, 0}, m.readFromBatch(batch, 2, null));
        assertTrue(m.batched(3).contains(batch));
    }

    @Test
    void jsonRoundTripKeepsShapeAndCopyIsDeep() {
        MultiBinary m = new MultiBinary(2, 3);
        assertEquals(m, Spaces.fromJson(m.toJson()));
        byte[] v = {1, 0, 1, 0, 1, 0};
        byte[] c = m.copy(v);
        v[0] = 0;
        assertEquals(1, c[0]);
    }
}

package org.jgym.env.api.spaces;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DiscreteTest {

    @Test
    void rejectsNonPositiveN() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Discrete(0));
        assertEquals("Discrete: n must be > 0, got 0", e.getMessage());
    }

    @Test
    void containsOnlyIntegersFromStartToStartPlusNMinusOne() {
        Discrete d = new Discrete(3, -1);
        assertTrue(d.contains(-1));
        assertTrue(d.contains(1));
        assertFalse(d.contains(2));
        assertFalse(d.contains(-2));
        assertFalse(d.contains(0L), "a Long is not an action");
        assertFalse(d.contains(0.0), "floats are rejected, as in Gymnasium");
        assertFalse(d.contains(null));
    }

    @Test
    void describeViolationStatesTheRange() {
        Discrete d = new Discrete(3, 2);
        assertNull(d.describeViolation(4));
        assertEquals("value 5 is out of range; expected an Integer in [2, 4]", d.describeViolation(5));
        assertEquals("expected an Integer in [2, 4], got Double 3.0", d.describeViolation(3.0));
        assertEquals("expected an Integer in [2, 4], got null", d.describeViolation(null));
    }

    @Test
    void seededSamplesAreReproducibleAndCoverEveryValue() {
        Discrete a = new Discrete(4, 10);
        Discrete b = new Discrete(4, 10);
        a.seed(42);
        b.seed(42);
        boolean[] seen = new boolean[4];
        for (int k = 0; k < 200; k++) {
            int x = a.sample();
            assertEquals(x, b.sample());
            assertTrue(a.contains(x));
            seen[x - 10] = true;
        }
        assertArrayEquals(new boolean[] {true, true, true, true}, seen);
    }

    @Test
    void batchesToMultiDiscreteWithStarts() {
        Discrete d = new Discrete(3, 1);
        MultiDiscrete batched = d.batched(2);
        assertArrayEquals(new int[] {3, 3}, batched.nvec());
        assertArrayEquals(new int[] {1, 1}, batched.start());
        Object batch = d.newBatch(2);
        d.writeToBatch(3, batch, 1);
        d.writeToBatch(1, batch, 0);
        assertArrayEquals(new int[] {1, 3}, (int[]) batch);
        assertTrue(batched.contains(batch));
        assertEquals(3, d.readFromBatch(batch, 1, null));
    }

    @Test
    void jsonRoundTripKeepsStart() {
        Discrete d = new Discrete(5, -2);
        assertEquals("{\"type\":\"Discrete\",\"n\":5,\"start\":-2}", org.jgym.env.api.Json.GSON.toJson(d.toJson()));
        assertEquals(d, Spaces.fromJson(d.toJson()));
    }

    @Test
    void toStringShowsStartOnlyWhenNonZero() {
        assertEquals("Discrete(3)", new Discrete(3).toString());
        assertEquals("Discrete(3, start=1)", new Discrete(3, 1).toString());
    }
}

package org.jgym.env.api.spaces;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgym.env.api.Values;
import org.junit.jupiter.api.Test;

class TupleSpaceTest {

    private static TupleSpace nested() {
        Map<String, Space<?>> inner = new LinkedHashMap<>();
        inner.put("pos", Box.float32(-1, 1, 2));
        inner.put("flag", new MultiBinary(1));
        return new TupleSpace(new Discrete(3), Box.int32(0, 9, 2), new DictSpace(inner));
    }

    private static Object[] validValue() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("pos", new float[] {0.5f, -0.5f});
        inner.put("flag", new byte[] {1});
        return new Object[] {2, new int[] {0, 9}, inner};
    }

    @Test
    void rejectsNoSubSpaces() {
        assertEquals("TupleSpace: needs at least one sub-space",
                assertThrows(IllegalArgumentException.class, () -> new TupleSpace(List.of())).getMessage());
    }

    @Test
    void containsChecksLengthAndEveryNestedPart() {
        TupleSpace t = nested();
        assertTrue(t.contains(validValue()));
        Object[] badInner = validValue();
        @SuppressWarnings("unchecked")
        Map<String, Object> inner = (Map<String, Object>) badInner[2];
        inner.put("pos", new float[] {0.5f, 2f});
        assertFalse(t.contains(badInner));
        assertEquals("part [2]: key 'pos': element [1] = 2.0 is outside [-1.0, 1.0]", t.describeViolation(badInner));
        assertEquals("expected Object[] of length 3, got Object[] of length 2",
                t.describeViolation(new Object[] {1, new int[2]}));
        assertFalse(t.contains(List.of(2, new int[2], inner)), "a List is not a tuple value");
        assertNull(t.describeViolation(validValue()));
    }

    @Test
    void compositeSeedingIsDeterministicAndSeedsChildren() {
        TupleSpace a = nested();
        TupleSpace b = nested();
        assertEquals(7, a.seed(7));
        b.seed(7);
        for (int k = 0; k < 50; k++) {
            Object[] x = a.sample();
            assertTrue(a.contains(x), a.describeViolation(x));
            assertTrue(Values.equal(x, b.sample()));
        }
        // the children were seeded: sampling a child alone is reproducible too
        TupleSpace c = nested();
        TupleSpace d = nested();
        c.seed(7);
        d.seed(7);
        assertEquals(c.spaces().get(0).sample(), d.spaces().get(0).sample());
        // different parents seeds give different children streams
        TupleSpace e = nested();
        e.seed(8);
        c.seed(7);
        assertFalse(Values.equal(c.spaces().get(1).sample(), e.spaces().get(1).sample())
                && Values.equal(c.spaces().get(2).sample(), e.spaces().get(2).sample()));
    }

    @Test
    void copyIsDeep() {
        TupleSpace t = nested();
        Object[] v = validValue();
        Object[] c = t.copy(v);
        assertTrue(Values.equal(v, c));
        assertNotSame(v[1], c[1]);
        ((int[]) v[1])[0] = 5;
        assertEquals(0, ((int[]) c[1])[0]);
    }

    @Test
    void batchingRecursesAndRoundTrips() {
        TupleSpace t = nested();
        TupleSpace b = t.batched(2);
        assertEquals(new MultiDiscrete(new int[] {3, 3}, new int[] {0, 0}), b.spaces().get(0));
        assertArrayEquals(new int[] {2, 2}, ((Box<?>) b.spaces().get(1)).shape());
        Object batch = t.newBatch(2);
        Object[] v0 = validValue();
        Object[] v1 = t.sample();
        t.writeToBatch(v0, batch, 0);
        t.writeToBatch(v1, batch, 1);
        assertTrue(b.contains(batch), b.describeViolation(batch));
        assertTrue(Values.equal(v1, t.readFromBatch(batch, 1, null)));
        Object[] reuse = t.readFromBatch(batch, 1, null);
        Object[] again = t.readFromBatch(batch, 0, reuse);
        assertTrue(again == reuse);
        assertTrue(Values.equal(v0, again));
    }

    @Test
    void jsonRoundTripOfNestedSpaces() {
        TupleSpace t = nested();
        Space<?> back = Spaces.fromJson(t.toJson());
        assertEquals(t, back);
        assertEquals(t.toJson(), back.toJson());
    }
}

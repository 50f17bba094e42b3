package org.jgym.env.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValuesTest {

    @Test
    void equalComparesPrimitiveArraysByContent() {
        assertTrue(Values.equal(new float[] {1, 2}, new float[] {1, 2}));
        assertFalse(Values.equal(new float[] {1, 2}, new float[] {1, 3}));
        assertFalse(Values.equal(new float[] {1, 2}, new double[] {1, 2}));
        assertTrue(Values.equal(3, 3));
        assertTrue(Values.equal(null, null));
    }

    @Test
    void equalRecursesIntoMapsAndTuples() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("x", new int[] {1, 2});
        a.put("t", new Object[] {new byte[] {1}, 4});
        Map<String, Object> b = new HashMap<>();
        b.put("t", new Object[] {new byte[] {1}, 4});
        b.put("x", new int[] {1, 2});
        assertTrue(Values.equal(a, b), "key order does not matter, array contents do");
        assertTrue(Values.equal(new Object[] {a}, new Object[] {b}));
        b.put("x", new int[] {1, 3});
        assertFalse(Values.equal(a, b));
        b.remove("x");
        assertFalse(Values.equal(a, b));
        assertFalse(Values.equal(new Object[] {1}, new Object[] {1, 2}));
    }

    @Test
    void describeTypeNamesArrayLengthOrScalarValue() {
        assertEquals("double[] of length 3", Values.describeType(new double[3]));
        assertEquals("Integer 7", Values.describeType(7));
        assertEquals("null", Values.describeType(null));
    }

    @Test
    void toStringPrintsArraysAndMaps() {
        assertEquals("[1.0, 2.0]", Values.toString(new float[] {1, 2}));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", new int[] {1});
        m.put("b", 2);
        assertEquals("{a=[1], b=2}", Values.toString(m));
    }
}

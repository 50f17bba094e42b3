package org.jgym.env.api;

import java.util.Arrays;
import java.util.Map;

/** Equality, copying and printing of space values (primitive arrays, boxed scalars, Object[] tuples, maps). */
public final class Values {
    private Values() {
    }

    /** Deep equality that compares primitive arrays element by element, also inside tuples and maps. */
    public static boolean equal(Object a, Object b) {
        // Map.equals compares array values by identity, so Dict values need their own recursion
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            if (!ma.keySet().equals(mb.keySet())) {
                return false;
            }
            for (Map.Entry<?, ?> e : ma.entrySet()) {
                if (!equal(e.getValue(), mb.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Object[] xa && b instanceof Object[] xb) {
            if (xa.length != xb.length) {
                return false;
            }
            for (int i = 0; i < xa.length; i++) {
                if (!equal(xa[i], xb[i])) {
                    return false;
                }
            }
            return true;
        }
        return Arrays.deepEquals(new Object[] {a}, new Object[] {b});
    }

    /** A readable rendering of a value, arrays included. */
    public static String toString(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Object[] array) {
            return Arrays.deepToString(array);
        }
        if (value.getClass().isArray()) {
            return Arrays.deepToString(new Object[] {value}).replaceAll("^\\[|\\]$", "");
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder sb = new StringBuilder("{");
            map.forEach((k, v) -> sb.append(sb.length() > 1 ? ", " : "").append(k).append('=').append(toString(v)));
            return sb.append('}').toString();
        }
        return value.toString();
    }

    /** A short name of a value's Java type for error messages, e.g. {@code double[] of length 3}. */
    public static String describeType(Object value) {
        if (value == null) {
            return "null";
        }
        Class<?> c = value.getClass();
        if (c.isArray()) {
            return c.getComponentType().getSimpleName() + "[] of length " + java.lang.reflect.Array.getLength(value);
        }
        return c.getSimpleName() + " " + toString(value);
    }
}

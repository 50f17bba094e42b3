package org.jgym.env.api;

import java.util.Arrays;
import java.util.Map;

/** Equality, copying and printing of space values (primitive arrays, boxed scalars, Object[] tuples, maps). */
public final class Values {
    private Values() {
    }

    /** Deep equality that compares primitive arrays element by element. */
    public static boolean equal(Object a, Object b) {
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

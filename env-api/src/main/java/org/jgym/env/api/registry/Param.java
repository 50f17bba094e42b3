package org.jgym.env.api.registry;

import java.util.List;
import java.util.Objects;
import org.jgym.env.api.InvalidKwargsException;
import org.jgym.env.api.Values;

/**
 * A keyword argument an env declares: name, type, default, allowed values and a one-line description.
 * {@link #validate} turns a raw value (from Java or from JSON) into the declared type or explains why it cannot.
 */
public final class Param {
    /** The value types a kwarg may have. */
    public enum Type { STRING, INT, DOUBLE, BOOL, JSON }

    private final String name;
    private final Type type;
    private final Object defaultValue;
    private final List<String> choices;
    private final double min;
    private final double max;
    private final String description;

    private Param(String name, Type type, Object defaultValue, List<String> choices, double min, double max,
            String description) {
        this.name = Objects.requireNonNull(name);
        this.type = type;
        this.choices = List.copyOf(choices);
        this.min = min;
        this.max = max;
        this.description = description;
        this.defaultValue = defaultValue == null ? null : validate(defaultValue);
    }

    /** A string kwarg; when {@code choices} are given, only those are allowed. */
    public static Param string(String name, String defaultValue, String description, String... choices) {
        return new Param(name, Type.STRING, defaultValue, List.of(choices), 0, 0, description);
    }

    public static Param integer(String name, int defaultValue, int min, int max, String description) {
        return new Param(name, Type.INT, defaultValue, List.of(), min, max, description);
    }

    public static Param doubleValue(String name, double defaultValue, double min, double max, String description) {
        return new Param(name, Type.DOUBLE, defaultValue, List.of(), min, max, description);
    }

    public static Param bool(String name, boolean defaultValue, String description) {
        return new Param(name, Type.BOOL, defaultValue, List.of(), 0, 0, description);
    }

    /** A kwarg holding any JSON-like value (lists, maps); the env checks it. The default may be null. */
    public static Param json(String name, Object defaultValue, String description) {
        return new Param(name, Type.JSON, defaultValue, List.of(), 0, 0, description);
    }

    public String name() {
        return name;
    }

    public Type type() {
        return type;
    }

    public Object defaultValue() {
        return defaultValue;
    }

    public List<String> choices() {
        return choices;
    }

    public String description() {
        return description;
    }

    /** What this kwarg accepts, for messages and listings, e.g. {@code one of [none, easy]} or {@code a number in [0, 1]}. */
    public String allowed() {
        return switch (type) {
            case STRING -> choices.isEmpty() ? "a string" : "one of " + choices;
            case INT -> "an integer in [" + (long) min + ", " + (long) max + "]";
            case DOUBLE -> "a number in [" + min + ", " + max + "]";
            case BOOL -> "true or false";
            case JSON -> "a JSON value";
        };
    }

    /** The value converted to this kwarg's type (Integer, Double, Boolean, String or as given for JSON). */
    public Object validate(Object value) {
        switch (type) {
            case STRING -> {
                if (value instanceof String s && (choices.isEmpty() || choices.contains(s))) {
                    return s;
                }
            }
            case INT -> {
                if (value instanceof Number n && !(value instanceof Float) && n.doubleValue() == Math.rint(n.doubleValue())
                        && n.doubleValue() >= min && n.doubleValue() <= max) {
                    return n.intValue();
                }
            }
            case DOUBLE -> {
                if (value instanceof Number n && n.doubleValue() >= min && n.doubleValue() <= max) {
                    return n.doubleValue();
                }
            }
            case BOOL -> {
                if (value instanceof Boolean b) {
                    return b;
                }
            }
            case JSON -> {
                return value;
            }
        }
        throw new InvalidKwargsException("kwarg '" + name + "' must be " + allowed() + ", got " + describe(value));
    }

    /** A value as the user wrote it (JSON-like), without Java type names: {@code 'x'}, {@code -1}, {@code 2.5}. */
    static String describe(Object value) {
        if (value instanceof String s) {
            return "'" + s + "'";
        }
        if (value instanceof Float f) {
            return f + " (a 32-bit float)";
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
        }
        if (value instanceof java.util.Collection<?> || value != null && value.getClass().isArray()) {
            return "the list " + Values.toString(value instanceof java.util.Collection<?> c ? c.toArray() : value);
        }
        if (value instanceof java.util.Map<?, ?> m) {
            return "the object " + Values.toString(m);
        }
        return String.valueOf(value);
    }

    /** {@code {"type", "default", "allowed", "description"}} for listings and the bridge. */
    public com.google.gson.JsonObject toJson() {
        com.google.gson.JsonObject j = new com.google.gson.JsonObject();
        j.addProperty("type", type.name().toLowerCase(java.util.Locale.ROOT));
        j.add("default", org.jgym.env.api.Json.GSON.toJsonTree(defaultValue));
        j.addProperty("allowed", allowed());
        j.addProperty("description", description);
        return j;
    }

    @Override
    public String toString() {
        return name + " (" + allowed() + ", default " + Values.toString(defaultValue) + "): " + description;
    }
}

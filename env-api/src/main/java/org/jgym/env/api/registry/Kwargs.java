package org.jgym.env.api.registry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgym.env.api.InvalidKwargsException;

/** Validated keyword arguments of an env, every declared one present (given or default), with typed getters. */
public final class Kwargs {
    /** The kwarg every env accepts: {@code rgb_array}, {@code ansi} or null. */
    public static final String RENDER_MODE = "render_mode";

    private final Map<String, Object> values;

    Kwargs(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Kwargs built by hand, without validation; for tests and for envs constructed directly. */
    public static Kwargs of(Map<String, Object> values) {
        return new Kwargs(values);
    }

    public Map<String, Object> asMap() {
        return values;
    }

    public String getString(String name) {
        return (String) require(name);
    }

    public int getInt(String name) {
        return ((Number) require(name)).intValue();
    }

    public double getDouble(String name) {
        return ((Number) require(name)).doubleValue();
    }

    public boolean getBoolean(String name) {
        return (Boolean) require(name);
    }

    /** A JSON-typed kwarg as given, possibly null. */
    public Object get(String name) {
        return values.get(name);
    }

    /** The requested render mode, or null. */
    public String renderMode() {
        return (String) values.get(RENDER_MODE);
    }

    private Object require(String name) {
        Object v = values.get(name);
        if (v == null) {
            throw new InvalidKwargsException("kwarg '" + name + "' is missing; present: " + values.keySet());
        }
        return v;
    }

    @Override
    public String toString() {
        return values.toString();
    }
}

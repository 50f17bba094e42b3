package org.jgym.env.navigation;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * A navigation task: the point the agent must reach. Serialized as {@code {"x": .., "y": ..}}; {@link #fromJson}
 * also accepts a two-element array {@code [x, y]}.
 *
 * @param x goal abscissa, finite
 * @param y goal ordinate, finite
 */
public record Goal(double x, double y) {
    public Goal {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("Goal coordinates must be finite numbers, got (" + x + ", " + y + ")");
        }
    }

    /** True when both coordinates lie in [low, high]. */
    public boolean isInside(double low, double high) {
        return x >= low && x <= high && y >= low && y <= high;
    }

    /** The goal as {@code {"x": .., "y": ..}}. */
    public JsonObject toJson() {
        JsonObject o = new JsonObject();
        o.addProperty("x", x);
        o.addProperty("y", y);
        return o;
    }

    /**
     * Reads {@code {"x": .., "y": ..}} or {@code [x, y]}.
     *
     * @throws IllegalArgumentException naming the missing or ill-typed field
     */
    public static Goal fromJson(JsonElement json) {
        if (json != null && json.isJsonArray()) {
            JsonArray a = json.getAsJsonArray();
            if (a.size() != 2) {
                throw new IllegalArgumentException("a goal array must hold 2 numbers [x, y], got " + a.size() + " values: "
                        + a);
            }
            return new Goal(number(a.get(0), "[0]"), number(a.get(1), "[1]"));
        }
        if (json == null || !json.isJsonObject()) {
            throw new IllegalArgumentException("a goal must be a JSON object {\"x\": number, \"y\": number} or an array "
                    + "[x, y], got " + json);
        }
        JsonObject o = json.getAsJsonObject();
        for (String key : o.keySet()) {
            if (!key.equals("x") && !key.equals("y")) {
                throw new IllegalArgumentException("unknown goal field '" + key + "'; a goal has exactly the fields x and y");
            }
        }
        return new Goal(number(o.get("x"), "x"), number(o.get("y"), "y"));
    }

    private static double number(JsonElement e, String field) {
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw new IllegalArgumentException("goal field " + field + " must be a number, got " + e);
        }
        return e.getAsDouble();
    }
}

package org.jgym.env.mujoco.tasks;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** A goal position (x, y) in the plane; JSON {@code {"position": [x, y]}}. */
public record GoalTask(double x, double y) {
    public GoalTask {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("goal position must be finite, got (" + x + ", " + y + ")");
        }
    }

    public JsonObject toJson() {
        JsonObject o = new JsonObject();
        JsonArray position = new JsonArray();
        position.add(x);
        position.add(y);
        o.add("position", position);
        return o;
    }

    /** @throws IllegalArgumentException naming the missing or bad field */
    public static GoalTask fromJson(JsonElement json) {
        String example = "{\"position\": [1.0, -2.0]}";
        if (json != null && json.isJsonObject() && json.getAsJsonObject().get("position") instanceof JsonArray a
                && a.size() == 2 && a.get(0).isJsonPrimitive() && a.get(0).getAsJsonPrimitive().isNumber()
                && a.get(1).isJsonPrimitive() && a.get(1).getAsJsonPrimitive().isNumber()) {
            return new GoalTask(a.get(0).getAsDouble(), a.get(1).getAsDouble());
        }
        throw new IllegalArgumentException("a goal task needs 'position': two numbers, e.g. " + example + "; got " + json);
    }
}

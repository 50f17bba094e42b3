package org.jgym.env.mujoco.tasks;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** A running direction, +1 (forward) or -1 (backward); JSON {@code {"direction": 1}}. */
public record DirectionTask(int direction) {
    public DirectionTask {
        if (direction != 1 && direction != -1) {
            throw new IllegalArgumentException("direction must be 1 or -1, got " + direction);
        }
    }

    public JsonObject toJson() {
        JsonObject o = new JsonObject();
        o.addProperty("direction", direction);
        return o;
    }

    /** @throws IllegalArgumentException naming the missing or bad field */
    public static DirectionTask fromJson(JsonElement json) {
        double d = TaskJson.number(json, "direction", "{\"direction\": -1}");
        if (d != 1 && d != -1) {
            throw new IllegalArgumentException("direction must be 1 or -1, got " + d);
        }
        return new DirectionTask((int) d);
    }
}

package org.jgym.env.mujoco.tasks;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** A target forward velocity; JSON {@code {"velocity": v}} as pytorch-maml-rl's task dicts. */
public record VelocityTask(double velocity) {
    public VelocityTask {
        if (!Double.isFinite(velocity)) {
            throw new IllegalArgumentException("velocity must be finite, got " + velocity);
        }
    }

    public JsonObject toJson() {
        JsonObject o = new JsonObject();
        o.addProperty("velocity", velocity);
        return o;
    }

    /** @throws IllegalArgumentException naming the missing or bad field */
    public static VelocityTask fromJson(JsonElement json) {
        return new VelocityTask(TaskJson.number(json, "velocity", "{\"velocity\": 1.5}"));
    }
}

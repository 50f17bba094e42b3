package org.jgym.env.mujoco.tasks;

import com.google.gson.JsonElement;

/** Reading one numeric field of a task's JSON form. */
final class TaskJson {
    private TaskJson() {
    }

    static double number(JsonElement json, String key, String example) {
        if (json != null && json.isJsonObject()) {
            JsonElement v = json.getAsJsonObject().get(key);
            if (v != null && v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber()) {
                return v.getAsDouble();
            }
        }
        throw new IllegalArgumentException("a task needs the number '" + key + "', e.g. " + example + "; got " + json);
    }
}

package org.jgym.bridge;

import com.google.gson.JsonArray;
import java.util.List;
import org.jgym.env.api.Env;
import org.jgym.env.api.Json;
import org.jgym.env.api.task.TaskDistribution;
import org.jgym.env.api.task.TaskEnv;
import org.jgym.env.api.task.TaskEnvs;

/** Task sampling and setting with tasks as JSON text, for the Python side. */
final class Tasks {
    private Tasks() {
    }

    /** {@code n} tasks of the env's distribution drawn with {@code seed}, as a JSON list. */
    static String sample(Env<?, ?> env, int n, long seed) {
        TaskDistribution<Object> d = TaskEnvs.find(env).taskDistribution();
        List<Object> tasks = d.sample(n, seed);
        return Json.GSON.toJson(TaskEnvs.toJson(d, tasks));
    }

    /** {@code n} tasks of the registered distribution {@code distribution}, as a JSON list. */
    static String sample(TaskDistribution<?> distribution, int n, long seed) {
        JsonArray a = TaskEnvs.toJson(distribution, distribution.sample(n, seed));
        return Json.GSON.toJson(a);
    }

    static void set(Env<?, ?> env, String taskJson) {
        TaskEnvs.setTaskFromJson(env, Json.parse(taskJson, "task"));
    }

    /** The env's current task as JSON, or null when it has none yet. */
    static String current(Env<?, ?> env) {
        TaskEnv<Object> t = TaskEnvs.find(env);
        Object task = t.task();
        return task == null ? null : Json.GSON.toJson(t.taskDistribution().toJson(task));
    }
}

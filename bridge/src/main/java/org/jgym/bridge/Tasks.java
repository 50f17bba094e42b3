package org.jgym.bridge;

import com.google.gson.JsonArray;
import java.util.List;
import org.jgym.env.api.Env;
import org.jgym.env.api.Json;
import org.jgym.env.api.JgymException;
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

    /** Longest error message about a task sent back: a rejected task may be megabytes, its echo must not be. */
    private static final int MAX_MESSAGE = 400;

    static void set(Env<?, ?> env, String taskJson) {
        try {
            TaskEnvs.setTaskFromJson(env, Json.parse(taskJson, "task"));
        } catch (JgymException e) {
            throw shortened(e);
        }
    }

    /** {@code e}, or a JgymException with its message cut to {@link #MAX_MESSAGE} characters. */
    static JgymException shortened(JgymException e) {
        String m = e.getMessage();
        if (m == null || m.length() <= MAX_MESSAGE) {
            return e;
        }
        return new JgymException(m.substring(0, MAX_MESSAGE) + "... (" + (m.length() - MAX_MESSAGE)
                + " more characters cut)");
    }

    /** The env's current task as JSON, or null when it has none yet. */
    static String current(Env<?, ?> env) {
        TaskEnv<Object> t = TaskEnvs.find(env);
        Object task = t.task();
        return task == null ? null : Json.GSON.toJson(t.taskDistribution().toJson(task));
    }
}

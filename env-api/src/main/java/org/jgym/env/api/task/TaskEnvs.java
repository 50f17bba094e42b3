package org.jgym.env.api.task;

import com.google.gson.JsonElement;
import java.util.List;
import org.jgym.env.api.Env;
import org.jgym.env.api.JgymException;
import org.jgym.env.api.Json;

/** Finds the {@link TaskEnv} under wrappers and sets tasks given as objects or JSON. */
public final class TaskEnvs {
    private TaskEnvs() {
    }

    /** True when the env (under its wrappers) takes tasks. */
    public static boolean isTaskEnv(Env<?, ?> env) {
        return env.unwrapped() instanceof TaskEnv<?>;
    }

    /**
     * The env's task interface.
     *
     * @throws JgymException if the env has no task distribution
     */
    public static TaskEnv<Object> find(Env<?, ?> env) {
        if (env.unwrapped() instanceof TaskEnv<?> t) {
            @SuppressWarnings("unchecked")
            TaskEnv<Object> typed = (TaskEnv<Object>) t;
            return typed;
        }
        String id = env.spec() != null ? env.spec().id() : env.unwrapped().getClass().getSimpleName();
        throw new JgymException(id + " has no task distribution: it does not take tasks (setTask)");
    }

    /** Sets a task object of the env's task type. */
    public static void setTask(Env<?, ?> env, Object task) {
        TaskEnv<Object> t = find(env);
        Class<?> type = t.taskDistribution().taskType();
        if (!type.isInstance(task)) {
            throw new JgymException("task must be a " + type.getSimpleName() + " of distribution "
                    + t.taskDistribution().id() + ", got " + (task == null ? "null" : task.getClass().getSimpleName()));
        }
        t.setTask(task);
    }

    /** Sets a task given as JSON. */
    public static void setTaskFromJson(Env<?, ?> env, JsonElement json) {
        TaskEnv<Object> t = find(env);
        Object task;
        try {
            task = t.taskDistribution().fromJson(json);
        } catch (RuntimeException e) {
            throw new JgymException("not a task of " + t.taskDistribution().id() + ": " + e.getMessage() + " (got " + json + ")");
        }
        t.setTask(task);
    }

    /** Sets a task given as a task object, JSON text, a JsonElement, or maps and lists convertible to JSON. */
    public static void setTaskFromAny(Env<?, ?> env, Object task) {
        TaskEnv<Object> t = find(env);
        if (t.taskDistribution().taskType().isInstance(task)) {
            t.setTask(task);
        } else if (task instanceof String s) {
            setTaskFromJson(env, Json.parse(s, "task"));
        } else if (task instanceof JsonElement j) {
            setTaskFromJson(env, j);
        } else {
            setTaskFromJson(env, Json.GSON.toJsonTree(task));
        }
    }

    /** JSON of a list of tasks of {@code distribution}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static com.google.gson.JsonArray toJson(TaskDistribution<?> distribution, List<?> tasks) {
        com.google.gson.JsonArray a = new com.google.gson.JsonArray();
        for (Object task : tasks) {
            a.add(((TaskDistribution) distribution).toJson(task));
        }
        return a;
    }
}

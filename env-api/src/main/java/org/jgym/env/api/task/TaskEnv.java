package org.jgym.env.api.task;

/**
 * An env that takes tasks from a {@link TaskDistribution}; implemented by the unwrapped env.
 *
 * @param <T> the task type
 */
public interface TaskEnv<T> {

    /** The distribution the env's tasks come from, configured by the env's kwargs. */
    TaskDistribution<T> taskDistribution();

    /** Sets the task; it takes effect at the next reset. */
    void setTask(T task);

    /** The current task. */
    T task();
}

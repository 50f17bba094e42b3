package org.jgym.env.api.task;

/**
 * An env that takes tasks from a {@link TaskDistribution}; implemented by the unwrapped env.
 *
 * <p>One rule for tasks: an env's tasks come from its own {@link #taskDistribution()}, which follows the env's
 * kwargs; learners, {@code jgym tasks ENV --kwargs ...} and the bridge all use it. The distribution registered under
 * the spec's {@code taskDistribution(id)} is the one the env has with its default kwargs (the test kit checks
 * this), for sampling tasks without making an env.
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

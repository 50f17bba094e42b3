package org.jgym.env.api.task;

import com.google.gson.JsonElement;
import java.util.List;
import java.util.OptionalLong;
import java.util.random.RandomGenerator;
import org.jgym.env.api.Seeding;

/**
 * A distribution over tasks of a meta-RL env family (goals, target velocities, chemistries, ...).
 *
 * @param <T> the task type; tasks are immutable and serialize to and from JSON
 */
public interface TaskDistribution<T> {

    /** The registered id, e.g. {@code navigation2d/uniform}. */
    String id();

    /** Draws {@code n} tasks from {@code random}. */
    List<T> sample(int n, RandomGenerator random);

    /** Draws {@code n} tasks from a generator seeded with {@code seed}: the same seed gives the same tasks. */
    default List<T> sample(int n, long seed) {
        if (n < 0) {
            throw new IllegalArgumentException(id() + ": number of tasks must be >= 0, got " + n);
        }
        return sample(n, Seeding.generator(Seeding.checkSeed(seed)));
    }

    /** The number of distinct tasks when the support is finite, else empty. */
    OptionalLong size();

    /** The task type, used to check tasks handed to {@code setTask}. */
    Class<T> taskType();

    JsonElement toJson(T task);

    /**
     * @throws IllegalArgumentException naming the bad field when {@code json} is not a task of this distribution
     */
    T fromJson(JsonElement json);
}

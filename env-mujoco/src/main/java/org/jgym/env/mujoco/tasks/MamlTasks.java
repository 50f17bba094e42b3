package org.jgym.env.mujoco.tasks;

import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.jgym.env.api.task.TaskDistribution;

/**
 * The task distributions of pytorch-maml-rl's locomotion families: target velocities uniform on [low, high]
 * ({@code halfcheetah/vel} U[0, 2], {@code ant/vel} U[0, 3]), directions +-1 with probability 1/2
 * ({@code halfcheetah/dir}, {@code ant/dir}) and goal positions uniform on [low, high]^2 ({@code ant/goal},
 * U[-3, 3]^2).
 *
 * @param <T> the task type
 */
public final class MamlTasks<T> implements TaskDistribution<T> {
    private final String id;
    private final Class<T> type;
    private final Function<RandomGenerator, T> draw;
    private final Function<T, JsonElement> toJson;
    private final Function<JsonElement, T> fromJson;
    private final java.util.function.Predicate<T> supports;
    private final String support;
    private final OptionalLong size;

    private MamlTasks(String id, Class<T> type, Function<RandomGenerator, T> draw, Function<T, JsonElement> toJson,
            Function<JsonElement, T> fromJson, java.util.function.Predicate<T> supports, String support,
            OptionalLong size) {
        this.id = id;
        this.type = type;
        this.draw = draw;
        this.toJson = toJson;
        this.fromJson = fromJson;
        this.supports = supports;
        this.support = support;
        this.size = size;
    }

    /** Target velocities uniform on [low, high]: low + (high - low) u. */
    public static MamlTasks<VelocityTask> velocities(String id, double low, double high) {
        return new MamlTasks<>(id, VelocityTask.class, r -> new VelocityTask(low + (high - low) * r.nextDouble()),
                VelocityTask::toJson, VelocityTask::fromJson, t -> t.velocity() >= low && t.velocity() <= high,
                "velocity in [" + low + ", " + high + "]", OptionalLong.empty());
    }

    /** Directions 2 x Bernoulli(0.5) - 1. */
    public static MamlTasks<DirectionTask> directions(String id) {
        return new MamlTasks<>(id, DirectionTask.class, r -> new DirectionTask(r.nextBoolean() ? 1 : -1),
                DirectionTask::toJson, DirectionTask::fromJson, t -> true, "direction 1 or -1", OptionalLong.of(2));
    }

    /** Goal positions uniform on [low, high]^2, x drawn first. */
    public static MamlTasks<GoalTask> goals(String id, double low, double high) {
        return new MamlTasks<>(id, GoalTask.class, r -> {
            double x = low + (high - low) * r.nextDouble();
            return new GoalTask(x, low + (high - low) * r.nextDouble());
        }, GoalTask::toJson, GoalTask::fromJson, t -> t.x() >= low && t.x() <= high && t.y() >= low && t.y() <= high,
                "position in [" + low + ", " + high + "]^2", OptionalLong.empty());
    }

    /** One task drawn from {@code random}. */
    public T draw(RandomGenerator random) {
        return draw.apply(random);
    }

    /** @throws IllegalArgumentException when the task lies outside the support */
    public T check(T task) {
        if (!supports.test(task)) {
            throw new IllegalArgumentException(id + ": task " + task + " lies outside the support (" + support + ")");
        }
        return task;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<T> sample(int n, RandomGenerator random) {
        if (n < 0) {
            throw new IllegalArgumentException(id + ": number of tasks must be >= 0, got " + n);
        }
        List<T> tasks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            tasks.add(draw(random));
        }
        return tasks;
    }

    @Override
    public OptionalLong size() {
        return size;
    }

    @Override
    public Class<T> taskType() {
        return type;
    }

    @Override
    public JsonElement toJson(T task) {
        return toJson.apply(task);
    }

    @Override
    public T fromJson(JsonElement json) {
        return fromJson.apply(json);
    }

    @Override
    public String toString() {
        return id + " (" + support + ")";
    }
}

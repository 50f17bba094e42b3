package org.jgym.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jgym.env.api.Env;
import org.jgym.env.api.registry.EnvSpec;
import org.jgym.env.api.registry.Registry;
import org.jgym.env.api.task.TaskDistribution;
import org.jgym.env.api.task.TaskEnvs;
import org.junit.jupiter.api.Test;

/**
 * The contract of a task distribution, as JUnit 5 tests: extend this class and name the distribution (and, when
 * an env takes its tasks, the env).
 *
 * <pre>{@code
 * class MassesContractTest extends TaskDistributionContract {
 *     protected String distributionId() { return "pendulum/masses"; }
 *     protected String envId() { return "Pendulum-v0"; }
 * }
 * }</pre>
 *
 * <p>Checks: the same seed gives the same tasks; tasks survive a JSON round trip; {@code fromJson} refuses what is
 * not a task; a finite size bounds the distinct tasks; and, with {@link #envId()}, the env's own distribution with
 * default kwargs is the registered one (jgym's one rule for tasks) and the env runs an episode on every task.
 */
public abstract class TaskDistributionContract {
    private static final int TASKS = 50;

    /** The id of the distribution under test, e.g. {@code pendulum/masses}. */
    protected abstract String distributionId();

    /** The env whose tasks come from this distribution, or null. */
    protected String envId() {
        return null;
    }

    /** Where the distribution comes from; by default the plugins on the test class path. */
    protected Registry registry() {
        return Plugins.registry();
    }

    @SuppressWarnings("unchecked")
    private TaskDistribution<Object> distribution() {
        return (TaskDistribution<Object>) registry().taskDistribution(distributionId());
    }

    @Test
    void theSameSeedGivesTheSameTasks() {
        TaskDistribution<Object> d = distribution();
        assertEquals(json(d, d.sample(TASKS, 11)), json(d, d.sample(TASKS, 11)));
        assertEquals(distributionId(), d.id(), "the distribution's id() must be its registered id");
    }

    @Test
    void tasksAreOfTheTaskTypeAndSurviveAJsonRoundTrip() {
        TaskDistribution<Object> d = distribution();
        for (Object task : d.sample(TASKS, 3)) {
            assertTrue(d.taskType().isInstance(task), task + " is not a " + d.taskType().getSimpleName());
            JsonElement json = d.toJson(task);
            assertEquals(json, d.toJson(d.fromJson(json)), "toJson(fromJson(json)) must give json back");
        }
    }

    @Test
    void fromJsonRefusesWhatIsNotATask() {
        TaskDistribution<Object> d = distribution();
        JsonObject notATask = new JsonObject();
        notATask.addProperty("not_a_task", "x");
        assertThrows(RuntimeException.class, () -> d.fromJson(notATask), "fromJson must refuse " + notATask);
    }

    @Test
    void aFiniteSizeBoundsTheDistinctTasks() {
        TaskDistribution<Object> d = distribution();
        if (d.size().isPresent()) {
            assertTrue(d.size().getAsLong() > 0, "size must be > 0");
            Set<String> distinct = new HashSet<>();
            d.sample(500, 5).forEach(t -> distinct.add(d.toJson(t).toString()));
            assertTrue(distinct.size() <= d.size().getAsLong(), distinct.size() + " distinct tasks, size "
                    + d.size().getAsLong());
        }
    }

    @Test
    void theEnvTakesItsTasksFromThisDistribution() {
        if (envId() == null) {
            return;
        }
        EnvSpec spec = registry().spec(envId());
        assertEquals(distributionId(), spec.taskDistributionId(), "the spec must name this distribution");
        TaskDistribution<Object> registered = distribution();
        try (Env<Object, Object> env = registry().make(envId())) {
            TaskDistribution<?> own = TaskEnvs.find(env).taskDistribution();
            assertEquals(json(registered, registered.sample(TASKS, 21)), jsonOf(own, 21),
                    "with default kwargs the env's own taskDistribution() must sample what the registered one does");
            for (Object task : registered.sample(3, 22)) {
                TaskEnvs.setTask(env, task);
                env.reset(0);
                env.actionSpace().seed(0);
                env.step(env.actionSpace().sample());
            }
        }
    }

    private static JsonArray json(TaskDistribution<Object> d, List<Object> tasks) {
        return TaskEnvs.toJson(d, tasks);
    }

    private static JsonArray jsonOf(TaskDistribution<?> d, long seed) {
        return TaskEnvs.toJson(d, d.sample(TASKS, seed));
    }
}

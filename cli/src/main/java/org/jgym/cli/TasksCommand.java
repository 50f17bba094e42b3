package org.jgym.cli;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.jgym.env.api.Env;
import org.jgym.env.api.Json;
import org.jgym.env.api.JgymException;
import org.jgym.env.api.UnknownIdException;
import org.jgym.env.api.registry.EnvSpec;
import org.jgym.env.api.registry.Registry;
import org.jgym.env.api.task.TaskDistribution;
import org.jgym.env.api.task.TaskEnvs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jgym tasks ID}: a task distribution's size and sampled tasks as JSON. */
@Command(name = "tasks", mixinStandardHelpOptions = true,
        description = "Show a task distribution's size (when finite) and sample tasks as JSON. ID is a task "
                + "distribution id or an env id: then the distribution of the env made with --kwargs (its own "
                + "TaskEnv.taskDistribution(), the one its tasks really come from).")
final class TasksCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ID", description = "task distribution id or env id")
    String id;

    @Option(names = "--kwargs", paramLabel = "JSON", description = "env kwargs as a JSON object (ID must be an env id)")
    String kwargs;

    @Option(names = "--sample", defaultValue = "5", description = "number of tasks to sample, default ${DEFAULT-VALUE}")
    int sample;

    @Option(names = "--seed", required = true, description = "seed of the sampler (>= 0)")
    long seed;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        if (sample < 0) {
            throw new JgymException("--sample must be >= 0, got " + sample);
        }
        TaskDistribution<?> dist = resolve(Registries.registry(), id, Registries.kwargs(kwargs));
        List<?> tasks = dist.sample(sample, seed);
        OptionalLong size = dist.size();
        JsonObject o = new JsonObject();
        o.addProperty("id", dist.id());
        if (size.isPresent()) {
            o.addProperty("size", size.getAsLong());
        } else {
            o.addProperty("size", "infinite");
        }
        o.addProperty("seed", seed);
        o.add("tasks", TaskEnvs.toJson(dist, tasks));
        if (json) {
            System.out.println(Json.GSON.toJson(o));
        } else {
            System.out.println(dist.id() + ": " + (size.isPresent() ? String.format("%,d distinct tasks", size.getAsLong())
                    : "continuous (infinitely many tasks)"));
            for (var t : o.getAsJsonArray("tasks")) {
                System.out.println("  " + Json.GSON.toJson(t));
            }
        }
        return 0;
    }

    /**
     * The distribution {@code id} names: a registered distribution, or the one of env {@code id} made with
     * {@code kwargs} (one rule for both the CLI and the learners: an env's tasks come from its own distribution).
     */
    static TaskDistribution<?> resolve(Registry registry, String id, Map<String, Object> kwargs) {
        try {
            TaskDistribution<?> registered = registry.taskDistribution(id);
            if (!kwargs.isEmpty()) {
                throw new JgymException("--kwargs applies to an env id; " + id + " is a task distribution");
            }
            return registered;
        } catch (UnknownIdException notADistribution) {
            EnvSpec spec;
            try {
                spec = registry.spec(id);
            } catch (UnknownIdException notAnEnv) {
                throw notADistribution;
            }
            try (Env<?, ?> env = registry.make(spec.id(), kwargs)) {
                if (!TaskEnvs.isTaskEnv(env)) {
                    throw new JgymException(spec.id() + " has no task distribution: it does not take tasks");
                }
                return TaskEnvs.find(env).taskDistribution();
            }
        }
    }
}

package org.jgym.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jgym.env.api.Json;
import org.jgym.env.api.agent.AgentSpec;
import org.jgym.env.api.registry.EnvSpec;
import org.jgym.env.api.registry.Registry;
import org.jgym.env.api.registry.TaskDistributionSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jgym list}: environments, task distributions and agents, with the jar each comes from. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List environments, task distributions and agents, with the jar each comes from.")
final class ListCommand implements Callable<Integer> {
    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        Registry r = Registries.registry();
        if (json) {
            JsonObject o = new JsonObject();
            JsonArray envs = new JsonArray();
            for (EnvSpec s : r.specs()) {
                JsonObject e = s.toJson();
                e.addProperty("jar", r.origin(s.id()).location());
                envs.add(e);
            }
            JsonArray tasks = new JsonArray();
            for (TaskDistributionSpec t : r.taskDistributionSpecs()) {
                JsonObject e = new JsonObject();
                e.addProperty("id", t.id());
                e.addProperty("description", t.description());
                e.addProperty("jar", r.taskDistributionOrigin(t.id()).location());
                tasks.add(e);
            }
            JsonArray agents = new JsonArray();
            for (AgentSpec a : r.agentSpecs()) {
                JsonObject e = new JsonObject();
                e.addProperty("name", a.name());
                e.addProperty("description", a.description());
                e.add("envs", Json.GSON.toJsonTree(a.envNames()));
                if (a.params() != null) {
                    JsonObject ps = new JsonObject();
                    a.params().forEach(p -> ps.add(p.name(), p.toJson()));
                    e.add("params", ps);
                }
                e.addProperty("jar", r.agentOrigin(a).location());
                agents.add(e);
            }
            o.add("envs", envs);
            o.add("task_distributions", tasks);
            o.add("agents", agents);
            System.out.println(Json.GSON.toJson(o));
            return 0;
        }
        System.out.println("Environments:");
        for (EnvSpec s : r.specs()) {
            row(s.id(), s.description(), r.origin(s.id()).location());
        }
        System.out.println("Task distributions:");
        for (TaskDistributionSpec t : r.taskDistributionSpecs()) {
            row(t.id(), t.description(), r.taskDistributionOrigin(t.id()).location());
        }
        System.out.println("Agents:");
        for (AgentSpec a : r.agentSpecs()) {
            String scope = a.envNames().isEmpty() ? "any env" : String.join(", ", new java.util.TreeSet<>(a.envNames()));
            row(a.name() + " (" + scope + ")", a.description(), r.agentOrigin(a).location());
        }
        return 0;
    }

    /** One line: the name, then its jar, then the description (long names do not push the columns apart). */
    private static void row(String name, String description, String location) {
        System.out.printf("  %s  [%s]%n      %s%n", name, jar(location), description);
    }

    private static String jar(String location) {
        Path p = Path.of(location);
        return p.getFileName() == null ? location : p.getFileName().toString();
    }
}

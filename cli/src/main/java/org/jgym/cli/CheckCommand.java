package org.jgym.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.concurrent.Callable;
import org.jgym.env.api.Env;
import org.jgym.env.api.Json;
import org.jgym.env.api.JgymException;
import org.jgym.env.api.check.CheckReport;
import org.jgym.env.api.check.EnvChecker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jgym check ID}: runs the EnvChecker; exit 1 when a check fails. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check that an environment follows the reset/step contract (like gymnasium's check_env), "
                + "then play --episodes whole episodes of random actions.")
final class CheckCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ID", description = "environment id, e.g. Navigation2D-v0")
    String id;

    @Option(names = "--kwargs", paramLabel = "JSON", description = "kwargs as a JSON object")
    String kwargs;

    @Option(names = "--episodes", paramLabel = "K", defaultValue = "" + EnvChecker.DEFAULT_EPISODES,
            description = "whole episodes of seeded random actions to play (every observation in its space, finite "
                    + "rewards, JSON info, same episode for the same seed, a frame on every step); 0 for the "
                    + "reset/step checks only; default ${DEFAULT-VALUE}")
    int episodes;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        if (episodes < 0) {
            throw new JgymException("--episodes must be >= 0, got " + episodes);
        }
        CheckReport report;
        try (Env<Object, Object> env = Registries.registry().make(id, Registries.kwargs(kwargs))) {
            report = EnvChecker.check(env, episodes);
        }
        if (json) {
            JsonObject o = new JsonObject();
            o.addProperty("env", report.envId());
            o.addProperty("passed", report.passed());
            o.addProperty("episodes", episodes);
            JsonArray items = new JsonArray();
            for (CheckReport.Item i : report.items()) {
                JsonObject j = new JsonObject();
                j.addProperty("check", i.check());
                j.addProperty("status", i.status().name());
                j.addProperty("message", i.message());
                items.add(j);
            }
            o.add("checks", items);
            System.out.println(Json.GSON.toJson(o));
        } else {
            System.out.print(report);
            System.out.println(report.passed() ? "passed (" + report.warnings().size() + " warnings)"
                    : "FAILED: " + report.failures().size() + " check(s)");
        }
        return report.passed() ? 0 : 1;
    }
}

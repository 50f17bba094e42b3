package org.jgym.cli;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jgym.env.api.Env;
import org.jgym.env.api.EnvMetadata;
import org.jgym.env.api.Frame;
import org.jgym.env.api.Json;
import org.jgym.env.api.JgymException;
import org.jgym.env.api.RgbFrame;
import org.jgym.env.api.agent.Agent;
import org.jgym.env.api.agent.EpisodeStats;
import org.jgym.env.api.agent.Rollouts;
import org.jgym.env.api.registry.Kwargs;
import org.jgym.env.api.registry.Registry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jgym rollout ID}: runs an agent for N episodes and prints return and length statistics and speed. */
@Command(name = "rollout", mixinStandardHelpOptions = true,
        description = "Run an agent for N episodes; print mean/std return and length, final info and steps/s.")
final class RolloutCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ID", description = "environment id")
    String id;

    @Option(names = "--kwargs", paramLabel = "JSON", description = "env kwargs as a JSON object")
    String kwargs;

    @Option(names = "--agent", defaultValue = "random", description = "agent name (see 'jgym list'), default ${DEFAULT-VALUE}")
    String agentName;

    @Option(names = "--agent-kwargs", paramLabel = "JSON", description = "agent options as a JSON object")
    String agentKwargs;

    @Option(names = "--episodes", required = true, description = "number of episodes (> 0)")
    int episodes;

    @Option(names = "--seed", required = true, description = "seed of the first reset and of the agent (>= 0)")
    long seed;

    @Option(names = "--render", paramLabel = "PNG", description = "write the last episode's final frame to this PNG")
    Path render;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        if (episodes <= 0) {
            throw new JgymException("--episodes must be > 0, got " + episodes);
        }
        if (seed < 0) {
            throw new JgymException("--seed must be >= 0, got " + seed);
        }
        if (render != null && java.nio.file.Files.isDirectory(render)) {
            throw new JgymException("--render needs a PNG file name, but " + render + " is a directory (e.g. --render "
                    + render.resolve(id.replace('/', '_') + ".png") + ")");
        }
        Registry registry = Registries.registry();
        Map<String, Object> envKwargs = new LinkedHashMap<>(Registries.kwargs(kwargs));
        if (render != null) {
            envKwargs.put(Kwargs.RENDER_MODE, EnvMetadata.RGB_ARRAY);
        }
        EpisodeStats stats;
        try (Env<Object, Object> env = registry.make(id, envKwargs);
                Progress progress = new Progress(id + " " + agentName, episodes, "episodes")) {
            Agent<Object, Object> agent = registry.makeAgent(agentName, env, seed, Registries.kwargs(agentKwargs));
            stats = Rollouts.run(env, agent, episodes, seed, progress::stepTo);
            if (render != null) {
                Frame frame = env.render();
                if (!(frame instanceof RgbFrame rgb)) {
                    throw new JgymException(id + " returned no rgb_array frame to save");
                }
                rgb.writePng(render);
            }
        }
        print(stats);
        return 0;
    }

    private void print(EpisodeStats s) {
        if (json) {
            JsonObject o = new JsonObject();
            o.addProperty("env", id);
            o.addProperty("agent", agentName);
            o.addProperty("episodes", s.episodes());
            o.addProperty("seed", seed);
            o.addProperty("mean_return", s.meanReturn());
            o.addProperty("std_return", s.stdReturn());
            o.addProperty("stderr_return", s.stderrReturn());
            o.addProperty("mean_length", s.meanLength());
            o.addProperty("total_steps", s.totalSteps());
            o.addProperty("seconds", s.seconds());
            o.addProperty("steps_per_second", s.stepsPerSecond());
            o.add("final_info", Json.GSON.toJsonTree(s.finalInfo()));
            if (render != null) {
                o.addProperty("render", render.toString());
            }
            System.out.println(Json.GSON.toJson(o));
            return;
        }
        System.out.printf("%s, agent %s, %d episodes, seed %d%n", id, agentName, s.episodes(), seed);
        System.out.printf("  return   mean %s  std %s  (stderr %s)%n", Output.number(s.meanReturn()),
                Output.number(s.stdReturn()), Output.number(s.stderrReturn()));
        System.out.printf("  length   mean %s%n", Output.number(s.meanLength()));
        s.finalInfo().forEach((k, v) -> System.out.printf("  %-8s mean %s at episode end%n", k, Output.number(v)));
        System.out.printf("  speed    %s steps/s (%d steps in %.2f s)%n", Output.rate(s.stepsPerSecond()),
                s.totalSteps(), s.seconds());
        if (render != null) {
            System.out.println("  render   " + render);
        }
    }
}

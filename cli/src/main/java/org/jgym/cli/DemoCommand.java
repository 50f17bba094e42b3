package org.jgym.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jgym.env.api.Env;
import org.jgym.env.api.EnvMetadata;
import org.jgym.env.api.RgbFrame;
import org.jgym.env.api.agent.Agent;
import org.jgym.env.api.agent.EpisodeStats;
import org.jgym.env.api.agent.Rollouts;
import org.jgym.env.api.registry.Kwargs;
import org.jgym.env.api.registry.Registry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jgym demo}: rollouts on both navigation families with embedded defaults, a summary table and PNG renders. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Roll out the random and greedy agents on both navigation families; print a summary table and "
                + "write PNG renders.")
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--out", defaultValue = "out/demo", description = "folder for the PNG renders, default ${DEFAULT-VALUE}")
    Path out;

    @Option(names = "--episodes", defaultValue = "20", description = "episodes per row, default ${DEFAULT-VALUE}")
    int episodes;

    @Option(names = "--seed", defaultValue = "0", description = "seed, default ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--meta-iterations", defaultValue = "15",
            description = "MAML meta-iterations on Navigation2D after the rollouts (0 skips), default ${DEFAULT-VALUE}")
    int metaIterations;

    private record Row(String env, Map<String, Object> kwargs, String agent) {
    }

    @Override
    public Integer call() {
        List<Row> rows = new ArrayList<>();
        for (String agent : List.of("random", "greedy")) {
            rows.add(new Row("Navigation2D-v0", Map.of(), agent));
        }
        for (String obstacles : List.of("none", "easy", "medium", "hard")) {
            for (String agent : List.of("random", "greedy")) {
                rows.add(new Row("ObstacleNavigation-v0", Map.of("obstacles", obstacles), agent));
            }
        }
        Registry registry = Registries.registry();
        System.out.printf("%-22s %-20s %-7s %10s %9s %7s %9s %12s  %s%n", "env", "kwargs", "agent", "return", "std",
                "length", "distance", "steps/s", "render");
        try (Progress progress = new Progress("demo", rows.size(), "rows")) {
            int done = 0;
            for (Row row : rows) {
                Map<String, Object> kwargs = new LinkedHashMap<>(row.kwargs());
                kwargs.put(Kwargs.RENDER_MODE, EnvMetadata.RGB_ARRAY);
                try (Env<Object, Object> env = registry.make(row.env(), kwargs)) {
                    Agent<Object, Object> agent = registry.makeAgent(row.agent(), env, seed, Map.of());
                    EpisodeStats s = Rollouts.run(env, agent, episodes, seed);
                    Path png = out.resolve(row.env().replace("-v0", "").toLowerCase() + "-"
                            + String.join("-", row.kwargs().values().stream().map(Object::toString).toList())
                            + (row.kwargs().isEmpty() ? "" : "-") + row.agent() + ".png");
                    ((RgbFrame) env.render()).writePng(png);
                    Double distance = s.finalInfo().get("distance");
                    System.out.printf("%-22s %-20s %-7s %10s %9s %7.1f %9s %12s  %s%n", row.env(),
                            row.kwargs().isEmpty() ? "-" : row.kwargs().toString(), row.agent(),
                            Output.number(s.meanReturn()), Output.number(s.stdReturn()), s.meanLength(),
                            distance == null ? "-" : Output.number(distance), Output.rate(s.stepsPerSecond()), png);
                }
                progress.stepTo(++done);
            }
        }
        NativeEnvsDemoSection.run(out, seed);
        System.out.println("Renders (last episode of each row) are in " + out.toAbsolutePath());
        MetaDemoSection.run(out, seed, metaIterations);
        return 0;
    }
}

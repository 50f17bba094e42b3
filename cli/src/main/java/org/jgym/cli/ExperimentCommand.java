package org.jgym.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jgym.agents.experiments.ExperimentOptions;
import org.jgym.agents.experiments.ExperimentResult;
import org.jgym.agents.experiments.Experiments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jgym experiment NAME}: re-runs one of the seeds' studies, writing a table and a plot. */
@Command(name = "experiment", mixinStandardHelpOptions = true,
        description = "Re-run a study from the seed papers: inner-steps (seed 000), meta-optimizers (seed 001), "
                + "first-order (MAML vs FOMAML, seeds 000/003/004).")
final class ExperimentCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "inner-steps, meta-optimizers or first-order")
    String name;
    @Option(names = "--out", description = "output directory (default out/experiments/NAME)")
    Path out;
    @Option(names = "--seed", defaultValue = "0", description = "seed, default ${DEFAULT-VALUE}")
    long seed;
    @Option(names = "--threads", description = "threads (default: all cores)")
    Integer threads;
    @Option(names = "--iterations", defaultValue = "0", description = "meta-iterations per run (0 = the study's default)")
    int iterations;
    @Option(names = "--env", description = "env of meta-optimizers (default Navigation2D-v0; seed 001's: "
            + "HalfCheetahDir-v0)")
    String env;
    @Option(names = "--seeds", defaultValue = "0", description = "seeds per setting where repeated (0 = default)")
    int seeds;

    @Override
    public Integer call() {
        if (!Experiments.NAMES.contains(name)) {
            throw new IllegalArgumentException("unknown experiment '" + name + "'; known: " + String.join(", ", Experiments.NAMES));
        }
        if (env != null && !name.equals("meta-optimizers")) {
            throw new IllegalArgumentException("--env applies only to the meta-optimizers experiment; " + name
                    + " runs on its seed's env");
        }
        if (env != null) Registries.registry().spec(env);
        Path dir = out == null ? Path.of("out", "experiments", name) : out;
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        String[] stage = {""};
        Progress[] progress = {null};
        ExperimentOptions options = new ExperimentOptions(Registries.registry(), dir, seed, t, iterations, seeds,
                (s, done, total) -> {
                    if (!s.equals(stage[0])) {
                        if (progress[0] != null) progress[0].close();
                        stage[0] = s;
                        progress[0] = new Progress(name + " " + s, total, "it");
                    }
                    progress[0].stepTo(done);
                }, env);
        ExperimentResult result;
        try {
            result = Experiments.run(name, options);
        } finally {
            if (progress[0] != null) progress[0].close();
        }
        System.out.print(result.render());
        return 0;
    }
}

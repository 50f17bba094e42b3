package org.jgym.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jgym.agents.policy.Policies;
import org.jgym.env.api.JgymException;
import org.jgym.agents.sampling.GymTaskEnvironment;
import org.jgym.agents.train.MetaTrainer;
import org.jgym.agents.train.TrainConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jgym train}: meta-trains a policy (MAML, FOMAML, Reptile, or the pretrained baseline). */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Meta-train a policy on an env with a task distribution; writes logs, checkpoints and plots to --out.")
final class TrainCommand implements Callable<Integer> {
    @Option(names = "--algo", description = "maml, fomaml, reptile or pretrain (default maml)")
    String algo;
    @Option(names = "--meta-opt", description = "outer optimizer: trpo, vpg or ppo (default trpo)")
    String metaOpt;
    @Option(names = "--env", description = "env id (default Navigation2D-v0)")
    String env;
    @Option(names = "--kwargs", paramLabel = "JSON", description = "env kwargs as a JSON object")
    String kwargs;
    @Option(names = "--iterations", description = "meta-iterations (default 500)")
    Integer iterations;
    @Option(names = "--minutes", description = "wall-time budget: stop after the iteration that crosses it and "
            + "write the checkpoint (with --iterations as the cap; default: no limit)")
    Double minutes;
    @Option(names = "--meta-batch", description = "tasks per meta-iteration (default 20)")
    Integer metaBatch;
    @Option(names = "--fast-batch", description = "episodes per task and step (default 20)")
    Integer fastBatch;
    @Option(names = "--inner-steps", description = "inner adaptation steps N (default 1)")
    Integer innerSteps;
    @Option(names = "--inner-lr", description = "inner step size alpha (default 0.5)")
    Double innerLr;
    @Option(names = "--meta-lr", description = "outer lr for vpg/ppo (default 0.01)")
    Double metaLr;
    @Option(names = "--hidden", description = "hidden sizes, e.g. 100,100")
    String hidden;
    @Option(names = "--nonlinearity", description = "tanh or relu (default relu)")
    String nonlinearity;
    @Option(names = "--threads", description = "sampling/update threads (default: all cores)")
    Integer threads;
    @Option(names = "--config", paramLabel = "FILE", description = "JSON config file (any TrainConfig field); options override it")
    Path configFile;
    @Option(names = "--seed", required = true, description = "seed (>= 0)")
    long seed;
    @Option(names = "--out", required = true, description = "output directory")
    Path out;
    @Option(names = "--resume", description = "continue from the checkpoint in --out")
    boolean resume;
    @Option(names = "--overwrite", description = "start over in an --out directory that already holds a run")
    boolean overwrite;
    @Option(names = "--json", description = "print one JSON summary object as the last line")
    boolean json;

    @Override
    public Integer call() {
        checkOut();
        TrainConfig c = resume && configFile == null && Files.exists(out.resolve("config.json"))
                ? MetaTrainer.readConfig(out) : configFile == null ? new TrainConfig() : readConfig(configFile);
        if (algo != null) c.algo = algo;
        if (metaOpt != null) c.metaOpt = metaOpt;
        if (env != null) c.env = env;
        if (kwargs != null) c.kwargs = Registries.kwargs(kwargs);
        if (iterations != null) c.iterations = iterations;
        if (minutes != null) c.minutes = minutes;
        if (metaBatch != null) c.metaBatch = metaBatch;
        if (fastBatch != null) c.fastBatch = fastBatch;
        if (innerSteps != null) c.innerSteps = innerSteps;
        if (innerLr != null) c.innerLr = innerLr;
        if (metaLr != null) c.metaLr = metaLr;
        if (hidden != null) c.hidden = Policies.parseHidden(hidden);
        if (nonlinearity != null) c.activation = nonlinearity;
        if (threads != null) c.threads = threads;
        c.seed = seed;
        c.validate();
        GymTaskEnvironment environment = new GymTaskEnvironment(Registries.registry(), c.env, c.kwargs, c.metricKey);
        MetaTrainer trainer = new MetaTrainer(c, environment, out);
        System.err.printf("jgym train: %s%s on %s, %d iterations%s x %d tasks x %d episodes, %d inner step(s), "
                + "seed %d -> %s%n",
                c.algo, c.algo.equals("reptile") ? "" : "-" + c.metaOpt, c.env, c.iterations,
                c.minutes > 0 ? String.format(" or %.4g minutes", c.minutes) : "", c.metaBatch, c.fastBatch,
                c.effectiveInnerSteps(), c.seed, out);
        MetaTrainer.Result result;
        long started = System.nanoTime();
        // under a time budget the progress (and its ETA) counts seconds of the budget, else iterations
        long budgetSeconds = (long) Math.ceil(c.minutes * 60);
        try (Progress progress = c.minutes > 0 ? new Progress("train " + c.algo, budgetSeconds, "s")
                : new Progress("train " + c.algo, c.iterations, "it")) {
            result = trainer.train((r, done, total) -> progress.stepTo(c.minutes > 0
                    ? Math.min(budgetSeconds, (long) ((System.nanoTime() - started) / 1e9)) : done), resume, true);
        }
        if (!result.records().isEmpty()) {
            var last = result.last();
            System.out.printf("last iteration %d: return before adaptation %.2f, after %.2f; %.2f s/iteration (%d "
                    + "iteration(s) in this run)%n", last.iteration(), last.preReturn(), last.postReturn(),
                    result.meanSecondsPerIteration(), result.records().size());
        }
        System.out.println("log: " + out.resolve("log.csv") + "  checkpoint: " + out.resolve("policy.json")
                + "  plots: " + out.resolve("learning-curve.png"));
        if (json) System.out.println(result.summaryJson());
        return 0;
    }

    /** --out must be a directory (or not exist yet); a run in it is continued or replaced only when asked. */
    private void checkOut() {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new JgymException("--out must be a directory, but " + out + " is a file");
        }
        if (resume && overwrite) {
            throw new JgymException("--resume and --overwrite exclude each other: continue the run in " + out
                    + " or start it over");
        }
        boolean holdsRun = Files.exists(out.resolve("config.json")) || Files.exists(out.resolve("log.csv"));
        if (holdsRun && !resume && !overwrite) {
            throw new JgymException(out + " already holds a training run; pass --resume to continue it or "
                    + "--overwrite to start over");
        }
        if (resume && !holdsRun) {
            throw new JgymException("cannot resume: " + out + " holds no training run (no config.json)");
        }
    }

    private static TrainConfig readConfig(Path file) {
        try {
            return TrainConfig.fromJson(Files.readString(file));
        } catch (IOException e) {
            throw new JgymException("cannot read the config file " + file + ": " + Output.ioReason(e));
        } catch (IllegalArgumentException e) {
            throw new JgymException(file + ": " + e.getMessage());
        }
    }
}

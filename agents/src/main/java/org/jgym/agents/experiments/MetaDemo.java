package org.jgym.agents.experiments;

import java.nio.file.Path;
import org.jgym.agents.eval.CheckpointEvaluation;
import org.jgym.agents.eval.EvalConfig;
import org.jgym.agents.train.MetaTrainer;
import org.jgym.agents.train.TrainConfig;

/**
 * The meta-learning part of {@code jgym demo}: a short MAML-TRPO run on Navigation2D-v0 with embedded defaults
 * (a few minutes on 2 cores), then the before/after adaptation table on held-out tasks against random init.
 */
public final class MetaDemo {
    private MetaDemo() {
    }

    /** The demo's training settings: the paper's (20 tasks x 20 episodes, TRPO), for 15 meta-iterations. */
    public static TrainConfig config(long seed, int threads) {
        TrainConfig c = new TrainConfig();
        c.algo = "maml";
        c.metaOpt = "trpo";
        c.env = "Navigation2D-v0";
        c.iterations = 15;
        c.seed = seed;
        c.threads = threads;
        c.checkpointEvery = 5;
        return c;
    }

    /** Trains, evaluates (2 adaptation steps on 10 held-out tasks, 20 episodes per step) and returns the report. */
    public static CheckpointEvaluation.Report run(ExperimentOptions options) {
        Path dir = options.out().resolve("maml");
        TrainConfig c = config(options.seed(), options.threads());
        if (options.iterations() > 0) c.iterations = options.iterations();
        MetaTrainer.Result r = Runs.train(c, options, "meta-train", dir);
        options.progress().update("evaluate", 0, 1);
        CheckpointEvaluation.Report report = CheckpointEvaluation.run(options.registry(), dir, null, null,
                new EvalConfig(2, 10, 20, Double.NaN, 0.5, options.seed() + 1000, options.threads()),
                CheckpointEvaluation.Baselines.none(), dir);
        options.progress().update("evaluate", 1, 1);
        return report;
    }
}

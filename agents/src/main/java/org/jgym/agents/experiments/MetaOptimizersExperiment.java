package org.jgym.agents.experiments;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jgym.agents.plot.Plots;
import org.jgym.agents.policy.Policies;
import org.jgym.agents.train.IterationRecord;
import org.jgym.agents.train.MetaTrainer;
import org.jgym.agents.train.TrainConfig;

/**
 * Seed 001's comparison of meta-optimizers (VPG, TRPO, PPO) for MAML, run on Navigation2D with the same budget
 * (iterations, tasks, episodes) for each. VPG uses Adam at lr 0.01 (seed 004's meta lr), PPO Adam at 0.001 with
 * clip 0.2 and 5 epochs, TRPO the sheet's settings.
 */
public final class MetaOptimizersExperiment {
    public static final int DEFAULT_ITERATIONS = 30;

    private MetaOptimizersExperiment() {
    }

    public static TrainConfig config(String metaOpt, int iterations, long seed, int threads) {
        TrainConfig c = new TrainConfig();
        c.algo = "maml";
        c.metaOpt = metaOpt;
        c.env = "Navigation2D-v0";
        c.iterations = iterations;
        c.metaBatch = 20;
        c.fastBatch = 20;
        c.seed = seed;
        c.threads = threads;
        c.optimizer = "adam";
        c.metaLr = metaOpt.equals("ppo") ? 0.001 : 0.01;
        c.checkpointEvery = Math.max(1, iterations);
        return c;
    }

    public static ExperimentResult run(ExperimentOptions options) {
        int iterations = options.iterationsOr(DEFAULT_ITERATIONS);
        List<Plots.Line> lines = new ArrayList<>();
        StringBuilder table = new StringBuilder(String.format(
                "MAML on Navigation2D-v0, %d meta-iterations x 20 tasks x 20 episodes each; returns averaged over the last "
                        + "10%% of iterations%n%-6s %14s %14s %14s%n", iterations, "outer", "pre-return", "post-return",
                "s/iteration"));
        double bestPost = Double.NEGATIVE_INFINITY;
        String best = "";
        for (String opt : List.of("vpg", "trpo", "ppo")) {
            MetaTrainer.Result r = Runs.train(config(opt, iterations, options.seed(), options.threads()), options, opt,
                    options.out().resolve(opt));
            List<IterationRecord> rec = r.records();
            double pre = Runs.tailMean(rec, IterationRecord::preReturn, 0.1);
            double post = Runs.tailMean(rec, IterationRecord::postReturn, 0.1);
            table.append(String.format("%-6s %14.2f %14.2f %14.3f%n", opt, pre, post, r.meanSecondsPerIteration()));
            if (post > bestPost) {
                bestPost = post;
                best = opt;
            }
            lines.add(new Plots.Line(opt + " (after adaptation)", rec.stream().mapToDouble(IterationRecord::iteration).toArray(),
                    rec.stream().mapToDouble(IterationRecord::postReturn).toArray()));
        }
        String conclusion = "Best post-adaptation return at this budget: " + best
                + " (seed 001, on HalfCheetah: PPO > TRPO > VPG).";
        Path tableFile = options.out().resolve("meta-optimizers.txt");
        Path plotFile = options.out().resolve("meta-optimizers.png");
        Policies.writeAtomically(tableFile, table + "\n" + conclusion + "\n");
        Plots.lines(plotFile, "MAML meta-optimizers on Navigation2D-v0", "meta-iteration", "average return after adaptation",
                lines);
        return new ExperimentResult("meta-optimizers", table.toString(), conclusion, tableFile, plotFile);
    }
}

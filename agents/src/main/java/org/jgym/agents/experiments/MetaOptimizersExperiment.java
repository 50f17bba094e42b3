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
 * Seed 001's comparison of meta-optimizers (VPG, TRPO, PPO) for MAML, with the same budget (iterations, tasks,
 * episodes) for each, over several seeds. VPG uses Adam at lr 0.01 (seed 004's meta lr), PPO Adam at 0.001 with
 * clip 0.2 and 5 epochs, TRPO the sheet's settings. On {@value #DEFAULT_ENV} (the default) the sheet's 2D-navigation
 * settings; on any other env (the seed's HalfCheetahDir-v0) the seed's: 2 x 100 hidden units, 20 rollouts per
 * gradient step, 3 inner steps of 0.1 (the sheet's locomotion alpha), and what the seed leaves open: 20 tasks per
 * meta-batch (garage's MAML HalfCheetahDir example; 3 second-order inner steps on 40 tasks need over 2 GB of heap and
 * twice the time), and the policy acting in [-1, 1] mapped onto the env's box (rllab's {@code normalize}, as in
 * the paper's code, whose 2 x 100 ReLU policy the seed describes).
 */
public final class MetaOptimizersExperiment {
    public static final String DEFAULT_ENV = "Navigation2D-v0";
    public static final int DEFAULT_ITERATIONS = 30;
    public static final int DEFAULT_SEEDS = 3;
    static final List<String> OPTIMIZERS = List.of("vpg", "trpo", "ppo");

    private MetaOptimizersExperiment() {
    }

    /** The study's settings on the default env (2D navigation). */
    public static TrainConfig config(String metaOpt, int iterations, long seed, int threads) {
        return config(metaOpt, DEFAULT_ENV, iterations, seed, threads);
    }

    /** The study's settings for one outer optimizer on {@code env}. */
    public static TrainConfig config(String metaOpt, String env, int iterations, long seed, int threads) {
        TrainConfig c = new TrainConfig();
        c.algo = "maml";
        c.metaOpt = metaOpt;
        c.env = env;
        c.iterations = iterations;
        c.metaBatch = 20;
        c.fastBatch = 20;
        c.seed = seed;
        c.threads = threads;
        c.optimizer = "adam";
        c.metaLr = metaOpt.equals("ppo") ? 0.001 : 0.01;
        if (!env.equals(DEFAULT_ENV)) {
            c.hidden = new int[] {100, 100};
            c.innerSteps = 3;
            c.innerLr = 0.1;
        }
        return c;
    }

    public static ExperimentResult run(ExperimentOptions options) {
        int iterations = options.iterationsOr(DEFAULT_ITERATIONS);
        int seeds = options.seedsOr(DEFAULT_SEEDS);
        String env = options.envOr(DEFAULT_ENV);
        int n = OPTIMIZERS.size();
        double[][] pre = new double[n][seeds];
        double[][] post = new double[n][seeds];
        double[][] seconds = new double[n][seeds];
        double[][][] curves = new double[n][seeds][];
        long started = System.nanoTime();
        // seeds outer, optimizers inner: all three see the same machine load in turn
        for (int s = 0; s < seeds; s++) {
            for (int o = 0; o < n; o++) {
                String opt = OPTIMIZERS.get(o);
                long seed = options.seed() + s;
                int done = s * n + o;
                String stage = String.format("%s seed %d (run %d/%d%s)", opt, seed, done + 1, seeds * n,
                        studyEta(started, done, seeds * n));
                MetaTrainer.Result r = Runs.train(config(opt, env, iterations, seed, options.threads()), options, stage,
                        options.out().resolve(opt + "-seed" + seed));
                List<IterationRecord> rec = r.history();
                pre[o][s] = Runs.tailMean(rec, IterationRecord::preReturn, 0.1);
                post[o][s] = Runs.tailMean(rec, IterationRecord::postReturn, 0.1);
                seconds[o][s] = Runs.secondsPerIteration(r);
                curves[o][s] = rec.stream().mapToDouble(IterationRecord::postReturn).toArray();
            }
        }
        TrainConfig shown = config("trpo", env, iterations, options.seed(), options.threads());
        StringBuilder table = new StringBuilder(String.format("MAML on %s: %d meta-iterations x %d tasks x %d "
                + "episodes, "
                + "%d inner step(s) of %s, hidden %s, %d seeds; returns averaged over the last 10%% of iterations, "
                + "mean ± std over seeds%n%-6s %20s %20s %14s%n", env, iterations, shown.metaBatch, shown.fastBatch,
                shown.innerSteps, shown.innerLr, java.util.Arrays.toString(shown.hidden), seeds, "outer", "pre-return",
                "post-return", "s/iteration"));
        List<Plots.Line> lines = new ArrayList<>();
        for (int o = 0; o < n; o++) {
            table.append(String.format("%-6s %20s %20s %14.3f%n", OPTIMIZERS.get(o), Runs.pm(pre[o]), Runs.pm(post[o]),
                    Runs.mean(seconds[o])));
            lines.add(meanCurve(OPTIMIZERS.get(o), curves[o]));
        }
        String conclusion = conclusion(post);
        String base = "meta-optimizers" + (env.equals(DEFAULT_ENV) ? "" : "-" + env);
        Path tableFile = options.out().resolve(base + ".txt");
        Path plotFile = options.out().resolve(base + ".png");
        Policies.writeAtomically(tableFile, table + "\n" + conclusion + "\n");
        Plots.lines(plotFile, "MAML meta-optimizers on " + env + " (mean ± std over " + seeds + " seeds)",
                "meta-iteration", "average return after adaptation", lines);
        return new ExperimentResult("meta-optimizers", table.toString(), conclusion, tableFile, plotFile);
    }

    /**
     * Seed 001's finding, tested on the per-seed post-adaptation returns (rows vpg, trpo, ppo): VPG "much worse"
     * means below both others by more than their combined seed std; PPO better than TRPO is reported with whether
     * the gap exceeds that noise.
     */
    static String conclusion(double[][] post) {
        double vpg = Runs.mean(post[0]);
        double trpo = Runs.mean(post[1]);
        double ppo = Runs.mean(post[2]);
        boolean vpgWorse = trpo - vpg > Runs.combinedStd(post[0], post[1])
                && ppo - vpg > Runs.combinedStd(post[0], post[2]);
        double gap = ppo - trpo;
        boolean oneSeed = post[0].length < 2;
        String ppoVsTrpo = gap <= 0 ? "did not hold" : oneSeed ? "held (one seed: no noise estimate)"
                : gap > Runs.combinedStd(post[1], post[2]) ? "held (beyond the seed noise)"
                : "held only within the seed noise";
        return String.format("Seed 001 (on HalfCheetah forward/backward): VPG much worse than TRPO and PPO, and PPO "
                + "better than TRPO. Here: 'VPG much worse' %s; 'PPO better than TRPO' %s (post-adaptation return VPG %.2f, "
                + "TRPO %.2f, PPO %.2f; seed std %.2f / %.2f / %.2f).", vpgWorse ? "held" : "did not hold", ppoVsTrpo,
                vpg, trpo, ppo, Runs.std(post[0]), Runs.std(post[1]), Runs.std(post[2]));
    }

    /** ", study ETA ..." from the mean time of the finished runs (empty before the first one ends). */
    private static String studyEta(long started, int done, int total) {
        if (done == 0) return "";
        long seconds = Math.round((System.nanoTime() - started) / 1e9 / done * (total - done));
        return seconds < 3600 ? String.format(", study ETA %dm%02ds", seconds / 60, seconds % 60)
                : String.format(", study ETA %dh%02dm", seconds / 3600, seconds / 60 % 60);
    }

    /** Mean ± std over seeds of the per-iteration curves (truncated to the shortest). */
    private static Plots.Line meanCurve(String name, double[][] curves) {
        int len = Integer.MAX_VALUE;
        for (double[] c : curves) len = Math.min(len, c.length);
        double[] x = new double[len];
        double[] mean = new double[len];
        double[] std = new double[len];
        for (int i = 0; i < len; i++) {
            double[] at = new double[curves.length];
            for (int s = 0; s < curves.length; s++) at[s] = curves[s][i];
            x[i] = i;
            mean[i] = Runs.mean(at);
            std[i] = Runs.std(at);
        }
        return new Plots.Line(name + " (after adaptation)", x, mean, std);
    }
}

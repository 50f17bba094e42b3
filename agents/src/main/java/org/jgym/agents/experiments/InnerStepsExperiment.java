package org.jgym.agents.experiments;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgym.agents.plot.Plots;
import org.jgym.agents.policy.Policies;
import org.jgym.agents.train.IterationRecord;
import org.jgym.agents.train.MetaTrainer;
import org.jgym.agents.train.TrainConfig;

/**
 * Seed 000's multi-step inner optimisation study (Duan and Wang 2022): MAML on ObstacleNavigation (medium obstacles,
 * uniform targets, position+target observation), 8 tasks, one trajectory per task for the inner and the outer loss,
 * 128 hidden units, VPG inner lr 0.0003, SGD outer lr 0.0005, N = 1..6 inner steps; the first 400 meta-iterations
 * in four frames of 100, reporting mean and std of the post-adaptation final distance per frame.
 */
public final class InnerStepsExperiment {
    public static final String ENV = "ObstacleNavigation-v0";
    public static final int FRAME = 100;
    private static final int MAX_STEPS = 6;

    private InnerStepsExperiment() {
    }

    /** The seed's settings for N inner steps. */
    public static TrainConfig config(int innerSteps, int iterations, long seed, int threads) {
        TrainConfig c = new TrainConfig();
        c.algo = "maml";
        c.metaOpt = "vpg";
        c.optimizer = "sgd";
        c.metaLr = 0.0005;
        c.innerLr = 0.0003;
        c.env = ENV;
        c.kwargs = new LinkedHashMap<>(Map.of("obstacles", "medium", "targets", "uniform",
                "observation", "position+target"));
        c.metaBatch = 8;
        c.fastBatch = 1;
        c.innerSteps = innerSteps;
        c.hidden = new int[] {128};
        c.activation = "relu";
        c.iterations = iterations;
        c.seed = seed;
        c.threads = threads;
        c.metricKey = "distance";
        return c;
    }

    public static ExperimentResult run(ExperimentOptions options) {
        int iterations = options.iterationsOr(4 * FRAME);
        int frames = Math.max(1, iterations / FRAME);
        int frameLength = Math.max(1, iterations / frames);
        double[][] mean = new double[MAX_STEPS][frames];
        double[][] std = new double[MAX_STEPS][frames];
        double[] seconds = new double[MAX_STEPS];
        for (int n = 1; n <= MAX_STEPS; n++) {
            TrainConfig c = config(n, iterations, options.seed(), options.threads());
            MetaTrainer.Result r = Runs.train(c, options, "N=" + n, options.out().resolve("N" + n));
            seconds[n - 1] = Runs.secondsPerIteration(r);
            List<IterationRecord> records = r.history();
            for (int f = 0; f < frames; f++) {
                double[] d = records.subList(f * frameLength, Math.min(records.size(), (f + 1) * frameLength)).stream()
                        .mapToDouble(IterationRecord::postMetric).toArray();
                mean[n - 1][f] = Runs.mean(d);
                std[n - 1][f] = Runs.std(d);
            }
        }
        StringBuilder table = new StringBuilder("Final distance to the target after adaptation, mean ± std over the "
                + frameLength + " meta-iterations of each frame (" + ENV + ", medium obstacles, uniform targets)\n");
        table.append(String.format("%-4s", "N"));
        for (int f = 0; f < frames; f++) table.append(String.format("%18s", "T" + (f + 1)));
        table.append(String.format("%14s%n", "s/iteration"));
        for (int n = 1; n <= MAX_STEPS; n++) {
            table.append(String.format("%-4d", n));
            for (int f = 0; f < frames; f++) {
                table.append(String.format("%18s", String.format("%.3f ± %.3f", mean[n - 1][f], std[n - 1][f])));
            }
            table.append(String.format("%14.3f%n", seconds[n - 1]));
        }
        String conclusion = conclusion(std);
        Path tableFile = options.out().resolve("inner-steps.txt");
        Path plotFile = options.out().resolve("inner-steps.png");
        Policies.writeAtomically(tableFile, table + "\n" + conclusion + "\n");
        List<Plots.Line> lines = new ArrayList<>();
        for (int n = 1; n <= MAX_STEPS; n++) {
            double[] x = new double[frames];
            for (int f = 0; f < frames; f++) x[f] = f + 1 + (n - 3.5) * 0.05;
            lines.add(new Plots.Line("N = " + n, x, mean[n - 1], std[n - 1]));
        }
        Plots.lines(plotFile, "Inner steps: final distance per frame of " + frameLength + " meta-iterations (mean ± std)",
                "time frame", "final distance to target", lines);
        return new ExperimentResult("inner-steps", table.toString(), conclusion, tableFile, plotFile);
    }

    /** Whether the per-frame std falls as N grows: Spearman correlation of N with the std averaged over frames. */
    static String conclusion(double[][] std) {
        int n = std.length;
        double[] avg = new double[n];
        for (int i = 0; i < n; i++) avg[i] = Runs.mean(std[i]);
        double rho = spearman(avg);
        boolean held = rho < -0.5;
        return String.format("Seed 000's claim (the std of the distance falls as N grows) %s here: Spearman "
                + "correlation between N and the frame-averaged std = %.2f (std by N: %s).",
                held ? "held" : "did not hold", rho, java.util.Arrays.toString(
                        java.util.Arrays.stream(avg).map(v -> Math.round(v * 1000) / 1000.0).toArray()));
    }

    /** Spearman rank correlation between the index (1..n) and the values. */
    static double spearman(double[] values) {
        int n = values.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        java.util.Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] rank = new double[n];
        for (int r = 0; r < n; r++) rank[order[r]] = r;
        double d2 = 0;
        for (int i = 0; i < n; i++) d2 += (rank[i] - i) * (rank[i] - i);
        return 1 - 6 * d2 / (n * (double) (n * n - 1));
    }
}

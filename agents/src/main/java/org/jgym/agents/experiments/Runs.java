package org.jgym.agents.experiments;

import java.nio.file.Path;
import java.util.List;
import org.jgym.agents.sampling.GymTaskEnvironment;
import org.jgym.agents.train.IterationRecord;
import org.jgym.agents.train.MetaTrainer;
import org.jgym.agents.train.TrainConfig;

/** Shared helpers: one training run with progress, and small statistics. */
final class Runs {
    private Runs() {
    }

    static MetaTrainer.Result train(TrainConfig config, ExperimentOptions options, String stage, Path dir) {
        GymTaskEnvironment env = new GymTaskEnvironment(options.registry(), config.env, config.kwargs, config.metricKey);
        // announce the stage before its first iteration, so that its elapsed time and ETA count that iteration
        options.progress().update(stage, 0, config.iterations);
        return new MetaTrainer(config, env, dir).train(
                (r, done, total) -> options.progress().update(stage, done, total), false, true);
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s / v.length;
    }

    static double std(double[] v) {
        double m = mean(v);
        double s = 0;
        for (double x : v) s += (x - m) * (x - m);
        return Math.sqrt(s / v.length);
    }

    /** The spread of two samples together: sqrt(std(a)^2 + std(b)^2). */
    static double combinedStd(double[] a, double[] b) {
        return Math.sqrt(Math.pow(std(a), 2) + Math.pow(std(b), 2));
    }

    /** "mean ± std" with three decimals. */
    static String pm(double[] v) {
        return String.format("%.3f ± %.3f", mean(v), std(v));
    }

    /** Mean of a field over the last {@code fraction} of the records (at least one). */
    static double tailMean(List<IterationRecord> records, java.util.function.ToDoubleFunction<IterationRecord> f,
                           double fraction) {
        int n = Math.max(1, (int) Math.round(records.size() * fraction));
        return records.subList(records.size() - n, records.size()).stream().mapToDouble(f).average().orElse(Double.NaN);
    }
}

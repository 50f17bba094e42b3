package org.jgym.agents.experiments;

import java.io.IOException;
import java.nio.file.Files;
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

    /**
     * Trains one run of a study into {@code dir}. A checkpoint there of the same configuration (an interrupted or
     * finished earlier run of the same command; one is written every {@code checkpointEvery} iterations) is continued
     * instead of started over: training is deterministic, so the result is that of an uninterrupted run. The returned
     * history holds every iteration of the run.
     */
    static MetaTrainer.Result train(TrainConfig config, ExperimentOptions options, String stage, Path dir) {
        GymTaskEnvironment env = new GymTaskEnvironment(options.registry(), config.env, config.kwargs, config.metricKey);
        boolean resume = startedWith(config, dir);
        // announce the stage before its first iteration, so that its elapsed time and ETA count that iteration
        options.progress().update(stage, 0, config.iterations);
        return new MetaTrainer(config, env, dir).train(
                (r, done, total) -> options.progress().update(stage, done, total), resume, true);
    }

    /** Whether {@code dir} holds a checkpoint of a run configured like {@code config} (the thread count aside). */
    static boolean startedWith(TrainConfig config, Path dir) {
        Path saved = dir.resolve("config.json");
        if (!Files.exists(dir.resolve(MetaTrainer.CHECKPOINT_FILE)) || !Files.exists(saved)) return false;
        try {
            TrainConfig before = TrainConfig.fromJson(Files.readString(saved));
            before.threads = config.threads;
            return before.toJson().equals(config.copy().validate().toJson());
        } catch (IOException | RuntimeException unreadable) {
            return false; // not a run of this command: train from scratch over it
        }
    }

    /** Mean wall time per iteration over the whole run (a resumed run's earlier iterations included). */
    static double secondsPerIteration(MetaTrainer.Result r) {
        return r.history().stream().mapToDouble(IterationRecord::seconds).average().orElse(Double.NaN);
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

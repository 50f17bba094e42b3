package org.jgym.agents.experiments;

import java.nio.file.Path;
import org.jgym.env.api.registry.Registry;

/**
 * Common settings of an experiment run.
 * @param registry where envs come from
 * @param out output directory (tables, plots, per-run logs)
 * @param seed root seed
 * @param threads worker threads per training run
 * @param iterations meta-iterations per run (0 = the experiment's default)
 * @param seeds number of seeds where the experiment repeats runs (0 = default)
 * @param progress receives (stage, done, total) after every meta-iteration
 * @param env env id for experiments that take one (null = the experiment's default)
 */
public record ExperimentOptions(Registry registry, Path out, long seed, int threads, int iterations, int seeds,
                                Progress progress, String env) {

    /** Progress callback. */
    @FunctionalInterface
    public interface Progress {
        void update(String stage, long done, long total);
    }

    /** Options with the experiment's default env. */
    public ExperimentOptions(Registry registry, Path out, long seed, int threads, int iterations, int seeds,
                             Progress progress) {
        this(registry, out, seed, threads, iterations, seeds, progress, null);
    }

    public ExperimentOptions {
        if (seed < 0) throw new IllegalArgumentException("seed must be >= 0, got " + seed);
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        if (iterations < 0) throw new IllegalArgumentException("iterations must be >= 0, got " + iterations);
        if (seeds < 0) throw new IllegalArgumentException("seeds must be >= 0, got " + seeds);
    }

    int iterationsOr(int fallback) {
        return iterations > 0 ? iterations : fallback;
    }

    int seedsOr(int fallback) {
        return seeds > 0 ? seeds : fallback;
    }

    String envOr(String fallback) {
        return env != null ? env : fallback;
    }
}

package org.jgym.agents.train;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jgym.agents.meta.GradientMetaOptimizer;
import org.jgym.agents.meta.InnerLoop;
import org.jgym.agents.meta.MetaOptimizer;
import org.jgym.agents.meta.MetaStepReport;
import org.jgym.agents.meta.Parallel;
import org.jgym.agents.meta.PpoMetaOptimizer;
import org.jgym.agents.meta.ReptileMetaOptimizer;
import org.jgym.agents.meta.TaskAdaptation;
import org.jgym.agents.meta.TrpoMetaOptimizer;
import org.jgym.agents.nn.Precision;
import org.jgym.agents.optim.Adam;
import org.jgym.agents.optim.GradientOptimizer;
import org.jgym.agents.optim.TrustRegionStep;
import org.jgym.agents.policy.Policies;
import org.jgym.agents.policy.Policy;
import org.jgym.agents.rl.BatchAveraging;
import org.jgym.agents.sampling.ActionScaling;
import org.jgym.agents.sampling.Seeds;
import org.jgym.agents.sampling.TaskEnvironment;
import org.jgym.agents.sampling.TrajectorySampler;

/**
 * Meta-trains a policy on a task distribution: per meta-iteration it samples a meta-batch of tasks (seeded by
 * (seed, iteration)), adapts to each on a thread pool, and applies the outer update. Writes, into the output
 * directory, {@code config.json}, {@code log.csv} and {@code log.jsonl} (one line per iteration),
 * {@code policy.json} (the checkpoint: policy, parameters and training state in one file, replaced atomically;
 * {@code resume} continues from it with the same result as an uninterrupted run) and {@code learning-curve.png}.
 */
public final class MetaTrainer {
    /** The checkpoint file a run writes into its directory (what {@code resume} continues from). */
    public static final String CHECKPOINT_FILE = Checkpoints.FILE;

    private final TrainConfig config;
    private final TaskEnvironment environment;
    private final Path outDir;
    private final Policy policy;
    private final TrajectorySampler sampler;
    private final InnerLoop inner;

    public MetaTrainer(TrainConfig config, TaskEnvironment environment, Path outDir) {
        this.config = config.copy().validate();
        this.environment = environment;
        this.outDir = outDir;
        this.policy = PolicyFactory.create(environment, this.config);
        this.sampler = new TrajectorySampler(environment, ActionScaling.parse(this.config.actionScaling),
                BatchAveraging.parse(this.config.averaging));
        this.inner = new InnerLoop(this.config.effectiveInnerSteps(), this.config.innerLr, 1.0, this.config.fastBatch,
                this.config.gamma, this.config.gaeLambda, this.config.normalizeAdvantages);
    }

    public Policy policy() {
        return policy;
    }

    /**
     * A finished training: the policy and its parameters, the iterations run in this process ({@code records}) and
     * every iteration of the run, including those before a resume ({@code history}).
     */
    public record Result(Policy policy, double[] params, List<IterationRecord> records, List<IterationRecord> history,
                         Path outDir) {
        /** Mean wall time per meta-iteration over the iterations run in this process. */
        public double meanSecondsPerIteration() {
            return records.stream().mapToDouble(IterationRecord::seconds).average().orElse(Double.NaN);
        }

        public IterationRecord last() {
            return records.get(records.size() - 1);
        }

        /** One-line JSON summary (the CLI's --json output). */
        public String summaryJson() {
            JsonObject o = new JsonObject();
            o.addProperty("out", outDir.toString());
            o.addProperty("iterations", last().iteration() + 1);
            add(o, "mean_seconds_per_iteration", meanSecondsPerIteration());
            add(o, "last_pre_return", last().preReturn());
            add(o, "last_post_return", last().postReturn());
            add(o, "last_pre_metric", last().preMetric());
            add(o, "last_post_metric", last().postMetric());
            o.addProperty("blas", org.jgym.agents.nn.Blas.implementation());
            return o.toString();
        }

        private static void add(JsonObject o, String key, double v) {
            if (Double.isFinite(v)) o.addProperty(key, v); else o.add(key, com.google.gson.JsonNull.INSTANCE);
        }
    }

    /** Builds the configured outer update. */
    MetaOptimizer newMetaOptimizer() {
        boolean firstOrder = config.firstOrder();
        if (config.algo.equals("reptile")) return new ReptileMetaOptimizer(config.reptileStep);
        return switch (config.metaOpt) {
            case "trpo" -> new TrpoMetaOptimizer(new TrustRegionStep(config.maxKl, config.cgIterations,
                    config.cgDamping, config.lsBacktrackRatio, config.lsMaxSteps), firstOrder,
                    Precision.parse(config.curvaturePrecision));
            case "vpg" -> new GradientMetaOptimizer(GradientOptimizer.create(config.optimizer, config.metaLr), firstOrder);
            case "ppo" -> new PpoMetaOptimizer(new Adam(config.metaLr), config.ppoClip, config.ppoEpochs, firstOrder);
            default -> throw new IllegalArgumentException("unknown meta-opt " + config.metaOpt);
        };
    }

    /**
     * Runs (or, with {@code resume}, continues) training.
     * @param keepFiles write logs, checkpoints and plots (false for in-memory runs such as tests and experiments)
     */
    public Result train(TrainingListener listener, boolean resume, boolean keepFiles) {
        double[] theta = PolicyFactory.initialParams(policy, Seeds.derive(config.seed, -7));
        MetaOptimizer metaOptimizer = newMetaOptimizer();
        List<IterationRecord> previous = new ArrayList<>();
        int start = 0;
        if (resume) {
            Checkpoints.State state = Checkpoints.load(outDir, policy);
            theta = state.params();
            metaOptimizer.restore(state.optimizerState());
            start = state.nextIteration();
            previous.addAll(Checkpoints.readLog(outDir, start));
        }
        if (keepFiles) {
            Policies.writeAtomically(outDir.resolve("config.json"), config.toJson());
            Checkpoints.rewriteLog(outDir, previous);
        }
        List<IterationRecord> records = new ArrayList<>();
        ExecutorService pool = config.threads > 1 ? Executors.newFixedThreadPool(config.threads, daemonThreads())
                : null;
        try {
            long begin = System.nanoTime();
            long budget = (long) (config.minutes * 60e9);
            for (int it = start; it < config.iterations; it++) {
                IterationRecord record = iterate(it, theta, metaOptimizer, pool);
                records.add(record);
                boolean last = it + 1 == config.iterations || budget > 0 && System.nanoTime() - begin >= budget;
                if (keepFiles) {
                    Checkpoints.appendLog(outDir, record);
                    if ((it + 1) % config.checkpointEvery == 0 || last) {
                        Checkpoints.save(outDir, policy, theta, metaOptimizer.state(), it + 1);
                    }
                }
                listener.onIteration(record, it + 1, config.iterations);
                if (last) break;
            }
        } finally {
            if (pool != null) pool.shutdownNow();
        }
        List<IterationRecord> all = new ArrayList<>(previous);
        all.addAll(records);
        if (keepFiles && !all.isEmpty()) {
            TrainingPlots.learningCurve(outDir.resolve("learning-curve.png"), environment.name() + " " + config.algo
                    + (config.algo.equals("reptile") ? "" : "-" + config.metaOpt), all);
            TrainingPlots.adaptationTrajectories(outDir.resolve("trajectories.png"), policy, theta, sampler, inner,
                    config.seed);
        }
        return new Result(policy, theta, records.isEmpty() ? all : records, List.copyOf(all), outDir);
    }

    /** One meta-iteration; updates theta in place. */
    IterationRecord iterate(int iteration, double[] theta, MetaOptimizer metaOptimizer, ExecutorService pool) {
        long t0 = System.nanoTime();
        List<Object> tasks = environment.sampleTasks(config.metaBatch, Seeds.derive(config.seed, iteration, 0));
        long rolloutSeed = Seeds.derive(config.seed, iteration, 1);
        double[] start = theta.clone();
        List<TaskAdaptation> adaptations = Parallel.map(pool, tasks.size(), i ->
                TaskAdaptation.collect(policy, start, tasks.get(i), sampler, inner, Seeds.derive(rolloutSeed, i)));
        long t1 = System.nanoTime();
        MetaStepReport report = metaOptimizer.update(theta, adaptations, pool);
        long t2 = System.nanoTime();
        double pre = adaptations.stream().mapToDouble(TaskAdaptation::preAdaptationReturn).average().orElse(Double.NaN);
        double post = adaptations.stream().mapToDouble(TaskAdaptation::postAdaptationReturn).average().orElse(Double.NaN);
        double preMetric = adaptations.stream().mapToDouble(TaskAdaptation::preAdaptationMetric).average().orElse(Double.NaN);
        double[] postMetrics = adaptations.stream().mapToDouble(TaskAdaptation::postAdaptationMetric).toArray();
        double postMetric = java.util.Arrays.stream(postMetrics).average().orElse(Double.NaN);
        double var = 0;
        for (double m : postMetrics) var += (m - postMetric) * (m - postMetric);
        double postMetricStd = Math.sqrt(var / Math.max(postMetrics.length, 1));
        return new IterationRecord(iteration, pre, post, preMetric, postMetric, postMetricStd, report.lossBefore(),
                report.lossAfter(), report.kl(), report.accepted(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t2 - t0) / 1e9);
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        return r -> {
            Thread t = new Thread(r, "jgym-meta-worker");
            t.setDaemon(true);
            return t;
        };
    }

    /** Reads a trained run's config back from its directory. */
    public static TrainConfig readConfig(Path dir) {
        Path file = dir.resolve("config.json");
        try {
            return TrainConfig.fromJson(Files.readString(file, StandardCharsets.UTF_8));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException("no training config " + file + " (is " + dir
                    + " a 'jgym train --out' directory?)");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("no training config at " + file + " (is " + dir + " a train --out directory?)", e);
        }
    }
}

package org.jgym.agents.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jgym.agents.meta.InnerLoop;
import org.jgym.agents.meta.Parallel;
import org.jgym.agents.meta.TaskAdaptation;
import org.jgym.agents.policy.Policy;
import org.jgym.agents.rl.TrajectoryBatch;
import org.jgym.agents.sampling.Seeds;
import org.jgym.agents.sampling.TrajectorySampler;

/**
 * Measures how fast a policy initialisation adapts: on each held-out task, returns after 0..k vanilla policy-gradient
 * steps (the paper's test protocol, see {@link EvalConfig}). Tasks run on a thread pool; results do not depend on
 * the thread count.
 */
public final class Evaluator {
    private final EvalConfig config;
    private final InnerLoop protocol;

    /**
     * @param innerLr alpha to use when the config leaves it NaN
     * @param gamma discount of the adaptation step
     */
    public Evaluator(EvalConfig config, double innerLr, double gamma, double gaeLambda) {
        this.config = config;
        double lr = Double.isNaN(config.innerLr()) ? innerLr : config.innerLr();
        this.protocol = new InnerLoop(config.adaptSteps(), lr, config.laterStepScale(), config.fastBatch(), gamma,
                gaeLambda, true);
    }

    /** The first-step adaptation learning rate in use. */
    public double protocolLr() {
        return protocol.learningRate();
    }

    public EvalConfig config() {
        return config;
    }

    /** The held-out tasks (seeded by the eval seed, disjoint in stream from the training tasks). */
    public List<Object> tasks(TrajectorySampler sampler) {
        return sampler.environment().sampleTasks(config.tasks(), Seeds.derive(config.seed(), 424242));
    }

    /**
     * Adapts {@code params} on every task and reports the per-step returns.
     * @param steps number of adaptation steps to run (the oracle uses 0)
     */
    public EvalRow evaluate(String method, Policy policy, double[] params, TrajectorySampler sampler,
                            List<Object> tasks, int steps) {
        ExecutorService pool = config.threads() > 1 ? Executors.newFixedThreadPool(config.threads(), r -> {
            Thread t = new Thread(r, "jgym-eval-worker");
            t.setDaemon(true);
            return t;
        }) : null;
        try {
            List<double[][]> perTask = Parallel.map(pool, tasks.size(), i -> adaptOne(policy, params, sampler,
                    tasks.get(i), steps, Seeds.derive(config.seed(), 7, i)));
            double[] mean = new double[steps + 1];
            double[] std = new double[steps + 1];
            double[] metric = new double[steps + 1];
            for (int k = 0; k <= steps; k++) {
                double sum = 0;
                double m = 0;
                for (double[][] r : perTask) {
                    sum += r[0][k];
                    m += r[1][k];
                }
                mean[k] = sum / perTask.size();
                metric[k] = m / perTask.size();
                double var = 0;
                for (double[][] r : perTask) var += (r[0][k] - mean[k]) * (r[0][k] - mean[k]);
                std[k] = Math.sqrt(var / perTask.size());
            }
            return new EvalRow(method, mean, std, metric);
        } finally {
            if (pool != null) pool.shutdownNow();
        }
    }

    /** [0] = mean return after each step, [1] = mean metric after each step. */
    private double[][] adaptOne(Policy policy, double[] params, TrajectorySampler sampler, Object task, int steps,
                                long seed) {
        double[] returns = new double[steps + 1];
        double[] metrics = new double[steps + 1];
        double[] theta = params;
        for (int k = 0; k <= steps; k++) {
            TrajectoryBatch batch = sampler.sample(policy, theta, task, config.fastBatch(), Seeds.derive(seed, k),
                    false, null);
            returns[k] = batch.meanReturn();
            metrics[k] = batch.meanEpisodeMetric();
            if (k < steps) {
                double[] w = TaskAdaptation.reinforceWeights(batch, protocol);
                theta = TaskAdaptation.innerStep(policy, theta, batch, w, protocol.stepSize(k));
            }
        }
        return new double[][] {returns, metrics};
    }

    /** Formats rows as a fixed-width table: method, then "mean ± std" after each step. */
    public static String table(List<EvalRow> rows, int steps) {
        StringBuilder sb = new StringBuilder(String.format("%-26s", "method"));
        for (int k = 0; k <= steps; k++) sb.append(String.format("%20s", k + " step" + (k == 1 ? "" : "s")));
        sb.append('\n');
        for (EvalRow row : rows) {
            sb.append(String.format("%-26s", row.method()));
            for (int k = 0; k <= steps; k++) {
                sb.append(k < row.meanReturn().length
                        ? String.format("%20s", String.format("%.2f ± %.2f", row.meanReturn()[k], row.stdReturn()[k]))
                        : String.format("%20s", "-"));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Rows as a JSON array text. */
    public static String json(List<EvalRow> rows) {
        com.google.gson.JsonArray a = new com.google.gson.JsonArray();
        for (EvalRow r : rows) {
            com.google.gson.JsonObject o = new com.google.gson.JsonObject();
            o.addProperty("method", r.method());
            o.add("mean_return", toJson(r.meanReturn()));
            o.add("std_return", toJson(r.stdReturn()));
            o.add("mean_metric", toJson(r.meanMetric()));
            a.add(o);
        }
        return a.toString();
    }

    private static com.google.gson.JsonArray toJson(double[] v) {
        com.google.gson.JsonArray a = new com.google.gson.JsonArray();
        for (double x : v) {
            if (Double.isFinite(x)) a.add(x); else a.add(com.google.gson.JsonNull.INSTANCE);
        }
        return a;
    }

    /** Lines for a plot: each method's mean return against the number of steps. */
    public static List<org.jgym.agents.plot.Plots.Line> lines(List<EvalRow> rows) {
        List<org.jgym.agents.plot.Plots.Line> lines = new ArrayList<>();
        for (EvalRow r : rows) {
            double[] x = new double[r.meanReturn().length];
            for (int k = 0; k < x.length; k++) x[k] = k;
            lines.add(new org.jgym.agents.plot.Plots.Line(r.method(), x, r.meanReturn(), r.stdReturn()));
        }
        return lines;
    }
}

package org.jgym.agents.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jgym.agents.plot.Plots;
import org.jgym.agents.policy.Policies;
import org.jgym.agents.policy.Policy;
import org.jgym.agents.rl.BatchAveraging;
import org.jgym.agents.sampling.ActionScaling;
import org.jgym.agents.sampling.GymTaskEnvironment;
import org.jgym.agents.sampling.Seeds;
import org.jgym.agents.sampling.TrajectorySampler;
import org.jgym.agents.train.MetaTrainer;
import org.jgym.agents.train.TrainConfig;
import org.jgym.env.api.registry.Registry;

/**
 * {@code jgym eval} as a library call: evaluates a training directory's policy on held-out tasks against the
 * random-initialisation baseline and, when given, a pretrained checkpoint and an oracle checkpoint (trained on the
 * env variant that observes the task; evaluated without adaptation on the same tasks). Writes
 * {@code eval.txt}, {@code eval.json} and {@code eval.png} into the output directory.
 */
public final class CheckpointEvaluation {
    private CheckpointEvaluation() {
    }

    /** Optional comparison checkpoints (null to skip). */
    public record Baselines(Path pretrained, Path oracle, String oracleEnv, Map<String, Object> oracleKwargs) {
        public static Baselines none() {
            return new Baselines(null, null, null, Map.of());
        }
    }

    /** The evaluation result. */
    public record Report(List<EvalRow> rows, int steps, Path tableFile, Path plot) {
        public String tableText() {
            return Evaluator.table(rows, steps);
        }
    }

    /**
     * @param env env id to evaluate on (null = the checkpoint's training env)
     * @param kwargs env kwargs (null = the checkpoint's)
     * @param outDir where to write the table and plot (null = the checkpoint directory)
     */
    public static Report run(Registry registry, Path checkpoint, String env, Map<String, Object> kwargs,
                             EvalConfig config, Baselines baselines, Path outDir) {
        TrainConfig train = MetaTrainer.readConfig(checkpoint);
        Policies.Saved saved = Policies.load(checkpoint.resolve("policy.json"));
        String envId = env == null ? train.env : env;
        Map<String, Object> envKwargs = kwargs == null ? train.kwargs : kwargs;
        GymTaskEnvironment environment = new GymTaskEnvironment(registry, envId, envKwargs, train.metricKey);
        TrajectorySampler sampler = new TrajectorySampler(environment, ActionScaling.parse(train.actionScaling),
                BatchAveraging.parse(train.averaging));
        Evaluator evaluator = new Evaluator(config, train.innerLr, train.gamma, train.gaeLambda);
        List<Object> tasks = evaluator.tasks(sampler);
        int k = config.adaptSteps();
        List<EvalRow> rows = new ArrayList<>();
        rows.add(evaluator.evaluate(train.algo + (train.algo.equals("reptile") ? "" : "-" + train.metaOpt),
                saved.policy(), saved.params(), sampler, tasks, k));
        if (baselines.pretrained() != null) {
            Policies.Saved pre = Policies.load(baselines.pretrained().resolve("policy.json"));
            rows.add(evaluator.evaluate("pretrained", pre.policy(), pre.params(), sampler, tasks, k));
        }
        Policy policy = saved.policy();
        double[] random = policy.initialParams(org.jgym.env.api.Seeding.generator(Seeds.derive(config.seed(), 99)));
        rows.add(evaluator.evaluate("random init", policy, random, sampler, tasks, k));
        if (baselines.oracle() != null) {
            TrainConfig oracleTrain = MetaTrainer.readConfig(baselines.oracle());
            Policies.Saved oracle = Policies.load(baselines.oracle().resolve("policy.json"));
            String oracleEnv = baselines.oracleEnv() != null ? baselines.oracleEnv() : oracleTrain.env;
            Map<String, Object> oracleKwargs = baselines.oracleEnv() != null ? baselines.oracleKwargs() : oracleTrain.kwargs;
            TrajectorySampler oracleSampler = new TrajectorySampler(
                    new GymTaskEnvironment(registry, oracleEnv, oracleKwargs, train.metricKey),
                    ActionScaling.parse(oracleTrain.actionScaling));
            EvalRow o = evaluator.evaluate("oracle", oracle.policy(), oracle.params(), oracleSampler, tasks, 0);
            rows.add(new EvalRow("oracle", flat(o.meanReturn()[0], k), flat(o.stdReturn()[0], k),
                    flat(o.meanMetric()[0], k)));
        }
        Path dir = outDir == null ? checkpoint : outDir;
        Path table = dir.resolve("eval.txt");
        Path plot = dir.resolve("eval.png");
        Policies.writeAtomically(table, "env " + envId + ", " + config.tasks() + " held-out tasks (seed " + config.seed()
                + "), " + config.fastBatch() + " episodes per step, alpha " + evaluator.protocolLr() + " then x"
                + config.laterStepScale() + "\n" + Evaluator.table(rows, k));
        Policies.writeAtomically(dir.resolve("eval.json"), Evaluator.json(rows));
        Plots.lines(plot, envId + ": return after adaptation steps (" + config.tasks() + " held-out tasks)",
                "adaptation steps", "average return", Evaluator.lines(rows));
        return new Report(rows, k, table, plot);
    }

    private static double[] flat(double v, int steps) {
        double[] a = new double[steps + 1];
        Arrays.fill(a, v);
        return a;
    }
}

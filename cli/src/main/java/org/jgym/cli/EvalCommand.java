package org.jgym.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jgym.agents.eval.CheckpointEvaluation;
import org.jgym.agents.eval.EvalConfig;
import org.jgym.agents.eval.Evaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jgym eval}: adaptation curve of a trained checkpoint on held-out tasks, against baselines. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Average return after 0..k adaptation steps on held-out tasks (the paper's protocol), "
                + "against random init and optional pretrained/oracle checkpoints; prints a table, writes a PNG.")
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--checkpoint", required = true, description = "a 'jgym train --out' directory")
    Path checkpoint;
    @Option(names = "--env", description = "env id (default: the checkpoint's)")
    String env;
    @Option(names = "--kwargs", paramLabel = "JSON", description = "env kwargs (default: the checkpoint's)")
    String kwargs;
    @Option(names = "--adapt-steps", defaultValue = "3", description = "k, default ${DEFAULT-VALUE}")
    int adaptSteps;
    @Option(names = "--tasks", defaultValue = "40", description = "held-out tasks, default ${DEFAULT-VALUE}")
    int tasks;
    @Option(names = "--fast-batch", defaultValue = "40", description = "episodes per task and step, default ${DEFAULT-VALUE}")
    int fastBatch;
    @Option(names = "--inner-lr", description = "alpha (default: the checkpoint's inner lr); later steps use alpha/2")
    Double innerLr;
    @Option(names = "--pretrained", description = "checkpoint of the pretrained baseline ('jgym train --algo pretrain')")
    Path pretrained;
    @Option(names = "--oracle", description = "checkpoint trained on the oracle env variant")
    Path oracle;
    @Option(names = "--oracle-env", description = "env id of the oracle (default: the oracle checkpoint's)")
    String oracleEnv;
    @Option(names = "--oracle-kwargs", paramLabel = "JSON", description = "kwargs of the oracle env")
    String oracleKwargs;
    @Option(names = "--threads", description = "threads (default: all cores)")
    Integer threads;
    @Option(names = "--seed", required = true, description = "seed of the held-out tasks (>= 0)")
    long seed;
    @Option(names = "--out", description = "where to write eval.txt/json/png (default: the checkpoint directory)")
    Path out;
    @Option(names = "--json", description = "print the rows as one JSON array as the last line")
    boolean json;

    @Override
    public Integer call() {
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        EvalConfig config = new EvalConfig(adaptSteps, tasks, fastBatch, innerLr == null ? Double.NaN : innerLr, 0.5,
                seed, t);
        var baselines = new CheckpointEvaluation.Baselines(pretrained, oracle, oracleEnv,
                oracleKwargs == null ? java.util.Map.of() : Registries.kwargs(oracleKwargs));
        CheckpointEvaluation.Report report = CheckpointEvaluation.run(Registries.registry(), checkpoint, env,
                kwargs == null ? null : Registries.kwargs(kwargs), config, baselines, out);
        System.out.print(report.tableText());
        System.out.println("table: " + report.tableFile() + "  plot: " + report.plot());
        if (json) System.out.println(Evaluator.json(report.rows()));
        return 0;
    }
}

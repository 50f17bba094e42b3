package org.jgym.cli;

import java.nio.file.Path;
import org.jgym.agents.eval.CheckpointEvaluation;
import org.jgym.agents.experiments.ExperimentOptions;
import org.jgym.agents.experiments.MetaDemo;

/** The meta-learning part of {@code jgym demo}: short MAML-TRPO training on Navigation2D, then before/after table. */
final class MetaDemoSection {
    private MetaDemoSection() {
    }

    static void run(Path out, long seed, int iterations) {
        if (iterations <= 0) return;
        System.out.println();
        System.out.println("Meta-training MAML-TRPO on Navigation2D-v0 (" + iterations
                + " meta-iterations x 20 tasks x 20 episodes; a few minutes on 2 cores)...");
        Progress[] progress = {null};
        String[] stage = {""};
        ExperimentOptions options = new ExperimentOptions(Registries.registry(), out.resolve("meta"), seed,
                Runtime.getRuntime().availableProcessors(), iterations, 0, (s, done, total) -> {
                    if (!s.equals(stage[0])) {
                        if (progress[0] != null) progress[0].close();
                        stage[0] = s;
                        progress[0] = new Progress("demo " + s, total, "it");
                    }
                    progress[0].stepTo(done);
                });
        CheckpointEvaluation.Report report;
        try {
            report = MetaDemo.run(options);
        } finally {
            if (progress[0] != null) progress[0].close();
        }
        System.out.println("Average return on 10 held-out goals after 0, 1, 2 adaptation steps (mean ± std over goals):");
        System.out.print(report.tableText());
        System.out.println("Adaptation plot: " + report.plot().toAbsolutePath() + "; learning curve and trajectories: "
                + out.resolve("meta/maml").toAbsolutePath());
    }
}

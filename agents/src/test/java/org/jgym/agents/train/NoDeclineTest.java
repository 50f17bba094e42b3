package org.jgym.agents.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jgym.agents.sampling.GymTaskEnvironment;
import org.jgym.env.api.registry.Gym;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's guard on whole training runs: at upstream pytorch-maml-rl's 2D-navigation settings (scaled down to 10 tasks
 * x 10 episodes and 2 x 32 tanh so that it fits the suite), the post-adaptation return of the training batches must
 * not fall from one checkpoint window to the next by more than the noise measured over seeds. At this scale the code
 * before issue 15's fix (6643ace) passes too, because its decline needed 100+ iterations of full batches; the
 * averaging bug itself is caught quantity by quantity by {@code UpstreamBatchTest} on cut episodes.
 */
class NoDeclineTest {
    /**
     * Change of the window means (iterations 40-60 minus 20-40) over 4 seeds of this run with the CLI (same config):
     * +1.61, +1.83, +0.44, -0.80; mean +0.77, standard deviation 1.2. The bound is the mean minus 3 standard deviations.
     */
    private static final double ALLOWED_DROP = 3.0;

    @Test
    void postAdaptationReturnHoldsBetweenCheckpoints() {
        TrainConfig c = TrainConfig.fromJson("""
                {"innerLr": 0.1, "innerSteps": 1, "fastBatch": 10, "metaBatch": 10, "hidden": [32, 32],
                 "activation": "tanh", "maxKl": 0.01, "cgIterations": 10, "cgDamping": 1e-5, "lsMaxSteps": 15,
                 "lsBacktrackRatio": 0.8, "gamma": 0.99, "gaeLambda": 1.0, "actionScaling": "clip", "averaging": "episode",
                 "iterations": 60, "seed": 1, "threads": 2}""");
        GymTaskEnvironment env = new GymTaskEnvironment(Gym.registry(), "Navigation2D-v0", Map.of(), null);
        List<IterationRecord> log = new MetaTrainer(c, env, Path.of("unused")).train(TrainingListener.NONE, false, false)
                .records();
        double earlier = meanPostReturn(log.subList(20, 40));
        double later = meanPostReturn(log.subList(40, 60));
        assertTrue(later > -25, "post-adaptation return " + later + " over iterations 40-60; MAML reaches about -18 here");
        assertTrue(later >= earlier - ALLOWED_DROP, "post-adaptation return fell from " + earlier + " (iterations 20-40) to "
                + later + " (40-60), more than the " + ALLOWED_DROP + " allowed by the spread over seeds");
    }

    private static double meanPostReturn(List<IterationRecord> records) {
        return records.stream().mapToDouble(IterationRecord::postReturn).average().orElseThrow();
    }
}

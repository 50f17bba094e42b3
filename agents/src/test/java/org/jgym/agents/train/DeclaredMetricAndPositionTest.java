package org.jgym.agents.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jgym.agents.sampling.GymTaskEnvironment;
import org.jgym.agents.testenv.PointGoalEnv;
import org.jgym.env.api.registry.EnvSpec;
import org.jgym.env.api.registry.Registry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The learners take the evaluation metric and the position for plots from the env spec, not from fixed names. */
class DeclaredMetricAndPositionTest {
    @TempDir
    Path dir;

    private static Registry registry(boolean declares) {
        EnvSpec.Builder b = EnvSpec.builder(PointGoalEnv.ID, k -> new PointGoalEnv()).maxEpisodeSteps(10);
        if (declares) {
            b.evaluationMetric("distance").position2d(0, 1);
        }
        Registry r = new Registry();
        r.register(b.build());
        return r;
    }

    private MetaTrainer.Result train(boolean declares, Path out) {
        TrainConfig c = new TrainConfig(); // metricKey left at its default
        c.env = PointGoalEnv.ID;
        c.iterations = 1;
        c.metaBatch = 2;
        c.fastBatch = 2;
        c.hidden = new int[] {4};
        c.threads = 1;
        c.seed = 2;
        return new MetaTrainer(c, new GymTaskEnvironment(registry(declares), c.env, Map.of(), c.metricKey), out)
                .train(TrainingListener.NONE, false, true);
    }

    @Test
    void anEnvThatDeclaresItsMetricAndPositionGetsBothWithoutConfig() throws Exception {
        assertNull(new TrainConfig().metricKey, "no env-specific default");
        MetaTrainer.Result r = train(true, dir.resolve("declared"));
        assertTrue(Double.isFinite(r.last().postMetric()), "the declared metric is logged");
        assertTrue(Files.size(dir.resolve("declared/trajectories.png")) > 0);
        assertEquals("distance", new GymTaskEnvironment(registry(true), PointGoalEnv.ID, Map.of(), null).metricKey());
    }

    @Test
    void anEnvThatDeclaresNeitherGetsNoMetricAndNoTrajectoryPlot() {
        MetaTrainer.Result r = train(false, dir.resolve("plain"));
        assertTrue(Double.isNaN(r.last().postMetric()));
        assertTrue(Files.exists(dir.resolve("plain/learning-curve.png")));
        assertFalse(Files.exists(dir.resolve("plain/trajectories.png")), "no position declared: no trajectory plot");
    }
}

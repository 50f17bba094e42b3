package org.jgym.agents.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jgym.agents.sampling.GymTaskEnvironment;
import org.jgym.agents.testenv.PointGoalEnv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetaTrainerTest {
    private static GymTaskEnvironment env() {
        return new GymTaskEnvironment(PointGoalEnv.registry(20), PointGoalEnv.ID, Map.of(), "distance");
    }

    private static TrainConfig smallConfig() {
        TrainConfig c = new TrainConfig();
        c.env = PointGoalEnv.ID;
        c.iterations = 4;
        c.metaBatch = 4;
        c.fastBatch = 5;
        c.hidden = new int[] {16, 16};
        c.innerLr = 0.5;
        c.seed = 3;
        return c;
    }

    @Test
    void sameSeedGivesSameParametersWhateverTheThreadCount(@TempDir Path dir) {
        TrainConfig one = smallConfig();
        one.threads = 1;
        TrainConfig three = smallConfig();
        three.threads = 3;
        double[] a = new MetaTrainer(one, env(), dir.resolve("a")).train(TrainingListener.NONE, false, false).params();
        double[] b = new MetaTrainer(three, env(), dir.resolve("b")).train(TrainingListener.NONE, false, false).params();
        assertArrayEquals(a, b, 0.0);
    }

    @Test
    void resumeContinuesExactlyLikeAnUninterruptedRun(@TempDir Path dir) {
        TrainConfig full = smallConfig();
        double[] expected = new MetaTrainer(full, env(), dir.resolve("full"))
                .train(TrainingListener.NONE, false, true).params();
        TrainConfig half = smallConfig();
        half.iterations = 2;
        half.checkpointEvery = 1;
        new MetaTrainer(half, env(), dir.resolve("resumed")).train(TrainingListener.NONE, false, true);
        MetaTrainer.Result resumed = new MetaTrainer(full, env(), dir.resolve("resumed"))
                .train(TrainingListener.NONE, true, true);
        assertArrayEquals(expected, resumed.params(), 0.0);
        assertEquals(List.of(2, 3), resumed.records().stream().map(IterationRecord::iteration).toList());
        assertTrue(dir.resolve("resumed/learning-curve.png").toFile().length() > 0);
    }

    @Test
    void aTimeBudgetStopsAfterTheIterationThatCrossesItWithACheckpointThatResumes(@TempDir Path dir) {
        TrainConfig budget = smallConfig();
        budget.iterations = 1000;
        budget.checkpointEvery = 500;
        budget.minutes = 1e-6;  // crossed by the first iteration
        MetaTrainer.Result r = new MetaTrainer(budget, env(), dir).train(TrainingListener.NONE, false, true);
        assertEquals(1, r.records().size());
        TrainConfig full = smallConfig();
        full.iterations = 2;
        double[] expected = new MetaTrainer(full, env(), dir.resolve("full"))
                .train(TrainingListener.NONE, false, false).params();
        MetaTrainer.Result resumed = new MetaTrainer(full, env(), dir).train(TrainingListener.NONE, true, true);
        assertEquals(List.of(1), resumed.records().stream().map(IterationRecord::iteration).toList());
        assertArrayEquals(expected, resumed.params(), 0.0);
    }
}

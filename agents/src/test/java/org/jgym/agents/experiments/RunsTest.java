package org.jgym.agents.experiments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jgym.agents.testenv.PointGoalEnv;
import org.jgym.agents.train.IterationRecord;
import org.jgym.agents.train.MetaTrainer;
import org.jgym.agents.train.TrainConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunsTest {
    private static TrainConfig config(long seed) {
        TrainConfig c = new TrainConfig();
        c.env = PointGoalEnv.ID;
        c.iterations = 4;
        c.checkpointEvery = 2;
        c.metaBatch = 4;
        c.fastBatch = 5;
        c.hidden = new int[] {16, 16};
        c.innerLr = 0.5;
        c.seed = seed;
        c.threads = 1;
        return c;
    }

    private static ExperimentOptions options(Path out, ExperimentOptions.Progress progress) {
        return new ExperimentOptions(PointGoalEnv.registry(20), out, 0, 1, 0, 0, progress);
    }

    private static List<Integer> iterations(List<IterationRecord> records) {
        return records.stream().map(IterationRecord::iteration).toList();
    }

    @Test
    void anInterruptedStudyRunContinuesToTheResultOfAnUninterruptedOne(@TempDir Path out) {
        MetaTrainer.Result full = Runs.train(config(3), options(out, (s, d, t) -> { }), "full", out.resolve("full"));

        Path dir = out.resolve("interrupted");
        ExperimentOptions.Progress killAfterThree = (stage, done, total) -> {
            if (done == 3) throw new IllegalStateException("killed");
        };
        assertThrows(IllegalStateException.class, () -> Runs.train(config(3), options(out, killAfterThree), "x", dir));
        assertTrue(Runs.startedWith(config(3), dir));

        TrainConfig moreThreads = config(3);
        moreThreads.threads = 2;
        MetaTrainer.Result resumed = Runs.train(moreThreads, options(out, (s, d, t) -> { }), "resumed", dir);
        assertEquals(List.of(2, 3), iterations(resumed.records()), "continues from the checkpoint after iteration 2");
        assertEquals(List.of(0, 1, 2, 3), iterations(resumed.history()));
        assertArrayEquals(full.params(), resumed.params(), 0.0);
        assertArrayEquals(full.history().stream().mapToDouble(IterationRecord::postReturn).toArray(),
                resumed.history().stream().mapToDouble(IterationRecord::postReturn).toArray(), 0.0);

        MetaTrainer.Result again = Runs.train(config(3), options(out, (s, d, t) -> { }), "again", dir);
        assertEquals(List.of(0, 1, 2, 3), iterations(again.history()), "a finished run is read back, not rerun");
        assertArrayEquals(full.params(), again.params(), 0.0);
    }

    @Test
    void aRunOfAnotherConfigurationIsTrainedFromScratch(@TempDir Path out) {
        Path dir = out.resolve("run");
        Runs.train(config(3), options(out, (s, d, t) -> { }), "seed 3", dir);
        assertFalse(Runs.startedWith(config(4), dir));
        MetaTrainer.Result other = Runs.train(config(4), options(out, (s, d, t) -> { }), "seed 4", dir);
        assertEquals(List.of(0, 1, 2, 3), iterations(other.records()));
        assertFalse(Runs.startedWith(config(3), out.resolve("missing")));
    }
}

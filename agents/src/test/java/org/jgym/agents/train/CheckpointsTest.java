package org.jgym.agents.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.jgym.agents.policy.Policies;
import org.jgym.agents.sampling.GymTaskEnvironment;
import org.jgym.agents.testenv.PointGoalEnv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A checkpoint is one file; damaged checkpoints and logs fail (or recover) with the file named. */
class CheckpointsTest {
    @TempDir
    Path dir;

    private static GymTaskEnvironment env() {
        return new GymTaskEnvironment(PointGoalEnv.registry(10), PointGoalEnv.ID, Map.of(), "distance");
    }

    private static TrainConfig config(int iterations) {
        TrainConfig c = new TrainConfig();
        c.env = PointGoalEnv.ID;
        c.iterations = iterations;
        c.metaBatch = 2;
        c.fastBatch = 2;
        c.hidden = new int[] {4};
        c.threads = 1;
        c.checkpointEvery = 1;
        c.seed = 5;
        return c;
    }

    @Test
    void theCheckpointIsOneFileHoldingPolicyParametersAndTrainingState() throws Exception {
        Path run = dir.resolve("run");
        double[] params = new MetaTrainer(config(2), env(), run).train(TrainingListener.NONE, false, true).params();
        assertFalse(Files.exists(run.resolve("state.json")), "no second checkpoint file to get out of step");
        assertArrayEquals(params, Policies.load(run.resolve("policy.json")).params(), 0.0);
        assertTrue(Files.readString(run.resolve("policy.json")).contains("\"next_iteration\":2"));
    }

    @Test
    void aTruncatedLastLogRowIsDroppedOnResume() throws Exception {
        Path run = dir.resolve("run");
        new MetaTrainer(config(2), env(), run).train(TrainingListener.NONE, false, true);
        Files.writeString(run.resolve("log.csv"), "2,-3.1,-2.", StandardOpenOption.APPEND); // killed mid-write
        MetaTrainer.Result resumed = new MetaTrainer(config(3), env(), run).train(TrainingListener.NONE, true, true);
        assertEquals(List.of(2), resumed.records().stream().map(IterationRecord::iteration).toList());
        List<String> rows = Files.readAllLines(run.resolve("log.csv"));
        assertEquals(4, rows.size(), "header and iterations 0, 1, 2: " + rows);
        assertTrue(rows.get(3).startsWith("2,"), rows.toString());
    }

    /** Trains one iteration into dir/run and returns its checkpoint file. */
    private Path trainedCheckpoint() {
        Path run = dir.resolve("run");
        new MetaTrainer(config(1), env(), run).train(TrainingListener.NONE, false, true);
        return run.resolve("policy.json");
    }

    @Test
    void aCheckpointWhoseParametersDoNotMatchItsStateIsRefused() throws Exception {
        Path file = trainedCheckpoint();
        Path run = file.getParent();
        String text = Files.readString(file);
        int at = text.indexOf("\"params\":[") + "\"params\":[".length();
        Files.writeString(file, text.substring(0, at) + "0.125," + text.substring(text.indexOf(',', at) + 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MetaTrainer(config(2), env(), run).train(TrainingListener.NONE, true, true));
        assertEquals("cannot resume: the parameters in " + file
                + " do not match the training state stored with them (the file was edited or damaged)", e.getMessage());
    }

    @Test
    void emptyTruncatedAndForeignPolicyFilesFailNamingTheFile() throws Exception {
        Path file = trainedCheckpoint();
        String good = Files.readString(file);
        String[][] cases = {
            {"", file + " is empty: not a policy checkpoint"},
            {good.substring(0, good.length() / 2), file + " is not a policy checkpoint (cut short or damaged?): invalid JSON"},
            {"{\"weights\": [1, 2]}", file + " is not a policy checkpoint: it lacks or garbles the 'policy' or 'params'"},
            {"garbage", file + " is not a policy checkpoint (cut short or damaged?): invalid JSON: unexpected garbage"},
        };
        for (String[] c : cases) {
            Files.writeString(file, c[0]);
            String message = assertThrows(IllegalArgumentException.class, () -> Policies.load(file)).getMessage();
            assertTrue(message.startsWith(c[1]) && !message.contains("\n"), message);
        }
        Files.delete(file);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Policies.load(file)).getMessage()
                .startsWith("no policy checkpoint " + file));
    }
}

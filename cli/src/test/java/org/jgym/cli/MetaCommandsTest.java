package org.jgym.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The train / eval / experiment commands on the real navigation envs. */
class MetaCommandsTest {
    @Test
    void unknownAlgorithmGivesOneErrorLine(@TempDir Path dir) {
        CliRun r = CliRun.of("train", "--algo", "maml2", "--seed", "0", "--out", dir.toString());
        assertEquals(2, r.exitCode());
        assertEquals("jgym: error: invalid algo: maml2 (allowed: maml, fomaml, reptile, pretrain)", r.err().strip());
    }

    @Test
    void negativeLearningRateGivesOneErrorLine(@TempDir Path dir) {
        CliRun r = CliRun.of("train", "--inner-lr", "-0.5", "--seed", "0", "--out", dir.toString());
        assertEquals(2, r.exitCode());
        assertEquals("jgym: error: invalid inner-lr: -0.5 (allowed: a number > 0)", r.err().strip());
    }

    @Test
    void unknownExperimentGivesOneErrorLine() {
        CliRun r = CliRun.of("experiment", "inner-step");
        assertEquals(2, r.exitCode());
        assertEquals("jgym: error: unknown experiment 'inner-step'; known: inner-steps, meta-optimizers, first-order",
                r.err().strip());
    }

    @Test
    void envOfAnExperimentWithoutOneGivesOneErrorLine() {
        CliRun r = CliRun.of("experiment", "inner-steps", "--env", "HalfCheetahDir-v0");
        assertEquals(2, r.exitCode());
        assertEquals("jgym: error: --env applies only to the meta-optimizers experiment; inner-steps runs on its "
                + "seed's env", r.err().strip());
    }

    @Test
    void aTimeBudgetStopsTrainingAfterTheIterationThatCrossesIt(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("run");
        CliRun t = CliRun.of("train", "--iterations", "1000", "--minutes", "0.0001", "--meta-batch", "2",
                "--fast-batch", "2", "--hidden", "8,8", "--threads", "1", "--seed", "3", "--out", out.toString());
        assertEquals(0, t.exitCode(), t.err());
        assertEquals(2, Files.readAllLines(out.resolve("log.csv")).size());
        assertTrue(t.out().contains("(1 iteration(s) in this run)"), t.out());
        assertTrue(Files.size(out.resolve("policy.json")) > 0);
        CliRun bad = CliRun.of("train", "--minutes", "-1", "--seed", "0", "--out", dir.resolve("bad").toString());
        assertEquals("jgym: error: invalid minutes: -1.0 (allowed: a number >= 0 (0 = no time limit))",
                bad.err().strip());
    }

    @Test
    void trainAndEvalOnHeldOutTasksOfAMujocoTaskFamily(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("cheetah");
        Path config = Files.writeString(dir.resolve("config.json"),
                "{\"actionScaling\": \"clip\", \"innerLr\": 0.1}");
        CliRun t = CliRun.of("train", "--env", "HalfCheetahDir-v0", "--config", config.toString(), "--iterations", "1",
                "--meta-batch", "2", "--fast-batch", "1", "--hidden", "8,8", "--threads", "2", "--seed", "3",
                "--out", out.toString());
        assertEquals(0, t.exitCode(), t.err());
        CliRun e = CliRun.of("eval", "--checkpoint", out.toString(), "--adapt-steps", "2", "--tasks", "3",
                "--fast-batch", "1", "--threads", "2", "--seed", "4", "--json");
        assertEquals(0, e.exitCode(), e.err());
        String[] lines = e.out().strip().split("\n");
        var rows = JsonParser.parseString(lines[lines.length - 1]).getAsJsonArray();
        assertEquals(2, rows.size(), e.out());  // maml-trpo and random init
        for (var row : rows) {
            var returns = row.getAsJsonObject().getAsJsonArray("mean_return");
            assertEquals(3, returns.size());
            for (var v : returns) assertTrue(Double.isFinite(v.getAsDouble()), e.out());
        }
        assertTrue(Files.readString(out.resolve("eval.txt")).startsWith("env HalfCheetahDir-v0, 3 held-out tasks"));
    }

    @Test
    void trainThenEvalWritesLogsCheckpointPlotsAndTable(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("run");
        CliRun t = CliRun.of("train", "--algo", "fomaml", "--iterations", "2", "--meta-batch", "2", "--fast-batch", "2",
                "--hidden", "8,8", "--threads", "1", "--seed", "3", "--out", out.toString(), "--json");
        assertEquals(0, t.exitCode(), t.err());
        String[] lines = t.out().strip().split("\n");
        JsonObject summary = JsonParser.parseString(lines[lines.length - 1]).getAsJsonObject();
        assertTrue(summary.get("mean_seconds_per_iteration").getAsDouble() > 0);
        assertTrue(summary.has("last_post_return"));
        for (String f : new String[] {"config.json", "policy.json", "log.csv", "log.jsonl",
                "learning-curve.png", "trajectories.png"}) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        assertEquals(3, Files.readAllLines(out.resolve("log.csv")).size());
        CliRun e = CliRun.of("eval", "--checkpoint", out.toString(), "--adapt-steps", "1", "--tasks", "2", "--fast-batch", "2",
                "--threads", "1", "--seed", "4");
        assertEquals(0, e.exitCode(), e.err());
        assertTrue(e.out().contains("random init"), e.out());
        assertTrue(Files.size(out.resolve("eval.png")) > 0);
        CliRun rollout = CliRun.of("rollout", "Navigation2D-v0", "--agent", "policy", "--agent-kwargs",
                "{\"checkpoint\": \"" + out.toString().replace("\\", "/") + "\"}", "--episodes", "2", "--seed", "0");
        assertEquals(0, rollout.exitCode(), rollout.err());
        assertTrue(rollout.out().contains("agent policy"), rollout.out());
    }
}

package org.jgym.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The train / eval / experiment commands on the real navigation envs. */
class MetaCommandsTest {
    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            CommandLine cli = JgymCli.commandLine();
            cli.setErr(new PrintWriter(err, true));
            int code = cli.execute(args);
            System.out.flush();
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(oldOut);
        }
    }

    @Test
    void unknownAlgorithmGivesOneErrorLine(@TempDir Path dir) {
        Run r = run("train", "--algo", "maml2", "--seed", "0", "--out", dir.toString());
        assertEquals(2, r.exitCode());
        assertEquals("jgym: error: invalid algo: maml2 (allowed: maml, fomaml, reptile, pretrain)", r.err().strip());
    }

    @Test
    void negativeLearningRateGivesOneErrorLine(@TempDir Path dir) {
        Run r = run("train", "--inner-lr", "-0.5", "--seed", "0", "--out", dir.toString());
        assertEquals(2, r.exitCode());
        assertEquals("jgym: error: invalid inner-lr: -0.5 (allowed: a number > 0)", r.err().strip());
    }

    @Test
    void unknownExperimentGivesOneErrorLine() {
        Run r = run("experiment", "inner-step");
        assertEquals(2, r.exitCode());
        assertEquals("jgym: error: unknown experiment 'inner-step'; known: inner-steps, meta-optimizers, first-order",
                r.err().strip());
    }

    @Test
    void trainThenEvalWritesLogsCheckpointPlotsAndTable(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("run");
        Run t = run("train", "--algo", "fomaml", "--iterations", "2", "--meta-batch", "2", "--fast-batch", "2",
                "--hidden", "8,8", "--threads", "1", "--seed", "3", "--out", out.toString(), "--json");
        assertEquals(0, t.exitCode(), t.err());
        String[] lines = t.out().strip().split("\n");
        JsonObject summary = JsonParser.parseString(lines[lines.length - 1]).getAsJsonObject();
        assertTrue(summary.get("mean_seconds_per_iteration").getAsDouble() > 0);
        assertTrue(summary.has("last_post_return"));
        for (String f : new String[] {"config.json", "policy.json", "state.json", "log.csv", "log.jsonl",
                "learning-curve.png", "trajectories.png"}) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        assertEquals(3, Files.readAllLines(out.resolve("log.csv")).size());
        Run e = run("eval", "--checkpoint", out.toString(), "--adapt-steps", "1", "--tasks", "2", "--fast-batch", "2",
                "--threads", "1", "--seed", "4");
        assertEquals(0, e.exitCode(), e.err());
        assertTrue(e.out().contains("random init"), e.out());
        assertTrue(Files.size(out.resolve("eval.png")) > 0);
        Run rollout = run("rollout", "Navigation2D-v0", "--agent", "policy", "--agent-kwargs",
                "{\"checkpoint\": \"" + out.toString().replace("\\", "/") + "\"}", "--episodes", "2", "--seed", "0");
        assertEquals(0, rollout.exitCode(), rollout.err());
        assertTrue(rollout.out().contains("agent policy"), rollout.out());
    }
}

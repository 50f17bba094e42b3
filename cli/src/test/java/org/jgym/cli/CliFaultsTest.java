package org.jgym.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input to the commands: each gives exit code 2 and one plain line saying what was wrong. */
class CliFaultsTest {
    @TempDir
    Path dir;

    private static String oneErrorLine(CliRun r) {
        assertEquals(2, r.exitCode(), r.out() + r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("jgym: error: "), r.err());
        return r.err().strip().substring("jgym: error: ".length());
    }

    @Test
    void kwargsAreParsedStrictly() {
        String[][] cases = {
            {"{\"obstacles\": hard}", "kwargs is not valid JSON: unexpected hard (a string needs double quotes) at column 15"},
            {"{'obstacles': 'hard'}", "kwargs is not valid JSON: keys need double quotes, not single quotes at column 2"},
            {"{\"obstacles\": \"hard\", \"obstacles\": \"easy\"}", "kwargs is not valid JSON: the key \"obstacles\" appears twice"},
            {"{\"obstacles\": \"hard\"", "kwargs is not valid JSON: the text ends where '}' is expected"},
        };
        for (String[] c : cases) {
            String error = oneErrorLine(CliRun.of("rollout", "ObstacleNavigation-v0", "--kwargs", c[0], "--episodes", "1",
                    "--seed", "0"));
            assertTrue(error.startsWith(c[1]) && !error.contains("LENIENT"), error);
        }
    }

    @Test
    void renderIntoADirectoryIsRefusedBeforeRunning() {
        String error = oneErrorLine(CliRun.of("rollout", "Navigation2D-v0", "--episodes", "1", "--seed", "0",
                "--render", dir.toString()));
        assertTrue(error.startsWith("--render needs a PNG file name, but " + dir + " is a directory"), error);
    }

    @Test
    void trainRefusesToOverwriteARunAndToWriteIntoAFile() throws Exception {
        Path run = Files.createDirectories(dir.resolve("run"));
        Files.writeString(run.resolve("config.json"), "{}");
        String error = oneErrorLine(CliRun.of("train", "--iterations", "1", "--seed", "0", "--out", run.toString()));
        assertEquals(run + " already holds a training run; pass --resume to continue it or --overwrite to start over",
                error);
        assertEquals("{}", Files.readString(run.resolve("config.json")), "the run is untouched");
        Path file = Files.writeString(dir.resolve("file.txt"), "x");
        assertEquals("--out must be a directory, but " + file + " is a file",
                oneErrorLine(CliRun.of("train", "--seed", "0", "--out", file.toString())));
        assertEquals("cannot resume: " + dir.resolve("empty") + " holds no training run (no config.json)",
                oneErrorLine(CliRun.of("train", "--seed", "0", "--resume", "--out", dir.resolve("empty").toString())));
    }

    @Test
    void evalOnAMissingEmptyOrGarbageCheckpointNamesTheFile() throws Exception {
        Path run = Files.createDirectories(dir.resolve("run"));
        String missing = oneErrorLine(CliRun.of("eval", "--checkpoint", run.toString(), "--seed", "0"));
        assertTrue(missing.startsWith("no training config " + run.resolve("config.json")), missing);
        Files.writeString(run.resolve("config.json"), "{\"env\": \"Navigation2D-v0\"}");
        Path policy = run.resolve("policy.json");
        String[][] cases = {
            {"", policy + " is empty: not a policy checkpoint"},
            {"{\"policy\": {\"type\": \"gaussian\", \"observ", policy + " is not a policy checkpoint (cut short or damaged?)"},
            {"\u0000\u0001garbage", policy + " is not a policy checkpoint (cut short or damaged?)"},
        };
        for (String[] c : cases) {
            Files.writeString(policy, c[0]);
            String error = oneErrorLine(CliRun.of("eval", "--checkpoint", run.toString(), "--seed", "0"));
            assertTrue(error.startsWith(c[1]), error);
        }
        Files.writeString(run.resolve("config.json"), "{\"env\": Navigation2D}");
        String badConfig = oneErrorLine(CliRun.of("eval", "--checkpoint", run.toString(), "--seed", "0"));
        assertTrue(badConfig.startsWith(run.resolve("config.json") + ": config is not valid JSON"), badConfig);
    }
}

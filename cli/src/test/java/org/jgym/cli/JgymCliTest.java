package org.jgym.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs the real commands against the navigation plugin on the test class path. */
class JgymCliTest {

    private record Run(int exitCode, String out, String err) {
        JsonObject json() {
            String[] lines = out.strip().split("\n");
            return JsonParser.parseString(lines[lines.length - 1]).getAsJsonObject();
        }
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
    void listShowsNavigationEnvsWithTheirJar() {
        Run r = run("list", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonArray envs = r.json().getAsJsonArray("envs");
        boolean found = false;
        for (var e : envs) {
            JsonObject o = e.getAsJsonObject();
            if (o.get("id").getAsString().equals("ObstacleNavigation-v0")) {
                found = true;
                assertTrue(o.get("jar").getAsString().contains("env-navigation"), o.toString());
            }
        }
        assertTrue(found, r.out());
        assertTrue(r.json().getAsJsonArray("task_distributions").toString().contains("obstacle-navigation/narrow"));
        assertTrue(r.json().getAsJsonArray("agents").toString().contains("greedy"));
    }

    @Test
    void rolloutIsDeterministicForASeed() {
        Run a = run("rollout", "ObstacleNavigation-v0", "--kwargs", "{\"obstacles\": \"hard\"}", "--episodes", "3",
                "--seed", "5", "--json");
        Run b = run("rollout", "ObstacleNavigation-v0", "--kwargs", "{\"obstacles\": \"hard\"}", "--episodes", "3",
                "--seed", "5", "--json");
        assertEquals(0, a.exitCode(), a.err());
        assertEquals(a.json().get("mean_return"), b.json().get("mean_return"));
        assertEquals(300, a.json().get("total_steps").getAsInt(), "random play never reaches the goal in 100 steps");
        assertTrue(a.json().getAsJsonObject("final_info").has("distance"));
    }

    @Test
    void greedyAgentReachesTheNavigation2DGoal() {
        Run r = run("rollout", "Navigation2D-v0", "--agent", "greedy", "--episodes", "5", "--seed", "1", "--json");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.json().get("mean_length").getAsDouble() < 100, r.out());
    }

    @Test
    void rolloutRendersAPng(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("nav.png");
        Run r = run("rollout", "ObstacleNavigation-v0", "--agent", "greedy", "--episodes", "1", "--seed", "2",
                "--render", png.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.size(png) > 0);
        assertTrue(ImageIO.read(png.toFile()).getWidth() > 100);
    }

    @Test
    void checkPassesForBothFamilies() {
        for (String id : new String[] {"Navigation2D-v0", "ObstacleNavigation-v0"}) {
            Run r = run("check", id, "--json");
            assertEquals(0, r.exitCode(), r.out() + r.err());
            assertTrue(r.json().get("passed").getAsBoolean());
        }
    }

    @Test
    void tasksSamplesTheUniformQuadrantsInOrder() {
        Run r = run("tasks", "obstacle-navigation/uniform", "--sample", "4", "--seed", "3", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonArray tasks = r.json().getAsJsonArray("tasks");
        assertEquals(4, tasks.size());
        assertTrue(r.json().get("size").getAsLong() > 0);
        Run byEnv = run("tasks", "Navigation2D-v0", "--seed", "3", "--json");
        assertEquals("infinite", byEnv.json().get("size").getAsString());
    }

    @Test
    void unknownIdFailsWithOneLineAndSuggestion() {
        Run r = run("rollout", "Navigation2d-v0", "--episodes", "1", "--seed", "0");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("jgym: error: unknown environment id 'Navigation2d-v0'; did you mean: Navigation2D-v0"),
                r.err());
        assertEquals(1, r.err().strip().lines().count());
    }

    @Test
    void badKwargsNameTheKeyAndWhatIsAllowed() {
        Run r = run("rollout", "ObstacleNavigation-v0", "--kwargs", "{\"obstacles\": \"extreme\"}", "--episodes", "1",
                "--seed", "0", "--json");
        assertEquals(2, r.exitCode());
        String error = r.json().get("error").getAsString();
        assertTrue(error.contains("'obstacles'") && error.contains("[none, easy, medium, hard]"), error);
    }

    @Test
    void missingSeedIsAUsageError() {
        Run r = run("rollout", "Navigation2D-v0", "--episodes", "1");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--seed"), r.err());
    }

    @Test
    void nonPositiveEpisodesAreRejected() {
        Run r = run("rollout", "Navigation2D-v0", "--episodes", "0", "--seed", "1");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--episodes must be > 0, got 0"), r.err());
    }
}

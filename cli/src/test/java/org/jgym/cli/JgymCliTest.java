package org.jgym.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real commands against the navigation plugin on the test class path. */
class JgymCliTest {

    @Test
    void listShowsNavigationEnvsWithTheirJar() {
        CliRun r = CliRun.of("list", "--json");
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
        CliRun a = CliRun.of("rollout", "ObstacleNavigation-v0", "--kwargs", "{\"obstacles\": \"hard\"}", "--episodes", "3",
                "--seed", "5", "--json");
        CliRun b = CliRun.of("rollout", "ObstacleNavigation-v0", "--kwargs", "{\"obstacles\": \"hard\"}", "--episodes", "3",
                "--seed", "5", "--json");
        assertEquals(0, a.exitCode(), a.err());
        assertEquals(a.json().get("mean_return"), b.json().get("mean_return"));
        assertEquals(300, a.json().get("total_steps").getAsInt(), "random play never reaches the goal in 100 steps");
        assertTrue(a.json().getAsJsonObject("final_info").has("distance"));
    }

    @Test
    void greedyAgentReachesTheNavigation2DGoal() {
        CliRun r = CliRun.of("rollout", "Navigation2D-v0", "--agent", "greedy", "--episodes", "5", "--seed", "1", "--json");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.json().get("mean_length").getAsDouble() < 100, r.out());
    }

    @Test
    void rolloutRendersAPng(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("nav.png");
        CliRun r = CliRun.of("rollout", "ObstacleNavigation-v0", "--agent", "greedy", "--episodes", "1", "--seed", "2",
                "--render", png.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.size(png) > 0);
        assertTrue(ImageIO.read(png.toFile()).getWidth() > 100);
    }

    @Test
    void checkPassesForBothFamilies() {
        for (String id : new String[] {"Navigation2D-v0", "ObstacleNavigation-v0"}) {
            CliRun r = CliRun.of("check", id, "--json");
            assertEquals(0, r.exitCode(), r.out() + r.err());
            assertTrue(r.json().get("passed").getAsBoolean());
        }
    }

    @Test
    void checkPlaysTheRequestedNumberOfEpisodes() {
        CliRun r = CliRun.of("check", "SymbolicAlchemy-v0", "--episodes", "2", "--json");
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains("\"2 random episode(s)\"") && r.out().contains("render every step"), r.out());
        CliRun none = CliRun.of("check", "Navigation2D-v0", "--episodes", "0");
        assertEquals(0, none.exitCode(), none.out() + none.err());
        assertFalse(none.out().contains("random episode"), none.out());
        CliRun negative = CliRun.of("check", "Navigation2D-v0", "--episodes", "-1");
        assertEquals(2, negative.exitCode());
        assertEquals("jgym: error: --episodes must be >= 0, got -1", negative.err().strip());
    }

    @Test
    void tasksOfAnEnvComeFromTheEnvMadeWithItsKwargs() {
        CliRun narrow = CliRun.of("tasks", "ObstacleNavigation-v0", "--kwargs", "{\"targets\": \"narrow\"}", "--seed", "1",
                "--json");
        assertEquals(0, narrow.exitCode(), narrow.err());
        assertEquals("obstacle-navigation/narrow", narrow.json().get("id").getAsString());
        CliRun far = CliRun.of("tasks", "Navigation2D-v0", "--kwargs", "{\"goal_low\": 2, \"goal_high\": 3}", "--sample",
                "20", "--seed", "1", "--json");
        assertEquals(0, far.exitCode(), far.err());
        String tasks = far.json().getAsJsonArray("tasks").toString();
        for (String number : tasks.replaceAll("[^0-9.eE+-]+", " ").trim().split(" ")) {
            double v = Double.parseDouble(number);
            assertTrue(v >= 2 && v <= 3, "goal coordinate " + v + " outside the kwargs' [2, 3]: " + tasks);
        }
        CliRun onDistribution = CliRun.of("tasks", "navigation2d/uniform", "--kwargs", "{\"goal_low\": 2}", "--seed", "1");
        assertEquals(2, onDistribution.exitCode());
        assertEquals("jgym: error: --kwargs applies to an env id; navigation2d/uniform is a task distribution",
                onDistribution.err().strip());
    }

    @Test
    void tasksSamplesTheUniformQuadrantsInOrder() {
        CliRun r = CliRun.of("tasks", "obstacle-navigation/uniform", "--sample", "4", "--seed", "3", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonArray tasks = r.json().getAsJsonArray("tasks");
        assertEquals(4, tasks.size());
        assertTrue(r.json().get("size").getAsLong() > 0);
        CliRun byEnv = CliRun.of("tasks", "Navigation2D-v0", "--seed", "3", "--json");
        assertEquals("infinite", byEnv.json().get("size").getAsString());
    }

    @Test
    void unknownIdFailsWithOneLineAndSuggestion() {
        CliRun r = CliRun.of("rollout", "Navigation2d-v0", "--episodes", "1", "--seed", "0");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("jgym: error: unknown environment id 'Navigation2d-v0'; did you mean: Navigation2D-v0"),
                r.err());
        assertEquals(1, r.err().strip().lines().count());
    }

    @Test
    void badKwargsNameTheKeyAndWhatIsAllowed() {
        CliRun r = CliRun.of("rollout", "ObstacleNavigation-v0", "--kwargs", "{\"obstacles\": \"extreme\"}", "--episodes", "1",
                "--seed", "0", "--json");
        assertEquals(2, r.exitCode());
        String error = r.json().get("error").getAsString();
        assertTrue(error.contains("'obstacles'") && error.contains("[none, easy, medium, hard]"), error);
    }

    @Test
    void missingSeedIsAUsageError() {
        CliRun r = CliRun.of("rollout", "Navigation2D-v0", "--episodes", "1");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--seed"), r.err());
    }

    @Test
    void nonPositiveEpisodesAreRejected() {
        CliRun r = CliRun.of("rollout", "Navigation2D-v0", "--episodes", "0", "--seed", "1");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--episodes must be > 0, got 0"), r.err());
    }

    @Test
    void kwargErrorsStartWithTheEnvIdAndShowValuesWithoutJavaTypes() {
        String[][] cases = {
            {"{\"max_episode_steps\": -3}", "jgym: error: Navigation2D-v0: kwarg 'max_episode_steps' must be an integer in [-1, 2147483647], got -3"},
            {"{\"render_mode\": \"human\"}", "jgym: error: Navigation2D-v0: kwarg 'render_mode' must be one of [rgb_array, ansi] or null, got 'human'"},
            {"{\"task\": [5, 5]}", "jgym: error: Navigation2D-v0: kwarg 'task' rejected: "},
        };
        for (String[] c : cases) {
            CliRun r = CliRun.of("rollout", "Navigation2D-v0", "--kwargs", c[0], "--episodes", "1", "--seed", "0");
            assertEquals(2, r.exitCode());
            assertTrue(r.err().startsWith(c[1]), r.err());
            assertFalse(r.err().contains("Double") || r.err().contains("Integer"), r.err());
        }
    }

    @Test
    void listJsonNamesRenderModesAndSortsAgentEnvs() {
        JsonObject list = CliRun.of("list", "--json").json();
        for (var e : list.getAsJsonArray("envs")) {
            JsonObject env = e.getAsJsonObject();
            if (env.get("id").getAsString().equals("Navigation2D-v0")) {
                assertEquals("one of [rgb_array, ansi] or null",
                        env.getAsJsonObject("params").getAsJsonObject("render_mode").get("allowed").getAsString());
            }
        }
        for (var a : list.getAsJsonArray("agents")) {
            List<String> envs = new java.util.ArrayList<>();
            a.getAsJsonObject().getAsJsonArray("envs").forEach(n -> envs.add(n.getAsString()));
            assertEquals(envs.stream().sorted().toList(), envs, a.toString());
        }
    }
}

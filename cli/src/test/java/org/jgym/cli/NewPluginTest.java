package org.jgym.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code jgym new-plugin} writes builds with Maven (offline, from the local repository that holds this jgym),
 * passes its jgym-testkit contract tests, and works from the CLI: list, check with episodes, rollout of its agent,
 * tasks with kwargs and meta-training that logs the declared metric.
 */
class NewPluginTest {
    @TempDir
    Path dir;

    @Test
    void aGeneratedPluginBuildsPassesItsContractsAndWorksInTheCli() throws Exception {
        Path project = dir.resolve("pendulum");
        CliRun gen = CliRun.of("new-plugin", project.toString(), "--package", "com.acme.pendulum", "--name", "Pendulum");
        assertEquals(0, gen.exitCode(), gen.err());
        for (String f : new String[] {"pom.xml", "src/main/java/com/acme/pendulum/PendulumPlugin.java",
            "src/main/resources/META-INF/services/org.jgym.env.api.agent.AgentProvider",
            "src/test/java/com/acme/pendulum/PendulumEnvContractTest.java"}) {
            assertTrue(Files.isRegularFile(project.resolve(f)), f);
        }

        mavenPackage(project);
        Path jar = project.resolve("target/pendulum-plugin.jar");
        assertTrue(Files.isRegularFile(jar));
        String contract = Files.readString(project.resolve(
                "target/surefire-reports/TEST-com.acme.pendulum.PendulumEnvContractTest.xml"));
        assertTrue(contract.contains("tests=\"6\"") && contract.contains("failures=\"0\""), contract);

        CliRun list = CliProcess.run(List.of(jar), Map.of(), "list", "--json");
        assertEquals(0, list.exitCode(), list.err());
        assertEquals("", list.err(), "no plugin warnings");
        assertTrue(list.out().contains("\"id\":\"Pendulum-v0\"") && list.out().contains("pendulum-plugin.jar"), list.out());

        CliRun check = CliProcess.run(List.of(jar), Map.of(), "check", "Pendulum-v0", "--episodes", "5");
        assertEquals(0, check.exitCode(), check.out() + check.err());

        CliRun oracle = CliProcess.run(List.of(jar), Map.of(), "rollout", "Pendulum-v0", "--agent", "pendulum-oracle",
                "--agent-kwargs", "{\"gain\": 5}", "--episodes", "5", "--seed", "0", "--json");
        assertEquals(0, oracle.exitCode(), oracle.err());
        assertTrue(oracle.json().get("mean_length").getAsDouble() < 100, "the oracle reaches its goals: " + oracle.out());
        assertTrue(oracle.json().get("std_return").getAsDouble() > 0, "each seeded reset draws its own goal");

        CliRun tasks = CliProcess.run(List.of(jar), Map.of(), "tasks", "Pendulum-v0", "--kwargs", "{\"goal_range\": 0.1}",
                "--sample", "10", "--seed", "3", "--json");
        assertEquals(0, tasks.exitCode(), tasks.err());
        tasks.json().getAsJsonArray("tasks").forEach(t -> assertTrue(Math.abs(t.getAsDouble()) <= 0.1, t.toString()));

        Path run = dir.resolve("run");
        CliRun train = CliProcess.run(List.of(jar), Map.of(), "train", "--algo", "maml", "--env", "Pendulum-v0",
                "--iterations", "1", "--meta-batch", "2", "--fast-batch", "2", "--hidden", "8", "--threads", "1",
                "--seed", "1", "--out", run.toString(), "--json");
        assertEquals(0, train.exitCode(), train.err());
        JsonObject summary = train.json();
        assertFalse(summary.get("last_post_metric").isJsonNull(), "the declared metric is logged: " + summary);
        assertFalse(Files.exists(run.resolve("trajectories.png")), "no 2-D position declared, no trajectory plot");
    }

    @Test
    void newPluginRefusesBadNamesAndAFolderInUse() throws Exception {
        Files.writeString(dir.resolve("keep.txt"), "x");
        CliRun used = CliRun.of("new-plugin", dir.toString(), "--package", "com.acme", "--name", "Acme");
        assertEquals(2, used.exitCode());
        assertEquals("jgym: error: " + dir + " already exists and is not an empty folder; choose a new one",
                used.err().strip());
        CliRun badName = CliRun.of("new-plugin", dir.resolve("x").toString(), "--package", "com.acme", "--name", "my-env");
        assertTrue(badName.err().contains("--name must be an UpperCamelCase identifier"), badName.err());
        CliRun badPackage = CliRun.of("new-plugin", dir.resolve("x").toString(), "--package", "Com.Acme", "--name", "A");
        assertTrue(badPackage.err().contains("--package must be a Java package"), badPackage.err());
        assertFalse(Files.exists(dir.resolve("x")));
    }

    /** {@code mvn -o package} in {@code project}, against the local repository this build uses. */
    static void mavenPackage(Path project) throws Exception {
        String repo = System.getProperty("jgym.maven.repo",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
        Path log = Files.createTempFile("jgym-plugin-build", ".log");
        Process p = new ProcessBuilder("mvn", "-B", "-q", "-o", "-Dmaven.repo.local=" + repo, "package")
                .directory(project.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = p.waitFor(300, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        assertTrue(finished && p.exitValue() == 0, "mvn package of the generated plugin failed:\n" + output);
    }
}

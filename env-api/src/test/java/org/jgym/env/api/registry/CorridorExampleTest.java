package org.jgym.env.api.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jgym.env.api.Env;
import org.jgym.env.api.InvalidKwargsException;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.check.EnvChecker;
import org.jgym.env.api.fixtures.PluginJars;
import org.jgym.env.api.task.TaskDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's plugin example (examples/corridor-plugin) compiles, loads through ServiceLoader and works. */
class CorridorExampleTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "corridor-plugin", "src", "main");

    @TempDir
    Path work;

    @Test
    void theReadmePluginExampleLoadsAndRuns() throws Exception {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(EXAMPLE.resolve("java"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        assertEquals(4, sources.size(), "the example has env, task distribution, agent and provider");
        Path jar = PluginJars.build(sources, EXAMPLE.resolve("resources"), work);
        try (URLClassLoader loader = new URLClassLoader(new java.net.URL[] {jar.toUri().toURL()},
                getClass().getClassLoader())) {
            Registry registry = Registry.load(loader);
            TaskDistribution<?> goals = registry.taskDistribution("corridor/goals");
            assertEquals(9, goals.size().getAsLong());
            try (Env<Integer, Integer> env = registry.make("Corridor-v0", Map.of("length", 6, "task", "4"))) {
                var report = EnvChecker.check(env);
                assertTrue(report.passed(), report::toString);
                env.reset(0);
                StepResult<Integer> r = null;
                for (int i = 0; i < 4; i++) {
                    r = env.step(1);
                }
                assertEquals(4, r.observation());
                assertTrue(r.terminated(), "walking right four cells reaches goal 4");

                var walker = registry.makeAgent("walker", env, 3, Map.of("right_probability", 1));
                var stats = org.jgym.env.api.agent.Rollouts.run(env, walker, 2, 0);
                assertEquals(4.0, stats.meanLength(), "always right: four steps to goal 4");
                InvalidKwargsException e = assertThrows(InvalidKwargsException.class,
                        () -> registry.makeAgent("walker", env, 3, Map.of("right_probability", 2)));
                assertEquals("agent walker: kwarg 'right_probability' must be a number in [0.0, 1.0], got 2",
                        e.getMessage());
                e = assertThrows(InvalidKwargsException.class,
                        () -> registry.makeAgent("walker", env, 3, Map.of("right_prob", 0.5)));
                assertEquals("agent walker: unknown kwarg 'right_prob'; did you mean 'right_probability'? allowed "
                        + "kwargs: [right_probability]", e.getMessage());
            }
        }
    }
}

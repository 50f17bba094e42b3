package org.jgym.env.api.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgym.env.api.Env;
import org.jgym.env.api.EnvMetadata;
import org.jgym.env.api.InvalidActionException;
import org.jgym.env.api.InvalidKwargsException;
import org.jgym.env.api.JgymException;
import org.jgym.env.api.ResetNeededException;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.fixtures.CountingEnv;
import org.jgym.env.api.fixtures.TaskCountingEnv;
import org.jgym.env.api.fixtures.TestSpecs;
import org.jgym.env.api.fixtures.ThresholdTask;
import org.jgym.env.api.wrappers.OrderEnforcing;
import org.jgym.env.api.wrappers.TimeLimit;
import org.junit.jupiter.api.Test;

class EnvSpecTest {
    private final Registry registry = TestSpecs.registry();

    private Env<float[], Integer> make(Map<String, ?> kwargs) {
        return registry.make(TestSpecs.COUNTING, kwargs);
    }

    @Test
    void idPartsAreDerived() {
        EnvSpec spec = TestSpecs.counting("ns/Counting-v3");
        assertEquals("ns", spec.namespace());
        assertEquals("Counting", spec.name());
        assertEquals(3, spec.version());
        assertNull(TestSpecs.counting("Counting").version());
        assertThrows(IllegalArgumentException.class, () -> EnvSpec.builder("bad id", k -> new CountingEnv(1)));
    }

    @Test
    void unknownKwargNamesKeyClosestAndAllowed() {
        InvalidKwargsException e = assertThrows(InvalidKwargsException.class, () -> make(Map.of("treshold", 3)));
        assertEquals("Counting-v0: unknown kwarg 'treshold'; did you mean 'threshold'? allowed kwargs: "
                + "[render_mode, threshold, mode, scale, verbose, max_episode_steps, task]", e.getMessage());
        e = assertThrows(InvalidKwargsException.class, () -> make(Map.of("bogus", 3)));
        assertEquals("Counting-v0: unknown kwarg 'bogus'; allowed kwargs: "
                + "[render_mode, threshold, mode, scale, verbose, max_episode_steps, task]", e.getMessage());
    }

    @Test
    void illTypedKwargsAreRejectedWithTheEnvId() {
        assertEquals("Counting-v0: kwarg 'threshold' must be an integer in [1, 100], got '5'",
                assertThrows(InvalidKwargsException.class, () -> make(Map.of("threshold", "5"))).getMessage());
        assertEquals("Counting-v0: kwarg 'threshold' must be an integer in [1, 100], got 1.5",
                assertThrows(InvalidKwargsException.class, () -> make(Map.of("threshold", 1.5))).getMessage());
        assertEquals("Counting-v0: kwarg 'threshold' must be an integer in [1, 100], got 500",
                assertThrows(InvalidKwargsException.class, () -> make(Map.of("threshold", 500))).getMessage());
        assertEquals("Counting-v0: kwarg 'mode' must be one of [up, down], got 'sideways'",
                assertThrows(InvalidKwargsException.class, () -> make(Map.of("mode", "sideways"))).getMessage());
        assertEquals("Counting-v0: kwarg 'render_mode' must be one of [ansi] or null, got 1",
                assertThrows(InvalidKwargsException.class, () -> make(Map.of("render_mode", 1))).getMessage());
    }

    @Test
    void theListingSaysWhichRenderModesTheEnvHas() {
        EnvSpec spec = registry.spec(TestSpecs.COUNTING);
        assertEquals(List.of(EnvMetadata.ANSI), spec.renderModes());
        assertEquals("one of [ansi] or null",
                spec.toJson().getAsJsonObject("params").getAsJsonObject("render_mode").get("allowed").getAsString());
    }

    @Test
    void agentEnvNamesAreSorted() {
        var agent = new org.jgym.env.api.agent.AgentSpec("a", "", java.util.Set.of("Zeta", "Alpha", "Mid", "Beta"),
                (env, seed, kwargs) -> o -> 0);
        assertEquals(List.of("Alpha", "Beta", "Mid", "Zeta"), List.copyOf(agent.envNames()));
    }

    @Test
    void renderModeUnsupportedByTheEnvIsRejected() {
        InvalidKwargsException e = assertThrows(InvalidKwargsException.class,
                () -> make(Map.of("render_mode", EnvMetadata.RGB_ARRAY)));
        assertEquals("Counting-v0: kwarg 'render_mode' must be one of [ansi] or null, got 'rgb_array'", e.getMessage());
    }

    @Test
    void madeEnvSpecHoldsMergedKwargsWithDefaults() {
        try (Env<float[], Integer> env = make(Map.of("threshold", 7, "scale", 2))) {
            Map<String, Object> expected = new LinkedHashMap<>();
            expected.put("render_mode", null);
            expected.put("threshold", 7);
            expected.put("mode", "up");
            expected.put("scale", 2.0);
            expected.put("verbose", false);
            assertEquals(expected, env.spec().kwargs());
            assertEquals(List.copyOf(expected.keySet()), List.copyOf(env.spec().kwargs().keySet()));
            assertTrue(env.unwrapped().spec() == env.spec(), "the unwrapped env holds the made spec too");
            assertEquals(7, ((CountingEnv) env.unwrapped()).threshold());
            // the registered spec keeps its defaults
            assertEquals(5, registry.spec(TestSpecs.COUNTING).kwargs().get("threshold"));
        }
    }

    @Test
    void remakingFromTheMadeSpecKeepsItsKwargs() {
        try (Env<float[], Integer> env = make(Map.of("threshold", 7));
                Env<float[], Integer> again = env.spec().make()) {
            assertEquals(7, again.spec().kwargs().get("threshold"));
        }
    }

    @Test
    void nullKwargValueMeansDefault() {
        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put("threshold", null);
        try (Env<float[], Integer> env = make(kwargs)) {
            assertEquals(5, env.spec().kwargs().get("threshold"));
        }
    }

    @Test
    void makeWrapsTimeLimitOutsideOrderEnforcing() {
        try (Env<float[], Integer> env = make(Map.of())) {
            TimeLimit<?, ?> limit = assertInstanceOf(TimeLimit.class, env);
            assertEquals(50, limit.maxEpisodeSteps());
            assertInstanceOf(OrderEnforcing.class, limit.wrapped());
            assertInstanceOf(CountingEnv.class, env.unwrapped());
        }
    }

    @Test
    void timeLimitTruncatesExactlyAtMaxStepsAndNeverTerminates() {
        try (Env<float[], Integer> env = make(Map.of("max_episode_steps", 3, "threshold", 100))) {
            for (int episode = 0; episode < 2; episode++) {
                env.reset(episode);
                StepResult<float[]> r = env.step(1);
                assertFalse(r.truncated() || r.terminated());
                r = env.step(1);
                assertFalse(r.truncated() || r.terminated());
                r = env.step(1);
                assertTrue(r.truncated());
                assertFalse(r.terminated());
                assertThrows(ResetNeededException.class, () -> env.step(1));
            }
        }
    }

    @Test
    void maxEpisodeStepsMinusOneRemovesTheLimit() {
        try (Env<float[], Integer> env = make(Map.of("max_episode_steps", -1))) {
            assertInstanceOf(OrderEnforcing.class, env);
            env.reset(0);
            for (int i = 0; i < 200; i++) {
                assertFalse(env.step(0).done());
            }
        }
    }

    @Test
    void maxEpisodeStepsFromJsonAndBadValues() {
        try (Env<float[], Integer> env = registry.make(TestSpecs.COUNTING, "{\"max_episode_steps\": 4}")) {
            assertEquals(4, ((TimeLimit<?, ?>) env).maxEpisodeSteps());
        }
        InvalidKwargsException e = assertThrows(InvalidKwargsException.class, () -> make(Map.of("max_episode_steps", -2)));
        assertTrue(e.getMessage().contains("kwarg 'max_episode_steps' must be an integer in [-1, 2147483647], got -2"),
                e.getMessage());
    }

    @Test
    void madeSpecReportsTheMaxEpisodeStepsInForce() {
        try (Env<float[], Integer> limited = make(Map.of("max_episode_steps", 3));
                Env<float[], Integer> unlimited = make(Map.of("max_episode_steps", -1));
                Env<float[], Integer> byDefault = make(Map.of())) {
            assertEquals(3, limited.spec().maxEpisodeSteps());
            assertNull(unlimited.spec().maxEpisodeSteps());
            assertEquals(50, byDefault.spec().maxEpisodeSteps());
        }
    }

    @Test
    void timeLimitAndTerminationCanCoincide() {
        try (Env<float[], Integer> env = make(Map.of("max_episode_steps", 2, "threshold", 2))) {
            env.reset(0);
            env.step(1);
            StepResult<float[]> r = env.step(1);
            assertTrue(r.terminated());
            assertTrue(r.truncated());
        }
    }

    @Test
    void orderEnforcingRefusesStepBeforeResetAndAfterTheEnd() {
        try (Env<float[], Integer> env = make(Map.of("max_episode_steps", -1, "threshold", 1))) {
            assertEquals("Counting-v0: step() called before the first reset(); call reset() first",
                    assertThrows(ResetNeededException.class, () -> env.step(1)).getMessage());
            env.reset(0);
            assertTrue(env.step(1).terminated());
            assertEquals("Counting-v0: step() called after the episode ended; call reset() first",
                    assertThrows(ResetNeededException.class, () -> env.step(1)).getMessage());
        }
    }

    @Test
    void stepBeforeResetThroughTheTimeLimitSaysResetFirst() {
        try (Env<float[], Integer> env = make(Map.of())) {
            ResetNeededException e = assertThrows(ResetNeededException.class, () -> env.step(1));
            assertTrue(e.getMessage().contains("before the first reset()"), e.getMessage());
        }
    }

    @Test
    void orderEnforcingRejectsBadActionsWithTheEnvIdAndKeepsTheStepCount() {
        try (Env<float[], Integer> env = make(Map.of("max_episode_steps", 2))) {
            env.reset(0);
            InvalidActionException e = assertThrows(InvalidActionException.class, () -> env.step(9));
            assertEquals("Counting-v0: action rejected, value 9 is out of range; expected an Integer in [0, 2]; "
                    + "the action space is Discrete(3)", e.getMessage());
            assertEquals(0, ((TimeLimit<?, ?>) env).elapsedSteps());
            assertFalse(env.step(0).truncated());
            assertTrue(env.step(0).truncated());
        }
    }

    @Test
    void taskKwargSetsTheTask() {
        try (Env<float[], Integer> env = registry.make(TestSpecs.TASK_COUNTING, Map.of("task", "{\"threshold\": 2}"))) {
            assertEquals(new ThresholdTask(2), ((TaskCountingEnv) env.unwrapped()).task());
            env.reset(0);
            env.step(1);
            assertTrue(env.step(1).terminated());
        }
        try (Env<float[], Integer> env = registry.make(TestSpecs.TASK_COUNTING, Map.of("task", new ThresholdTask(4)))) {
            assertEquals(new ThresholdTask(4), ((TaskCountingEnv) env.unwrapped()).task());
        }
        try (Env<float[], Integer> env = registry.make(TestSpecs.TASK_COUNTING, "{\"task\": {\"threshold\": 3}}")) {
            assertEquals(new ThresholdTask(3), ((TaskCountingEnv) env.unwrapped()).task());
        }
    }

    @Test
    void taskKwargOnAnEnvWithoutTasksFails() {
        JgymException e = assertThrows(JgymException.class, () -> make(Map.of("task", "{\"threshold\": 2}")));
        assertEquals("Counting-v0: kwarg 'task' rejected: Counting-v0 has no task distribution: it does not take tasks (setTask)", e.getMessage());
    }

    @Test
    void factoryFailureIsWrappedWithTheId() {
        EnvSpec spec = EnvSpec.builder("Broken-v0", k -> {
            throw new IllegalStateException("no GPU");
        }).build();
        JgymException e = assertThrows(JgymException.class, spec::make);
        assertEquals("Broken-v0: the env factory failed: java.lang.IllegalStateException: no GPU", e.getMessage());
    }

    @Test
    void reservedKwargsCannotBeDeclared() {
        assertEquals("max_episode_steps is a reserved kwarg of every env", assertThrows(IllegalArgumentException.class,
                () -> EnvSpec.builder("X-v0", k -> new CountingEnv(1)).params(Param.integer("max_episode_steps", 1, 0, 9, "")))
                .getMessage());
        assertEquals("maxEpisodeSteps must be > 0, got 0", assertThrows(IllegalArgumentException.class,
                () -> EnvSpec.builder("X-v0", k -> new CountingEnv(1)).maxEpisodeSteps(0)).getMessage());
    }

    @Test
    void toJsonDescribesIdKwargsAndParams() {
        var json = registry.spec(TestSpecs.COUNTING).toJson();
        assertEquals("Counting-v0", json.get("id").getAsString());
        assertEquals(50, json.get("max_episode_steps").getAsInt());
        assertEquals("int", json.getAsJsonObject("params").getAsJsonObject("threshold").get("type").getAsString());
        assertEquals("an integer in [1, 100]",
                json.getAsJsonObject("params").getAsJsonObject("threshold").get("allowed").getAsString());
        assertEquals(5, json.getAsJsonObject("kwargs").get("threshold").getAsInt());
    }
}

package org.jgym.env.api.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.util.List;
import java.util.Map;
import org.jgym.env.api.Env;
import org.jgym.env.api.JgymException;
import org.jgym.env.api.fixtures.CountingEnv;
import org.jgym.env.api.fixtures.TaskCountingEnv;
import org.jgym.env.api.fixtures.TestSpecs;
import org.jgym.env.api.fixtures.ThresholdDistribution;
import org.jgym.env.api.fixtures.ThresholdTask;
import org.jgym.env.api.wrappers.TimeLimit;
import org.junit.jupiter.api.Test;

class TaskEnvsTest {

    @Test
    void findsTheTaskEnvUnderWrappers() {
        TaskCountingEnv base = new TaskCountingEnv(5);
        Env<float[], Integer> wrapped = new TimeLimit<>(base, 10);
        assertTrue(TaskEnvs.isTaskEnv(wrapped));
        assertTrue((Object) TaskEnvs.find(wrapped) == base);
        assertFalse(TaskEnvs.isTaskEnv(new CountingEnv(2)));
    }

    @Test
    void setTaskChecksTheTaskType() {
        TaskCountingEnv env = new TaskCountingEnv(5);
        TaskEnvs.setTask(env, new ThresholdTask(2));
        assertEquals(new ThresholdTask(2), env.task());
        JgymException e = assertThrows(JgymException.class, () -> TaskEnvs.setTask(env, "{\"threshold\": 3}"));
        assertEquals("task must be a ThresholdTask of distribution counting/threshold, got String", e.getMessage());
        assertEquals("task must be a ThresholdTask of distribution counting/threshold, got null",
                assertThrows(JgymException.class, () -> TaskEnvs.setTask(env, null)).getMessage());
        assertEquals(new ThresholdTask(2), env.task(), "a rejected task changes nothing");
    }

    @Test
    void setTaskFromAnyAcceptsJsonTextMapsJsonElementsAndTaskObjects() {
        TaskCountingEnv env = new TaskCountingEnv(5);
        TaskEnvs.setTaskFromAny(env, "{\"threshold\": 3}");
        assertEquals(new ThresholdTask(3), env.task());
        TaskEnvs.setTaskFromAny(env, Map.of("threshold", 4));
        assertEquals(new ThresholdTask(4), env.task());
        TaskEnvs.setTaskFromAny(env, JsonParser.parseString("{\"threshold\": 6}"));
        assertEquals(new ThresholdTask(6), env.task());
        TaskEnvs.setTaskFromAny(env, new ThresholdTask(7));
        assertEquals(new ThresholdTask(7), env.task());
    }

    @Test
    void taskTakesEffectAtTheNextReset() {
        TaskCountingEnv env = new TaskCountingEnv(5);
        env.reset(0);
        TaskEnvs.setTaskFromAny(env, "{\"threshold\": 1}");
        assertFalse(env.step(1).terminated(), "the running episode keeps its threshold");
        env.reset();
        assertTrue(env.step(1).terminated());
    }

    @Test
    void badTaskJsonNamesTheDistributionAndTheInput() {
        TaskCountingEnv env = new TaskCountingEnv(5);
        assertEquals("not a task of counting/threshold: threshold: must be an integer in [1, 100], got 0.5 "
                + "(got {\"threshold\":0.5})",
                assertThrows(JgymException.class, () -> TaskEnvs.setTaskFromAny(env, "{\"threshold\": 0.5}")).getMessage());
        JgymException e = assertThrows(JgymException.class, () -> TaskEnvs.setTaskFromAny(env, "{\"threshold\": "));
        assertTrue(e.getMessage().startsWith("task is not valid JSON"), e.getMessage());
    }

    @Test
    void envWithoutDistributionGivesAClearError() {
        assertEquals("CountingEnv has no task distribution: it does not take tasks (setTask)",
                assertThrows(JgymException.class, () -> TaskEnvs.setTaskFromAny(new CountingEnv(2), "{}")).getMessage());
        try (Env<float[], Integer> made = TestSpecs.registry().make(TestSpecs.COUNTING)) {
            assertEquals("Counting-v0 has no task distribution: it does not take tasks (setTask)",
                    assertThrows(JgymException.class, () -> TaskEnvs.find(made)).getMessage());
        }
    }

    @Test
    void distributionSamplingIsSeededAndChecksArguments() {
        ThresholdDistribution d = new ThresholdDistribution();
        List<ThresholdTask> a = d.sample(20, 3L);
        assertEquals(a, d.sample(20, 3L));
        assertFalse(a.equals(d.sample(20, 4L)));
        assertEquals(List.of(), d.sample(0, 3L));
        assertEquals("counting/threshold: number of tasks must be >= 0, got -1",
                assertThrows(IllegalArgumentException.class, () -> d.sample(-1, 3L)).getMessage());
        assertEquals("seed must be >= 0, got -3",
                assertThrows(IllegalArgumentException.class, () -> d.sample(1, -3L)).getMessage());
    }

    @Test
    void tasksToJsonList() {
        assertEquals("[{\"threshold\":1},{\"threshold\":9}]", TaskEnvs.toJson(new ThresholdDistribution(),
                List.of(new ThresholdTask(1), new ThresholdTask(9))).toString());
    }
}

package org.jgym.env.api.wrappers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.jgym.env.api.Env;
import org.jgym.env.api.EnvMetadata;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.fixtures.CountingEnv;
import org.jgym.env.api.fixtures.TestSpecs;
import org.jgym.env.api.spaces.Box;
import org.jgym.env.api.spaces.Discrete;
import org.junit.jupiter.api.Test;

class TransformWrappersTest {

    @Test
    void transformObservationAppliesToResetAndStepAndKeepsInfo() {
        TransformObservation<Integer, Integer, float[]> env = new TransformObservation<>(new CountingEnv(3),
                o -> (int) o[0], new Discrete(10));
        assertEquals(new Discrete(10), env.observationSpace());
        assertEquals(0, env.reset(0).observation());
        assertTrue(env.reset(0).info().containsKey("noise"));
        StepResult<Integer> r = env.step(2);
        assertEquals(2, r.observation());
        assertEquals(2.0, r.reward());
        assertEquals(2, r.info().get("count"));
        r = env.step(1);
        assertEquals(3, r.observation());
        assertTrue(r.terminated());
    }

    @Test
    void transformRewardAppliesToEveryReward() {
        TransformReward<float[], Integer> env = new TransformReward<>(new CountingEnv(9), r -> -10 * r);
        env.reset(0);
        assertEquals(-20.0, env.step(2).reward());
        assertEquals(-0.0, env.step(0).reward());
    }

    @Test
    void compositionReachesTheInnerEnvAndForwardsEverything() {
        CountingEnv base = new CountingEnv(4, EnvMetadata.ANSI);
        RecordEpisodeStatistics<float[], Integer> stats = new RecordEpisodeStatistics<>(base);
        TransformReward<float[], Integer> scaled = new TransformReward<>(stats, r -> 2 * r);
        TimeLimit<float[], Integer> env = new TimeLimit<>(scaled, 10);
        assertSame(base, env.unwrapped());
        assertSame(scaled, env.wrapped());
        assertEquals(EnvMetadata.ANSI, env.renderMode());
        assertEquals(base.metadata(), env.metadata());
        assertNull(env.spec());
        env.reset(0);
        env.step(2);
        assertEquals("count=2", env.render().toString());
        StepResult<float[]> r = env.step(2);
        assertEquals(4.0, r.reward(), "TransformReward outside RecordEpisodeStatistics scales only what it sees");
        assertEquals(4.0, ((Map<?, ?>) r.info().get("episode")).get("r"));
        env.close();
        env.close();
        assertEquals(1, base.closeCalls());
        assertEquals("TimeLimit<TransformReward<RecordEpisodeStatistics<" + base + ">>>", env.toString());
    }

    @Test
    void extraWrapperAroundAMadeEnvForwardsSpecAndSpaces() {
        try (Env<float[], Integer> made = TestSpecs.registry().make(TestSpecs.COUNTING);
                Env<float[], Integer> outer = new TransformReward<>(made, r -> r)) {
            assertSame(made.spec(), outer.spec());
            assertEquals(TestSpecs.COUNTING, outer.spec().id());
            assertTrue(outer.unwrapped() instanceof CountingEnv);
            assertEquals(Box.float32(new double[] {0, 0}, new double[] {Double.POSITIVE_INFINITY, 1}, 2),
                    outer.observationSpace());
        }
    }
}

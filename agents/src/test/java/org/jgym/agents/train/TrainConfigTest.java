package org.jgym.agents.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.jgym.agents.sampling.GymTaskEnvironment;
import org.jgym.agents.testenv.PointGoalEnv;
import org.jgym.env.api.JgymException;
import org.jgym.env.api.registry.EnvSpec;
import org.jgym.env.api.registry.Registry;
import org.junit.jupiter.api.Test;

/** Bad configurations fail with one clear line naming the value and what is allowed. */
class TrainConfigTest {
    @Test
    void unknownAlgorithmIsRejected() {
        TrainConfig c = new TrainConfig();
        c.algo = "maml2";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, c::validate);
        assertEquals("invalid algo: maml2 (allowed: maml, fomaml, reptile, pretrain)", e.getMessage());
    }

    @Test
    void negativeLearningRateIsRejected() {
        TrainConfig c = new TrainConfig();
        c.innerLr = -0.1;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, c::validate);
        assertEquals("invalid inner-lr: -0.1 (allowed: a number > 0)", e.getMessage());
    }

    @Test
    void unknownBatchAveragingIsRejected() {
        TrainConfig c = new TrainConfig();
        c.averaging = "task";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, c::validate);
        assertEquals("unknown batch averaging 'task'; allowed: episode, step", e.getMessage());
    }

    @Test
    void negativeTimeBudgetIsRejected() {
        TrainConfig c = new TrainConfig();
        c.minutes = -1;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, c::validate);
        assertEquals("invalid minutes: -1.0 (allowed: a number >= 0 (0 = no time limit))", e.getMessage());
    }

    @Test
    void unknownCurvaturePrecisionIsRejected() {
        TrainConfig c = TrainConfig.fromJson("{\"curvaturePrecision\": \"float16\"}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, c::validate);
        assertEquals("invalid curvature-precision: float16 (allowed: float32, float64)", e.getMessage());
    }

    @Test
    void unknownConfigKeyIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainConfig.fromJson("{\"inner_lr\": 0.1}"));
        assertEquals(true, e.getMessage().startsWith("unknown config key 'inner_lr'; known keys: "));
    }

    @Test
    void envWithoutTaskDistributionIsRejected() {
        Registry registry = new Registry();
        registry.register(EnvSpec.builder("Plain-v0", k -> new PointGoalEnvWithoutTasks()).maxEpisodeSteps(5).build());
        JgymException e = assertThrows(JgymException.class,
                () -> new GymTaskEnvironment(registry, "Plain-v0", Map.of(), null));
        assertEquals("env Plain-v0 has no task distribution; meta-learning needs an env whose unwrapped env "
                + "implements TaskEnv (e.g. Navigation2D-v0)", e.getMessage());
    }

    @Test
    void configRoundTripsThroughJson() {
        TrainConfig c = new TrainConfig();
        c.hidden = new int[] {64, 64};
        c.kwargs = Map.of("level", "medium");
        TrainConfig back = TrainConfig.fromJson(c.toJson());
        assertEquals(c.toJson(), back.toJson());
    }
}

package org.jgym.env.mujoco;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.jgym.env.api.Env;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.registry.Gym;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void halfCheetahSteps() {
        try (Env<double[], float[]> env = Gym.make("HalfCheetah-v5")) {
            double[] obs = env.reset(1).observation();
            assertEquals(17, obs.length);
            env.actionSpace().seed(3);
            StepResult<double[]> r = null;
            for (int i = 0; i < 100; i++) {
                r = env.step(env.actionSpace().sample());
            }
            System.out.println(r.reward() + " " + r.info());
        }
        try (Env<double[], float[]> env = Gym.make("Ant-v5", Map.of())) {
            double[] obs = env.reset(1).observation();
            assertEquals(105, obs.length);
            StepResult<double[]> r = env.step(new float[8]);
            System.out.println(r.reward() + " " + r.info());
        }
    }
}

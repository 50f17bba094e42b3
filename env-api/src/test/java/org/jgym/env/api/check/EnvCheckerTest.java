package org.jgym.env.api.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.jgym.env.api.AbstractEnv;
import org.jgym.env.api.Env;
import org.jgym.env.api.EnvMetadata;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.fixtures.CountingEnv;
import org.jgym.env.api.fixtures.TestSpecs;
import org.jgym.env.api.spaces.Box;
import org.jgym.env.api.spaces.Discrete;
import org.jgym.env.api.spaces.Space;
import org.junit.jupiter.api.Test;

class EnvCheckerTest {

    private static CheckReport.Status status(CheckReport report, String check) {
        return report.items().stream().filter(i -> i.check().equals(check)).findFirst().orElseThrow().status();
    }

    @Test
    void aCorrectEnvPassesEveryCheck() {
        try (Env<float[], Integer> env = TestSpecs.registry().make(TestSpecs.COUNTING)) {
            CheckReport report = EnvChecker.check(env);
            assertTrue(report.passed(), report::toString);
            assertEquals(CheckReport.Status.PASS, status(report, "render modes"));
            assertEquals(CheckReport.Status.PASS, status(report, "rejected action keeps state"));
        }
    }

    /** Ignores the seed: draws from a generator of its own, so two resets with seed 123 differ. */
    static final class UnseededEnv extends CountingEnv {
        private final java.util.Random own = new java.util.Random();

        UnseededEnv() {
            super(5);
        }

        @Override
        protected float[] onReset(Map<String, Object> options, Map<String, Object> info) {
            float[] obs = super.onReset(options, info);
            obs[1] = own.nextFloat();
            return obs;
        }
    }

    @Test
    void anEnvThatIgnoresTheSeedFailsDeterminism() {
        try (UnseededEnv env = new UnseededEnv()) {
            CheckReport report = EnvChecker.check(env);
            assertFalse(report.passed());
            assertEquals(CheckReport.Status.FAIL, status(report, "reset seed determinism"));
            assertTrue(report.failures().get(0).message().contains("reset(seed=123)"), report::toString);
        }
    }

    /** Returns an observation outside its own space on every step. */
    static final class OutOfSpaceEnv extends AbstractEnv<float[], Integer> {
        private final Box<float[]> space = Box.float32(0, 1, 1);
        private final float[] obs = new float[1];

        OutOfSpaceEnv() {
            super(EnvMetadata.none(), null);
        }

        @Override
        protected float[] onReset(Map<String, Object> options, Map<String, Object> info) {
            obs[0] = 0.5f;
            return obs;
        }

        @Override
        protected void onStep(Integer action, StepResult<float[]> out) {
            obs[0] = 7f;
            out.set(obs, 0, false, false);
        }

        @Override
        public Space<float[]> observationSpace() {
            return space;
        }

        @Override
        public Space<Integer> actionSpace() {
            return new Discrete(2);
        }
    }

    @Test
    void anObservationOutsideTheSpaceFailsTheStepCheck() {
        try (OutOfSpaceEnv env = new OutOfSpaceEnv()) {
            CheckReport report = EnvChecker.check(env);
            assertEquals(CheckReport.Status.FAIL, status(report, "step output"));
            assertTrue(report.toString().contains("element [0] = 7.0 is outside [0.0, 1.0]"), report::toString);
            assertEquals(CheckReport.Status.WARN, status(report, "render modes"), "no render modes is only a warning");
        }
    }
}

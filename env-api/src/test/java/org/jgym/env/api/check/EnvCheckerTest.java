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

    /** Threshold 30, so episodes last; {@code fault} breaks the step result once the count passes 10. */
    static final class LateFaultEnv extends CountingEnv {
        private final String fault;
        private final java.util.Random own = new java.util.Random();

        LateFaultEnv(String fault, String renderMode) {
            super(30, renderMode);
            this.fault = fault;
        }

        @Override
        protected void onStep(Integer action, StepResult<float[]> out) {
            super.onStep(action, out);
            if (count() < 10) {
                return;
            }
            switch (fault) {
                case "space" -> out.observation()[1] = 2f;
                case "info" -> out.info().put("when", new Object());
                case "drift" -> out.set(out.observation(), own.nextInt(3), out.terminated(), out.truncated());
                default -> throw new IllegalArgumentException(fault);
            }
        }
    }

    private static CheckReport checkLate(String fault, int episodes) {
        org.jgym.env.api.registry.Registry r = new org.jgym.env.api.registry.Registry();
        r.register(org.jgym.env.api.registry.EnvSpec.builder("Late-v0", k -> new LateFaultEnv(fault, k.renderMode()))
                .maxEpisodeSteps(100).build());
        try (Env<float[], Integer> env = r.make("Late-v0")) {
            return EnvChecker.check(env, episodes);
        }
    }

    @Test
    void faultsThatAppearLateInAnEpisodePassTheResetAndStepChecksButFailTheEpisodes() {
        CheckReport space = checkLate("space", 3);
        assertEquals(CheckReport.Status.PASS, status(space, "step output"), space::toString);
        assertEquals(CheckReport.Status.FAIL, status(space, "3 random episode(s)"), space::toString);
        String message = space.failures().get(0).message();
        assertTrue(message.startsWith("Late-v0: episode 1, step ") && message.contains("outside the observation space")
                && !message.contains("LateFaultEnv"), message);

        CheckReport info = checkLate("info", 3);
        assertEquals(CheckReport.Status.FAIL, status(info, "3 random episode(s)"), info::toString);
        assertTrue(info.failures().get(0).message().contains("info.when holds a Object"), info::toString);

        CheckReport drift = checkLate("drift", 1);
        assertEquals(CheckReport.Status.PASS, status(drift, "step determinism"), drift::toString);
        assertEquals(CheckReport.Status.FAIL, status(drift, "episode determinism"), drift::toString);
        assertTrue(drift.failures().get(0).message().contains("in the reward"), drift::toString);

        CheckReport shallow = checkLate("space", 0);
        assertTrue(shallow.passed(), "without episodes the late fault goes unnoticed, as in check_env");
    }

    /** Draws its offset once per life, at the first reset: later resets keep it, whatever their seed. */
    static final class DrawsOnceEnv extends CountingEnv {
        private float offset = -1;

        DrawsOnceEnv(String renderMode) {
            super(5, renderMode);
        }

        @Override
        protected float[] onReset(Map<String, Object> options, Map<String, Object> info) {
            float[] obs = super.onReset(options, info);
            if (offset < 0) {
                offset = (float) random().nextDouble();
            }
            obs[1] = offset;
            return obs;
        }
    }

    @Test
    void anEnvWhoseEpisodeDependsOnEarlierEpisodesFailsEpisodeDeterminism() {
        org.jgym.env.api.registry.Registry r = new org.jgym.env.api.registry.Registry();
        r.register(org.jgym.env.api.registry.EnvSpec.builder("Once-v0", k -> new DrawsOnceEnv(k.renderMode()))
                .maxEpisodeSteps(20).build());
        try (Env<float[], Integer> env = r.make("Once-v0")) {
            CheckReport report = EnvChecker.check(env, 1);
            assertEquals(CheckReport.Status.FAIL, status(report, "episode determinism"), report::toString);
        }
    }

    @Test
    void renderModesDeclaredBySpecMustMatchTheEnvsMetadata() {
        org.jgym.env.api.registry.Registry r = new org.jgym.env.api.registry.Registry();
        r.register(org.jgym.env.api.registry.EnvSpec.builder("Claims-v0", k -> new CountingEnv(5, k.renderMode()))
                .renderModes(EnvMetadata.RGB_ARRAY).maxEpisodeSteps(20).build());
        try (Env<float[], Integer> env = r.make("Claims-v0")) {
            CheckReport report = EnvChecker.check(env, 0);
            assertEquals(CheckReport.Status.FAIL, status(report, "render modes"), report::toString);
            assertTrue(report.toString().contains("declares the render modes [rgb_array] but the env's metadata lists [ansi]"),
                    report::toString);
        }
    }

    @Test
    void aCorrectEnvRendersOnEveryStepAndReplaysItsEpisodes() {
        try (Env<float[], Integer> env = TestSpecs.registry().make(TestSpecs.COUNTING)) {
            CheckReport report = EnvChecker.check(env, 5);
            assertTrue(report.passed(), report::toString);
            assertEquals(CheckReport.Status.PASS, status(report, "render every step"));
            assertEquals(CheckReport.Status.PASS, status(report, "episode determinism"));
        }
    }

    @Test
    void actionBoundsBeyondOneAreAWarningNamingTheEnv() {
        org.jgym.env.api.registry.Registry r = new org.jgym.env.api.registry.Registry();
        r.register(org.jgym.env.api.registry.EnvSpec.builder("Wide-v0", k -> new org.jgym.env.api.fixtures.EchoEnv(2)).maxEpisodeSteps(5).build());
        try (Env<float[], float[]> env = r.make("Wide-v0")) {
            CheckReport report = EnvChecker.check(env, 1);
            assertEquals(CheckReport.Status.WARN, status(report, "action space"), report::toString);
            assertTrue(report.warnings().get(0).message().startsWith("Wide-v0: the action bounds [-2.0, 2.0]"),
                    report::toString);
        }
    }
}

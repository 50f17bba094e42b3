package org.jgym.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import java.util.List;
import java.util.OptionalLong;
import java.util.random.RandomGenerator;
import org.jgym.env.api.Seeding;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.fixtures.CountingEnv;
import org.jgym.env.api.fixtures.TaskCountingEnv;
import org.jgym.env.api.fixtures.TestSpecs;
import org.jgym.env.api.fixtures.ThresholdDistribution;
import org.jgym.env.api.fixtures.ThresholdTask;
import org.jgym.env.api.registry.EnvSpec;
import org.jgym.env.api.registry.Registry;
import org.jgym.env.api.registry.TaskDistributionSpec;
import org.jgym.env.api.task.TaskDistribution;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** Each contract test fails on the fault it is there for. */
class ContractsCatchFaultsTest {
    /** Leaves its observation space once the count passes 6: after the first step, within an episode. */
    static final class LateEscapeEnv extends CountingEnv {
        LateEscapeEnv() {
            super(40);
        }

        @Override
        protected void onStep(Integer action, StepResult<float[]> out) {
            super.onStep(action, out);
            if (count() > 6) {
                out.observation()[1] = 3f;
            }
        }
    }

    private static EnvContract contract(Registry registry, String id) {
        return new EnvContract() {
            @Override
            protected String envId() {
                return id;
            }

            @Override
            protected Registry registry() {
                return registry;
            }
        };
    }

    @Test
    void theCheckerTestFailsOnALateObservationOutsideItsSpace() {
        Registry r = new Registry();
        r.register(EnvSpec.builder("Late-v0", k -> new LateEscapeEnv()).maxEpisodeSteps(60).build());
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> contract(r, "Late-v0").passesTheEnvChecker());
        assertTrue(e.getMessage().contains("Late-v0: episode 1, step "), e.getMessage());
    }

    @Test
    void anEnvRegisteredInCodeIsNotAPlugin() {
        assertThrows(AssertionFailedError.class,
                () -> contract(TestSpecs.registry(), TestSpecs.COUNTING).isRegisteredThroughAServicesFile());
    }

    @Test
    void aRegisteredDistributionThatDiffersFromTheEnvsOwnFails() {
        Registry r = new Registry();
        r.register(EnvSpec.builder(TestSpecs.TASK_COUNTING, k -> new TaskCountingEnv(5))
                .taskDistribution("other/thresholds").build());
        // registered under another id with other tasks than the env's own ThresholdDistribution
        r.registerTaskDistribution(new TaskDistributionSpec("other/thresholds", "", ShiftedThresholds::new));
        TaskDistributionContract c = new TaskDistributionContract() {
            @Override
            protected String distributionId() {
                return "other/thresholds";
            }

            @Override
            protected String envId() {
                return TestSpecs.TASK_COUNTING;
            }

            @Override
            protected Registry registry() {
                return r;
            }
        };
        assertThrows(AssertionFailedError.class, c::theEnvTakesItsTasksFromThisDistribution);
    }

    /** The env's thresholds drawn from a differently seeded stream: same type and id rules, other tasks. */
    static final class ShiftedThresholds implements TaskDistribution<ThresholdTask> {
        private final ThresholdDistribution base = new ThresholdDistribution();

        @Override
        public String id() {
            return "other/thresholds";
        }

        @Override
        public List<ThresholdTask> sample(int n, RandomGenerator random) {
            return base.sample(n, Seeding.generator(random.nextLong() ^ 99));
        }

        @Override
        public OptionalLong size() {
            return base.size();
        }

        @Override
        public Class<ThresholdTask> taskType() {
            return base.taskType();
        }

        @Override
        public JsonElement toJson(ThresholdTask task) {
            return base.toJson(task);
        }

        @Override
        public ThresholdTask fromJson(JsonElement json) {
            return base.fromJson(json);
        }
    }
}

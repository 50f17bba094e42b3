package org.jgym.testkit;

import org.jgym.env.api.fixtures.TestSpecs;
import org.jgym.env.api.fixtures.ThresholdDistribution;
import org.junit.jupiter.api.Nested;

/** The contracts pass on correct envs and a correct distribution registered through services files. */
class FixtureContractsTest {
    @Nested
    class Counting extends EnvContract {
        @Override
        protected String envId() {
            return TestSpecs.COUNTING;
        }
    }

    @Nested
    class Thresholds extends TaskDistributionContract {
        @Override
        protected String distributionId() {
            return ThresholdDistribution.ID;
        }

        @Override
        protected String envId() {
            return TestSpecs.TASK_COUNTING;
        }
    }
}

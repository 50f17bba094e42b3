package org.jgym.testkit;

import java.util.List;
import org.jgym.env.api.fixtures.TestSpecs;
import org.jgym.env.api.fixtures.ThresholdDistribution;
import org.jgym.env.api.registry.EnvProvider;
import org.jgym.env.api.registry.EnvSpec;
import org.jgym.env.api.registry.TaskDistributionProvider;
import org.jgym.env.api.registry.TaskDistributionSpec;

/** env-api's test envs as a plugin on this module's test class path (through META-INF/services). */
public final class FixturePlugin implements EnvProvider, TaskDistributionProvider {
    @Override
    public List<EnvSpec> envs() {
        return List.of(TestSpecs.counting(TestSpecs.COUNTING), TestSpecs.taskCounting());
    }

    @Override
    public List<TaskDistributionSpec> taskDistributions() {
        return List.of(new TaskDistributionSpec(ThresholdDistribution.ID, "thresholds", ThresholdDistribution::new));
    }
}

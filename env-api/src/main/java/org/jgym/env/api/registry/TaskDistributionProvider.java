package org.jgym.env.api.registry;

import java.util.List;

/**
 * A plugin's list of task distributions, found with {@link java.util.ServiceLoader} through
 * {@code META-INF/services/org.jgym.env.api.registry.TaskDistributionProvider}.
 */
public interface TaskDistributionProvider {
    List<TaskDistributionSpec> taskDistributions();
}

package org.jgym.env.api.registry;

import java.util.function.Supplier;
import org.jgym.env.api.task.TaskDistribution;

/**
 * A registered task distribution.
 *
 * @param id          e.g. {@code obstacle-navigation/uniform}
 * @param description one line for listings
 * @param factory     builds the distribution
 */
public record TaskDistributionSpec(String id, String description, Supplier<TaskDistribution<?>> factory) {
}

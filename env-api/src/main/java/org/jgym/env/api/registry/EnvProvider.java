package org.jgym.env.api.registry;

import java.util.List;
import java.util.Optional;

/**
 * A plugin's list of environments, found with {@link java.util.ServiceLoader}: list the implementing class in
 * {@code META-INF/services/org.jgym.env.api.registry.EnvProvider} of the plugin jar.
 */
public interface EnvProvider {
    List<EnvSpec> envs();

    /**
     * Why {@code id}, an env this provider knows but does not list (e.g. one whose data files are not installed),
     * cannot be made: one line saying what is missing and how to get it. Empty for ids the provider does not know.
     * {@link Registry#spec} reports it instead of its generic unknown-id error.
     */
    default Optional<String> whyUnavailable(String id) {
        return Optional.empty();
    }

    /**
     * The ids this provider knows but cannot make now (each has a {@link #whyUnavailable} answer), so that front ends
     * such as gymnasium's registry can name them and give that answer instead of "unknown id". Empty by default.
     */
    default List<String> unavailableIds() {
        return List.of();
    }
}

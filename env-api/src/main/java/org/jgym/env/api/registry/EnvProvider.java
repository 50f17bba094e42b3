package org.jgym.env.api.registry;

import java.util.List;

/**
 * A plugin's list of environments, found with {@link java.util.ServiceLoader}: list the implementing class in
 * {@code META-INF/services/org.jgym.env.api.registry.EnvProvider} of the plugin jar.
 */
public interface EnvProvider {
    List<EnvSpec> envs();
}

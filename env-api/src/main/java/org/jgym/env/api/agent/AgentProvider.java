package org.jgym.env.api.agent;

import java.util.List;

/**
 * A plugin's named agents, found with {@link java.util.ServiceLoader} through
 * {@code META-INF/services/org.jgym.env.api.agent.AgentProvider}.
 */
public interface AgentProvider {
    List<AgentSpec> agents();
}

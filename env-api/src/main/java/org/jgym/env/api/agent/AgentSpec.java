package org.jgym.env.api.agent;

import java.util.Set;

/**
 * A named agent.
 *
 * @param name        e.g. {@code random}, {@code ideal-observer}
 * @param description one line for listings
 * @param envNames    names of the envs (without namespace and version, e.g. {@code SymbolicAlchemy}) the agent is
 *                    for; empty for an agent that works on any env
 * @param factory     builds the agent
 */
public record AgentSpec(String name, String description, Set<String> envNames, AgentFactory factory) {
    public AgentSpec {
        // sorted, so listings print the names in the same order on every run
        envNames = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(envNames));
    }

    /** True when this agent is meant for env {@code envName} (or for any env). */
    public boolean appliesTo(String envName) {
        return envNames.isEmpty() || envNames.contains(envName);
    }
}

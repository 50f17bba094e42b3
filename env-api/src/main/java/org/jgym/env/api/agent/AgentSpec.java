package org.jgym.env.api.agent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jgym.env.api.InvalidKwargsException;
import org.jgym.env.api.registry.EnvIds;
import org.jgym.env.api.registry.Param;

/**
 * A named agent.
 *
 * @param name        e.g. {@code random}, {@code ideal-observer}
 * @param description one line for listings
 * @param envNames    names of the envs (without namespace and version, e.g. {@code SymbolicAlchemy}) the agent is
 *                    for; empty for an agent that works on any env
 * @param params      the kwargs the agent takes, validated like env kwargs before the factory sees them (unknown
 *                    keys and ill-typed values are refused, defaults filled in); null for an agent that declares
 *                    none and reads its kwargs itself
 * @param factory     builds the agent
 */
public record AgentSpec(String name, String description, Set<String> envNames, List<Param> params,
        AgentFactory factory) {
    public AgentSpec {
        // sorted, so listings print the names in the same order on every run
        envNames = Collections.unmodifiableSortedSet(new TreeSet<>(envNames));
        params = params == null ? null : List.copyOf(params);
    }

    /** An agent without declared kwargs. */
    public AgentSpec(String name, String description, Set<String> envNames, AgentFactory factory) {
        this(name, description, envNames, null, factory);
    }

    /** True when this agent is meant for env {@code envName} (or for any env). */
    public boolean appliesTo(String envName) {
        return envNames.isEmpty() || envNames.contains(envName);
    }

    /**
     * The kwargs the factory gets: with declared {@link #params()}, every declared kwarg converted to its type
     * (given or default); without, {@code given} as is.
     *
     * @throws InvalidKwargsException starting with "agent NAME:", naming the bad key and what is allowed
     */
    public Map<String, Object> validate(Map<String, ?> given) {
        if (params == null) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(given));
        }
        Map<String, Param> declared = new LinkedHashMap<>();
        params.forEach(p -> declared.put(p.name(), p));
        for (String key : given.keySet()) {
            if (!declared.containsKey(key)) {
                List<String> near = EnvIds.closest(key, new ArrayList<>(declared.keySet()), 1);
                throw new InvalidKwargsException("agent " + name + ": unknown kwarg '" + key + "'"
                        + (near.isEmpty() ? ";" : "; did you mean '" + near.get(0) + "'?") + " allowed kwargs: "
                        + declared.keySet());
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Param p : params) {
            Object value = given.get(p.name());
            try {
                out.put(p.name(), value == null ? p.defaultValue() : p.validate(value));
            } catch (InvalidKwargsException e) {
                throw new InvalidKwargsException("agent " + name + ": " + e.getMessage());
            }
        }
        return Collections.unmodifiableMap(out);
    }
}

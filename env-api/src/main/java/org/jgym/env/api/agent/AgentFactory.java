package org.jgym.env.api.agent;

import java.util.Map;
import org.jgym.env.api.Env;

/** Builds a named agent for a given env. */
@FunctionalInterface
public interface AgentFactory {
    /**
     * @param env    the env the agent will act in (its spaces, spec and unwrapped env are available)
     * @param seed   seed of the agent's own randomness
     * @param kwargs agent options, e.g. a checkpoint path
     */
    Agent<?, ?> create(Env<?, ?> env, long seed, Map<String, Object> kwargs);
}

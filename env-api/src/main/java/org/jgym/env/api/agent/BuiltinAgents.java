package org.jgym.env.api.agent;

import java.util.List;
import java.util.Set;

/** The agents every env gets: {@code random}. */
public final class BuiltinAgents implements AgentProvider {
    @Override
    public List<AgentSpec> agents() {
        return List.of(new AgentSpec("random", "uniform random actions from the action space", Set.of(),
                (env, seed, kwargs) -> new RandomAgent<>(env.actionSpace(), seed)));
    }
}

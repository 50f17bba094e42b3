package org.jgym.agents.agent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgym.agents.policy.Policies;
import org.jgym.agents.sampling.ActionScaling;
import org.jgym.agents.train.MetaTrainer;
import org.jgym.env.api.InvalidKwargsException;
import org.jgym.env.api.agent.AgentProvider;
import org.jgym.env.api.agent.AgentSpec;
import org.jgym.env.api.registry.Param;

/**
 * Registers the agent {@code policy}: a trained checkpoint, e.g.
 * {@code jgym rollout Navigation2D-v0 --agent policy --agent-kwargs '{"checkpoint": "out/maml"}' --seed 0}.
 * Kwargs: {@code checkpoint} (a train --out directory or a policy.json file, required) and {@code deterministic}
 * (default false).
 */
public final class MetaAgentProvider implements AgentProvider {
    @Override
    public List<AgentSpec> agents() {
        return List.of(new AgentSpec("policy", "a policy trained by 'jgym train' (agent kwargs: checkpoint, deterministic)",
                Set.of(), List.of(
                        Param.string("checkpoint", null, "a 'jgym train --out' directory or a policy.json file"),
                        Param.bool("deterministic", false, "act with the mean (Box) or the most likely action")),
                (env, seed, kwargs) -> create(env, seed, kwargs)));
    }

    private static PolicyAgent create(org.jgym.env.api.Env<?, ?> env, long seed, Map<String, Object> kwargs) {
        Object where = kwargs.get("checkpoint");
        if (where == null) {
            throw new InvalidKwargsException("agent 'policy' needs the kwarg checkpoint (a 'jgym train --out' directory), "
                    + "e.g. --agent-kwargs '{\"checkpoint\": \"out/maml\"}'");
        }
        Path path = Path.of(where.toString());
        Path file = Files.isDirectory(path) ? path.resolve("policy.json") : path;
        if (!Files.exists(file)) throw new InvalidKwargsException("no policy checkpoint at " + file);
        ActionScaling scaling = ActionScaling.NORMALIZE;
        if (Files.isDirectory(path) && Files.exists(path.resolve("config.json"))) {
            scaling = ActionScaling.parse(MetaTrainer.readConfig(path).actionScaling);
        }
        boolean deterministic = (Boolean) kwargs.get("deterministic");
        Policies.Saved saved = Policies.load(file);
        return new PolicyAgent(saved.policy(), saved.params(), env.observationSpace(), env.actionSpace(), seed,
                deterministic, scaling);
    }
}

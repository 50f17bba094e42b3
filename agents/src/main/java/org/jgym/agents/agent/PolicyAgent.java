package org.jgym.agents.agent;

import java.util.random.RandomGenerator;
import org.jgym.agents.nn.Mlp;
import org.jgym.agents.policy.Policy;
import org.jgym.agents.sampling.ActionScaling;
import org.jgym.env.api.JgymException;
import org.jgym.env.api.Seeding;
import org.jgym.env.api.agent.Agent;
import org.jgym.env.api.spaces.Box;
import org.jgym.env.api.spaces.Discrete;
import org.jgym.env.api.spaces.Space;

/** Acts with a trained policy (no adaptation): samples, or takes the mean/mode when deterministic. */
public final class PolicyAgent implements Agent<Object, Object> {
    private final Policy policy;
    private final double[] params;
    private final boolean deterministic;
    private final ActionScaling scaling;
    private final RandomGenerator rng;
    private final Mlp.Trace trace;
    private final double[] obs;
    private final double[] raw;
    private final Space<?> actionSpace;
    private final double[] envAction;
    /** Reused action value handed to the env (float[] or double[] by the Box dtype). */
    private final Object actionValue;

    public PolicyAgent(Policy policy, double[] params, Space<?> observationSpace, Space<?> actionSpace, long seed,
                       boolean deterministic, ActionScaling scaling) {
        if (!(observationSpace instanceof Box<?> box) || box.size() != policy.observationSize()) {
            throw new JgymException("the policy expects a Box observation of size " + policy.observationSize()
                    + ", the env has " + observationSpace);
        }
        this.policy = policy;
        this.params = params;
        this.deterministic = deterministic;
        this.scaling = scaling;
        this.rng = Seeding.generator(seed);
        this.trace = policy.mlp().newTrace(1);
        this.obs = new double[policy.observationSize()];
        this.raw = new double[policy.actionWidth()];
        this.actionSpace = actionSpace;
        this.envAction = new double[actionSpace instanceof Box<?> b ? b.size() : 1];
        this.actionValue = actionSpace instanceof Box<?> b ? b.sample() : null;
    }

    @Override
    public Object act(Object observation) {
        if (observation instanceof float[] f) {
            for (int i = 0; i < obs.length; i++) obs[i] = f[i];
        } else if (observation instanceof double[] d) {
            System.arraycopy(d, 0, obs, 0, obs.length);
        } else {
            throw new JgymException("unsupported observation type " + observation.getClass().getSimpleName());
        }
        policy.act(params, obs, 1, trace, rng, deterministic, raw);
        if (actionSpace instanceof Discrete d) return d.start() + (int) raw[0];
        Box<?> box = (Box<?>) actionSpace;
        scaling.apply(raw, 0, box.low(), box.high(), envAction);
        Object out = actionValue;
        if (out instanceof float[] f) {
            for (int i = 0; i < f.length; i++) f[i] = (float) envAction[i];
        } else if (out instanceof double[] d) {
            System.arraycopy(envAction, 0, d, 0, d.length);
        } else {
            throw new JgymException("unsupported Box action type " + out.getClass().getSimpleName());
        }
        return out;
    }
}

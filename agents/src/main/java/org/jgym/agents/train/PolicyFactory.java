package org.jgym.agents.train;

import java.util.random.RandomGenerator;
import org.jgym.agents.nn.Activation;
import org.jgym.agents.policy.CategoricalMlpPolicy;
import org.jgym.agents.policy.GaussianMlpPolicy;
import org.jgym.agents.policy.Policy;
import org.jgym.agents.sampling.TaskEnvironment;
import org.jgym.env.api.Seeding;

/** Chooses the policy type from the env's action space: Gaussian MLP for Box, categorical MLP for Discrete. */
public final class PolicyFactory {
    private PolicyFactory() {
    }

    public static Policy create(TaskEnvironment env, TrainConfig config) {
        Activation activation = Activation.parse(config.activation);
        return env.discreteActions()
                ? new CategoricalMlpPolicy(env.observationSize(), env.actionSize(), config.hidden, activation)
                : new GaussianMlpPolicy(env.observationSize(), env.actionSize(), config.hidden, activation, config.initStd);
    }

    /** Xavier initialisation seeded from the run seed. */
    public static double[] initialParams(Policy policy, long seed) {
        RandomGenerator rng = Seeding.generator(seed);
        return policy.initialParams(rng);
    }
}

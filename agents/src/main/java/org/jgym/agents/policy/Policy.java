package org.jgym.agents.policy;

import com.google.gson.JsonObject;
import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.jgym.agents.nn.Activation;
import org.jgym.agents.nn.Mlp;

/**
 * A stochastic MLP policy whose parameters are one flat {@code double[]} held by the caller. The policy object is
 * the architecture only, immutable and shareable across threads; every method takes the parameter vector.
 *
 * <p>Actions are stored as {@code double} rows of width {@link #actionWidth()}: the raw Gaussian sample for Box
 * actions, the index for Discrete actions.
 */
public abstract class Policy {
    protected final Mlp mlp;
    protected final int observationSize;

    protected Policy(int observationSize, int outputSize, int[] hidden, Activation activation) {
        if (observationSize <= 0) {
            throw new IllegalArgumentException("observation size must be positive, got " + observationSize);
        }
        int[] sizes = new int[hidden.length + 2];
        sizes[0] = observationSize;
        System.arraycopy(hidden, 0, sizes, 1, hidden.length);
        sizes[sizes.length - 1] = outputSize;
        this.mlp = new Mlp(sizes, activation);
        this.observationSize = observationSize;
    }

    public int observationSize() {
        return observationSize;
    }

    public Mlp mlp() {
        return mlp;
    }

    /** Width of one stored action row. */
    public abstract int actionWidth();

    /** Total number of parameters (network plus any distribution parameters). */
    public abstract int numParams();

    /** A fresh parameter vector: Xavier-uniform weights, zero biases, head defaults. */
    public abstract double[] initialParams(RandomGenerator rng);

    /** Evaluates the policy on a batch; see {@link PolicyEvaluation}. */
    public abstract PolicyEvaluation evaluate(double[] params, double[] obs, double[] actions, int rows);

    /**
     * Samples one action per row of {@code obs} into {@code actionsOut} (rows x actionWidth), reusing {@code trace}
     * (capacity at least rows). {@code deterministic} takes the mean (Gaussian) or the mode (categorical).
     */
    public abstract void act(double[] params, double[] obs, int rows, Mlp.Trace trace, RandomGenerator rng,
                             boolean deterministic, double[] actionsOut);

    /** JSON description of the architecture, read back by {@link Policies#fromJson}. */
    public JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("type", typeName());
        json.addProperty("observationSize", observationSize);
        json.addProperty("hidden", Arrays.toString(hidden()));
        json.addProperty("activation", mlp.activation().name().toLowerCase(java.util.Locale.ROOT));
        return json;
    }

    protected abstract String typeName();

    /** Hidden layer widths. */
    public int[] hidden() {
        int[] sizes = mlp.sizes();
        return Arrays.copyOfRange(sizes, 1, sizes.length - 1);
    }
}

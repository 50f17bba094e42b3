package org.jgym.agents.policy;

import org.jgym.agents.nn.Mlp;

/**
 * A policy evaluated at one parameter vector on one fixed batch of (observation, action) pairs. The forward pass
 * runs once in the constructor and is reused by every derivative, which is what makes the many Hessian-vector
 * products of a conjugate-gradient solve cheap. Not thread-safe: use one evaluation per thread.
 *
 * <p>All derivatives are of the scalar {@code L(params) = sum_b w[b] * log pi(a_b | s_b)} for caller-given weights
 * {@code w} (REINFORCE, TRPO and PPO losses all have this form at a fixed point), or of the mean KL divergence
 * {@code mean_b KL(pi_old(.|s_b) || pi_params(.|s_b))}.
 */
public abstract class PolicyEvaluation {
    protected final Mlp mlp;
    protected final double[] params;
    protected final double[] obs;
    protected final double[] actions;
    protected final int rows;
    protected final Mlp.Trace trace;
    private double[] logProbs;

    protected PolicyEvaluation(Mlp mlp, double[] params, double[] obs, double[] actions, int rows) {
        this.mlp = mlp;
        this.params = params;
        this.obs = obs;
        this.actions = actions;
        this.rows = rows;
        this.trace = mlp.forward(params, obs, rows, mlp.newTrace(Math.max(rows, 1)));
    }

    public int rows() {
        return rows;
    }

    public double[] params() {
        return params;
    }

    /** log pi(a_b | s_b) for every row; computed once, do not modify. */
    public final double[] logProbs() {
        if (logProbs == null) logProbs = computeLogProbs();
        return logProbs;
    }

    protected abstract double[] computeLogProbs();

    /** Adds the gradient of {@code sum_b w[b] log pi(a_b|s_b)} to {@code gradOut}. */
    public abstract void gradient(double[] weights, double[] gradOut);

    /** Adds the exact Hessian of {@code sum_b w[b] log pi(a_b|s_b)} times {@code v} to {@code hvOut}. */
    public abstract void hessianVectorProduct(double[] weights, double[] v, double[] hvOut);

    /**
     * Adds the Hessian of the mean KL divergence from a policy equal to this one, times {@code v}, to {@code out}
     * (the Fisher information matrix of the batch; exact Hessian at the point where old equals new).
     */
    public abstract void klHessianVectorProduct(double[] v, double[] out);

    /** The action distribution of every row, in the format {@link #meanKl} expects. */
    public abstract double[] distribution();

    /** mean_b KL(old_b || this_b) for distributions saved by {@link #distribution()} on the same observations. */
    public abstract double meanKl(double[] oldDistribution);
}

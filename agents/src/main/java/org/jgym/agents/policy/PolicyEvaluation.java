package org.jgym.agents.policy;

import org.jgym.agents.nn.Mlp;
import org.jgym.agents.nn.NetworkCurvature;
import org.jgym.agents.nn.Precision;

/**
 * A policy evaluated at one parameter vector on one fixed batch of (observation, action) pairs. The forward pass
 * runs once in the constructor and is reused by every derivative, which is what makes the many Hessian-vector
 * products of a conjugate-gradient solve cheap. Not thread-safe: use one evaluation per thread.
 *
 * <p>All derivatives are of the scalar {@code L(params) = sum_b w[b] * log pi(a_b | s_b)} for caller-given weights
 * {@code w} (REINFORCE, TRPO and PPO losses all have this form at a fixed point), or of the mean KL divergence
 * {@code sum_b c[b] KL(pi_params(.|s_b) || pi_old(.|s_b))} for row weights {@code c} summing to 1 (uniform by
 * default; pytorch-maml-rl's episode means with {@code TrajectoryBatch.rowWeights()}).
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

    /**
     * The exact Hessian of {@code sum_b w[b] log pi(a_b|s_b)} at this point as an operator; the part that does not
     * depend on the direction is computed here, once.
     */
    public abstract CurvatureOperator hessian(double[] weights, Precision precision);

    /**
     * The Hessian of the weighted KL divergence to a policy equal to this one (the Fisher information matrix of the
     * batch, rows weighted by {@code rowWeights}; exact Hessian at the point where old equals new), as an operator.
     */
    public abstract CurvatureOperator fisher(double[] rowWeights, Precision precision);

    /** {@link #fisher(double[], Precision)} with uniform row weights 1 / rows. */
    public final CurvatureOperator fisher(Precision precision) {
        return fisher(uniformWeights(), precision);
    }

    private double[] uniformWeights() {
        double[] w = new double[rows];
        java.util.Arrays.fill(w, 1.0 / Math.max(rows, 1));
        return w;
    }

    /** Adds the exact Hessian of {@code sum_b w[b] log pi(a_b|s_b)} times {@code v} to {@code hvOut} (double). */
    public final void hessianVectorProduct(double[] weights, double[] v, double[] hvOut) {
        hessian(weights, Precision.FLOAT64).addTimes(v, hvOut);
    }

    /** Adds the Fisher matrix ({@link #fisher}) times {@code v} to {@code out}, in double precision. */
    public final void klHessianVectorProduct(double[] v, double[] out) {
        fisher(Precision.FLOAT64).addTimes(v, out);
    }

    /** The network's second-order products at this point; each operator owns one (they keep buffers). */
    protected final NetworkCurvature curvature(Precision precision) {
        return mlp.curvature(params, trace, precision);
    }

    /** The action distribution of every row, in the format {@link #meanKl} expects. */
    public abstract double[] distribution();

    /**
     * sum_b c_b KL(this_b || old_b) for distributions saved by {@link #distribution()} on the same observations,
     * with row weights c (KL from the new policy to the old one, as torch's {@code kl_divergence(pi, old_pi)}).
     */
    public abstract double kl(double[] oldDistribution, double[] rowWeights);

    /** {@link #kl} with uniform row weights: the mean over rows. */
    public final double meanKl(double[] oldDistribution) {
        return kl(oldDistribution, uniformWeights());
    }
}

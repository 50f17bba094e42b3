package org.jgym.agents.meta;

import org.jgym.agents.nn.Precision;
import org.jgym.agents.policy.CurvatureOperator;
import org.jgym.agents.policy.PolicyEvaluation;
import org.jgym.agents.rl.TrajectoryBatch;

/**
 * One task's adaptation evaluated at a meta-parameter theta: the adapted parameters theta_1..theta_N with the
 * forward passes of every inner batch cached, and the validation batch evaluated at theta_N.
 *
 * <p>Derivatives through the adaptation. With J = d theta_N / d theta = prod_k (I - alpha_k H_k), H_k the Hessian
 * of inner loss k at theta_k (exact, by the R-operator), the meta-gradient of a validation loss is J^T g and the
 * Hessian of the mean KL at the current point is J^T F J (F: Fisher of the validation batch at theta_N; the term
 * through the second derivative of theta_N vanishes because the KL gradient is zero there). The first-order switch
 * replaces J by the identity (FOMAML).
 */
public final class AdaptedPoint {
    private final TaskAdaptation adaptation;
    private final PolicyEvaluation[] innerEvaluations;
    private final PolicyEvaluation validationEvaluation;
    private final double[] adapted;
    /** Inner-loss Hessians H_k and the validation Fisher, made on first use, per precision. */
    private final CurvatureOperator[][] innerHessians = new CurvatureOperator[Precision.values().length][];
    private final CurvatureOperator[] fishers = new CurvatureOperator[Precision.values().length];

    AdaptedPoint(TaskAdaptation adaptation, double[] theta) {
        this.adaptation = adaptation;
        int n = adaptation.innerBatches().size();
        innerEvaluations = new PolicyEvaluation[n];
        double[] params = theta;
        for (int k = 0; k < n; k++) {
            TrajectoryBatch batch = adaptation.innerBatches().get(k);
            innerEvaluations[k] = adaptation.policy().evaluate(params, batch.obs(), batch.actions(), batch.rows());
            params = TaskAdaptation.step(params, innerEvaluations[k], adaptation.innerWeights().get(k),
                    adaptation.inner().stepSize(k));
        }
        adapted = params;
        TrajectoryBatch v = adaptation.validation();
        validationEvaluation = adaptation.policy().evaluate(params, v.obs(), v.actions(), v.rows());
    }

    /** A point from evaluations already made (while sampling) at the theta that sampled the data. */
    AdaptedPoint(TaskAdaptation adaptation, PolicyEvaluation[] innerEvaluations, double[] adapted,
                 PolicyEvaluation validationEvaluation) {
        this.adaptation = adaptation;
        this.innerEvaluations = innerEvaluations;
        this.adapted = adapted;
        this.validationEvaluation = validationEvaluation;
    }

    /** theta_N at this point. */
    public double[] adaptedParams() {
        return adapted;
    }

    /** Log-probabilities of the validation actions under theta_N. */
    public double[] validationLogProbs() {
        return validationEvaluation.logProbs();
    }

    /** The stored log-probabilities of the policy that sampled the validation batch. */
    public double[] oldLogProbs() {
        return adaptation.oldLogProbs();
    }

    public double[] validationAdvantages() {
        return adaptation.validationAdvantages();
    }

    /** Weights of the validation rows in a batch average ({@link TrajectoryBatch#rowWeights()}). */
    public double[] validationRowWeights() {
        return adaptation.validation().rowWeights();
    }

    /**
     * TRPO surrogate -mean(r A), r the likelihood ratio against the sampling policy, the mean over episodes of
     * per-episode means ({@link TrajectoryBatch#rowWeights()}).
     */
    public double surrogateLoss() {
        double[] w = surrogateWeights();
        double sum = 0;
        for (double x : w) sum += x;
        return sum;
    }

    /** Weights whose weighted log-prob gradient is the gradient of {@link #surrogateLoss()} (they sum to it). */
    public double[] surrogateWeights() {
        double[] lp = validationLogProbs();
        double[] old = adaptation.oldLogProbs();
        double[] adv = adaptation.validationAdvantages();
        double[] c = validationRowWeights();
        double[] w = new double[lp.length];
        for (int b = 0; b < lp.length; b++) w[b] = -Math.exp(lp[b] - old[b]) * adv[b] * c[b];
        return w;
    }

    /**
     * Mean KL(pi_{theta_N} || pi_sampling) on the validation observations (pytorch-maml-rl's
     * {@code kl_divergence(pi, old_pi)}), averaged like the surrogate.
     */
    public double meanKl() {
        return validationEvaluation.kl(adaptation.oldDistribution(), adaptation.validation().rowWeights());
    }

    /**
     * Gradient with respect to theta of sum_b w_b log pi_{theta_N(theta)}(a_b|s_b) on the validation batch.
     * @param firstOrder use the FOMAML approximation (gradient at theta_N applied to theta)
     */
    public double[] metaGradient(double[] validationWeights, boolean firstOrder) {
        return metaGradient(validationWeights, firstOrder, Precision.FLOAT64, false);
    }

    /**
     * {@link #metaGradient(double[], boolean)} with the inner Hessian products in the given precision, keeping
     * the Hessian operators: a TRPO step re-uses them in its conjugate-gradient products at the same point.
     */
    public double[] metaGradient(double[] validationWeights, boolean firstOrder, Precision precision) {
        return metaGradient(validationWeights, firstOrder, precision, true);
    }

    private double[] metaGradient(double[] validationWeights, boolean firstOrder, Precision precision, boolean keep) {
        double[] g = new double[adapted.length];
        validationEvaluation.gradient(validationWeights, g);
        return firstOrder ? g : transposeJacobianTimes(g, precision, keep);
    }

    /** J v: forward through the inner steps, u <- u - alpha_k H_k u (double precision). */
    public double[] jacobianTimes(double[] v) {
        return jacobianTimes(v, Precision.FLOAT64, false);
    }

    /** J^T v: backward through the inner steps (each H_k is symmetric), in double precision. */
    public double[] transposeJacobianTimes(double[] v) {
        return transposeJacobianTimes(v, Precision.FLOAT64, false);
    }

    private double[] jacobianTimes(double[] v, Precision precision, boolean keep) {
        double[] u = v.clone();
        for (int k = 0; k < innerEvaluations.length; k++) u = minusHessianStep(k, u, precision, keep);
        return u;
    }

    private double[] transposeJacobianTimes(double[] v, Precision precision, boolean keep) {
        double[] u = v.clone();
        for (int k = innerEvaluations.length - 1; k >= 0; k--) u = minusHessianStep(k, u, precision, keep);
        return u;
    }

    private double[] minusHessianStep(int k, double[] u, Precision precision, boolean keep) {
        double[] hu = new double[u.length];
        innerHessian(k, precision, keep).addTimes(u, hu);
        double lr = adaptation.inner().stepSize(k);
        for (int i = 0; i < u.length; i++) hu[i] = u[i] - lr * hu[i];
        return hu;
    }

    /**
     * H_k as an operator. Operators hold a few MB per task, so only those of repeated products (a CG solve) are
     * kept; a one-off product such as the meta-gradient's makes a transient one unless a kept one exists.
     */
    private CurvatureOperator innerHessian(int k, Precision precision, boolean keep) {
        CurvatureOperator[] ops = innerHessians[precision.ordinal()];
        if (ops != null && ops[k] != null) return ops[k];
        CurvatureOperator op = innerEvaluations[k].hessian(adaptation.innerWeights().get(k), precision);
        if (keep) {
            if (ops == null) ops = innerHessians[precision.ordinal()] = new CurvatureOperator[innerEvaluations.length];
            ops[k] = op;
        }
        return op;
    }

    /** Hessian of the mean KL with respect to theta times v, J^T F J v (first order: F v), in double precision. */
    public double[] klHessianTimes(double[] v, boolean firstOrder) {
        return klHessianTimes(v, firstOrder, Precision.FLOAT64);
    }

    /** {@link #klHessianTimes(double[], boolean)} with the matrix products in the given precision. */
    public double[] klHessianTimes(double[] v, boolean firstOrder, Precision precision) {
        double[] u = firstOrder ? v : jacobianTimes(v, precision, true);
        double[] fu = new double[u.length];
        CurvatureOperator fisher = fishers[precision.ordinal()];
        if (fisher == null) fisher = fishers[precision.ordinal()] = validationEvaluation.fisher(adaptation.validation().rowWeights(), precision);
        fisher.addTimes(u, fu);
        return firstOrder ? fu : transposeJacobianTimes(fu, precision, true);
    }
}

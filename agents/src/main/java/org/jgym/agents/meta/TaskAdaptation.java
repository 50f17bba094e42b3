package org.jgym.agents.meta;

import java.util.ArrayList;
import java.util.List;
import org.jgym.agents.policy.Policy;
import org.jgym.agents.policy.PolicyEvaluation;
import org.jgym.agents.rl.Advantages;
import org.jgym.agents.rl.TrajectoryBatch;
import org.jgym.agents.sampling.Seeds;
import org.jgym.agents.sampling.TrajectorySampler;

/**
 * The data of one task in one meta-iteration: the batches D_0..D_{N-1} sampled by the successive adapted policies
 * theta_0 = theta, theta_{k+1} = theta_k - alpha_k grad L_k(theta_k), and the validation batch D_N sampled by
 * theta_N. With the data fixed, theta_N is a deterministic function of theta; {@link #at} evaluates it and its
 * exact derivatives at any theta (see {@link AdaptedPoint}).
 */
public final class TaskAdaptation {
    private final Policy policy;
    private final InnerLoop inner;
    private final List<TrajectoryBatch> innerBatches;
    private final List<double[]> innerWeights;
    private final TrajectoryBatch validation;
    private final double[] validationAdvantages;
    private final double[] oldLogProbs;
    private final double[] oldDistribution;
    private final double[] adaptedParams;
    private final double[] sampledTheta;
    /** The evaluations made while sampling, which are the point at the sampling theta; used once, then dropped. */
    private AdaptedPoint sampledPoint;

    private TaskAdaptation(Policy policy, InnerLoop inner, double[] theta, List<TrajectoryBatch> innerBatches,
                           List<double[]> innerWeights, PolicyEvaluation[] innerEvaluations,
                           TrajectoryBatch validation, double[] adaptedParams) {
        this.policy = policy;
        this.inner = inner;
        this.sampledTheta = theta.clone();
        this.innerBatches = innerBatches;
        this.innerWeights = innerWeights;
        this.validation = validation;
        this.validationAdvantages = validation.advantages();
        this.adaptedParams = adaptedParams;
        PolicyEvaluation old = policy.evaluate(adaptedParams, validation.obs(), validation.actions(), validation.rows());
        this.oldLogProbs = old.logProbs().clone();
        this.oldDistribution = old.distribution();
        this.sampledPoint = new AdaptedPoint(this, innerEvaluations, adaptedParams, old);
    }

    /**
     * Samples the N inner batches and the validation batch for one task, adapting along the way.
     * @param seed root seed of this task's rollouts; step k uses a seed derived from (seed, k)
     */
    public static TaskAdaptation collect(Policy policy, double[] theta, Object task, TrajectorySampler sampler,
                                         InnerLoop inner, long seed) {
        List<TrajectoryBatch> batches = new ArrayList<>();
        List<double[]> weights = new ArrayList<>();
        PolicyEvaluation[] evaluations = new PolicyEvaluation[inner.steps()];
        double[] params = theta;
        for (int k = 0; k < inner.steps(); k++) {
            TrajectoryBatch batch = sampler.sample(policy, params, task, inner.episodesPerTask(),
                    Seeds.derive(seed, k), false, null);
            double[] w = reinforceWeights(batch, inner);
            evaluations[k] = policy.evaluate(params, batch.obs(), batch.actions(), batch.rows());
            params = step(params, evaluations[k], w, inner.stepSize(k));
            batches.add(batch);
            weights.add(w);
        }
        TrajectoryBatch validation = sampler.sample(policy, params, task, inner.episodesPerTask(),
                Seeds.derive(seed, inner.steps()), false, null);
        Advantages.compute(validation, inner.gamma(), inner.gaeLambda(), inner.normalizeAdvantages());
        return new TaskAdaptation(policy, inner, theta, batches, weights, evaluations, validation, params);
    }

    /**
     * One task's adaptation on data collected elsewhere (e.g. a batch dumped by the reference implementation):
     * the inner batches are used in order, the adapted parameters computed from them, the validation batch's
     * advantages fitted here.
     */
    public static TaskAdaptation fromBatches(Policy policy, double[] theta, List<TrajectoryBatch> innerBatches,
                                             TrajectoryBatch validation, InnerLoop inner) {
        if (innerBatches.size() != inner.steps()) {
            throw new IllegalArgumentException(inner.steps() + " inner steps need as many inner batches, got "
                    + innerBatches.size());
        }
        List<double[]> weights = new ArrayList<>();
        PolicyEvaluation[] evaluations = new PolicyEvaluation[inner.steps()];
        double[] params = theta;
        for (int k = 0; k < inner.steps(); k++) {
            TrajectoryBatch batch = innerBatches.get(k);
            double[] w = reinforceWeights(batch, inner);
            evaluations[k] = policy.evaluate(params, batch.obs(), batch.actions(), batch.rows());
            params = step(params, evaluations[k], w, inner.stepSize(k));
            weights.add(w);
        }
        Advantages.compute(validation, inner.gamma(), inner.gaeLambda(), inner.normalizeAdvantages());
        return new TaskAdaptation(policy, inner, theta, List.copyOf(innerBatches), weights, evaluations, validation,
                params);
    }

    /**
     * Weights w = -A c so that sum_b w_b log pi_b is the REINFORCE loss -mean(log pi * A), the mean taken over
     * episodes of per-episode means (c = {@link TrajectoryBatch#rowWeights()}), as in pytorch-maml-rl.
     */
    public static double[] reinforceWeights(TrajectoryBatch batch, InnerLoop inner) {
        double[] adv = Advantages.compute(batch, inner.gamma(), inner.gaeLambda(), inner.normalizeAdvantages());
        double[] c = batch.rowWeights();
        double[] w = new double[adv.length];
        for (int i = 0; i < w.length; i++) w[i] = -adv[i] * c[i];
        return w;
    }

    /** theta - lr * grad of the weighted log-prob loss on the batch. */
    public static double[] innerStep(Policy policy, double[] params, TrajectoryBatch batch, double[] weights, double lr) {
        return step(params, policy.evaluate(params, batch.obs(), batch.actions(), batch.rows()), weights, lr);
    }

    /** params - lr * grad of the weighted log-prob loss, the gradient taken from {@code at} (evaluated at params). */
    static double[] step(double[] params, PolicyEvaluation at, double[] weights, double lr) {
        double[] grad = new double[params.length];
        at.gradient(weights, grad);
        double[] next = params.clone();
        for (int i = 0; i < next.length; i++) next[i] -= lr * grad[i];
        return next;
    }

    /**
     * Evaluates the adaptation at theta (re-using the stored data). At the theta that sampled the data the first call
     * returns the evaluations already made while sampling, which are the same numbers.
     */
    public AdaptedPoint at(double[] theta) {
        AdaptedPoint sampled = sampledPoint;
        sampledPoint = null;
        if (sampled != null && java.util.Arrays.equals(theta, sampledTheta)) return sampled;
        return new AdaptedPoint(this, theta);
    }

    Policy policy() {
        return policy;
    }

    InnerLoop inner() {
        return inner;
    }

    List<TrajectoryBatch> innerBatches() {
        return innerBatches;
    }

    List<double[]> innerWeights() {
        return innerWeights;
    }

    public TrajectoryBatch validation() {
        return validation;
    }

    double[] validationAdvantages() {
        return validationAdvantages;
    }

    double[] oldLogProbs() {
        return oldLogProbs;
    }

    double[] oldDistribution() {
        return oldDistribution;
    }

    /** The adapted parameters theta_N that sampled the validation batch. */
    public double[] adaptedParams() {
        return adaptedParams;
    }

    /** Mean return before adaptation (of D_0; of D_N when N = 0). */
    public double preAdaptationReturn() {
        return innerBatches.isEmpty() ? validation.meanReturn() : innerBatches.get(0).meanReturn();
    }

    /** Mean return of the validation batch, after N steps. */
    public double postAdaptationReturn() {
        return validation.meanReturn();
    }

    public double preAdaptationMetric() {
        return innerBatches.isEmpty() ? validation.meanEpisodeMetric() : innerBatches.get(0).meanEpisodeMetric();
    }

    public double postAdaptationMetric() {
        return validation.meanEpisodeMetric();
    }
}

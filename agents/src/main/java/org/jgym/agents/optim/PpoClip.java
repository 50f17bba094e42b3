package org.jgym.agents.optim;

/**
 * PPO's clipped surrogate (Schulman et al. 2017): loss = -sum_b c_b min(r_b A_b, clip(r_b, 1-eps, 1+eps) A_b)
 * with r_b = exp(logp_b - logpOld_b) and row weights c summing to 1 (the batch's episode-mean weights). Its gradient
 * equals that of sum_b w_b log pi(a_b|s_b) for the weights returned by {@link #weights}: w_b = -c_b r_b A_b where the
 * unclipped term is the minimum, 0 where clipping is active.
 */
public final class PpoClip {
    private PpoClip() {
    }

    /** The clipped surrogate loss. */
    public static double loss(double[] logProbs, double[] oldLogProbs, double[] advantages, double[] rowWeights,
                              double epsilon) {
        double sum = 0;
        for (int b = 0; b < logProbs.length; b++) {
            double r = Math.exp(logProbs[b] - oldLogProbs[b]);
            double clipped = Math.max(1 - epsilon, Math.min(1 + epsilon, r));
            sum += rowWeights[b] * Math.min(r * advantages[b], clipped * advantages[b]);
        }
        return -sum;
    }

    /** Per-row weights whose weighted log-prob gradient is the gradient of {@link #loss}. */
    public static double[] weights(double[] logProbs, double[] oldLogProbs, double[] advantages, double[] rowWeights,
                                   double epsilon) {
        int n = logProbs.length;
        double[] w = new double[n];
        for (int b = 0; b < n; b++) {
            double r = Math.exp(logProbs[b] - oldLogProbs[b]);
            double a = advantages[b];
            boolean clippedActive = (a > 0 && r > 1 + epsilon) || (a < 0 && r < 1 - epsilon);
            w[b] = clippedActive ? 0 : -r * a * rowWeights[b];
        }
        return w;
    }
}

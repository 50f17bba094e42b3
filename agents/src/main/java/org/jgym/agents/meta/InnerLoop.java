package org.jgym.agents.meta;

/**
 * Settings of the inner (adaptation) loop: N steps of VPG/REINFORCE with the linear feature baseline and GAE.
 *
 * @param steps number of inner gradient steps N (0 = no adaptation, i.e. plain multi-task training)
 * @param learningRate inner step size alpha of the first step
 * @param laterStepScale factor applied to alpha from the second step on (training: 1; the paper's test protocol: 0.5)
 * @param episodesPerTask trajectories sampled per task and step (fast batch K)
 * @param gamma discount
 * @param gaeLambda GAE lambda (1.0 = discounted return minus baseline)
 * @param normalizeAdvantages centre and scale advantages per task batch
 */
public record InnerLoop(int steps, double learningRate, double laterStepScale, int episodesPerTask, double gamma,
                        double gaeLambda, boolean normalizeAdvantages) {

    public InnerLoop {
        if (steps < 0 || steps > 50) throw new IllegalArgumentException("inner steps must be in 0..50, got " + steps);
        if (!(learningRate > 0)) throw new IllegalArgumentException("inner learning rate must be > 0, got " + learningRate);
        if (!(laterStepScale > 0)) throw new IllegalArgumentException("later-step scale must be > 0, got " + laterStepScale);
        if (episodesPerTask < 1) {
            throw new IllegalArgumentException("fast batch (episodes per task) must be >= 1, got " + episodesPerTask);
        }
        if (!(gamma > 0 && gamma <= 1)) throw new IllegalArgumentException("gamma must be in (0, 1], got " + gamma);
        if (!(gaeLambda >= 0 && gaeLambda <= 1)) throw new IllegalArgumentException("GAE lambda must be in [0, 1], got " + gaeLambda);
    }

    /** Step size of inner step k (0-based). */
    public double stepSize(int k) {
        return k == 0 ? learningRate : learningRate * laterStepScale;
    }

    public InnerLoop withSteps(int n) {
        return new InnerLoop(n, learningRate, laterStepScale, episodesPerTask, gamma, gaeLambda, normalizeAdvantages);
    }
}

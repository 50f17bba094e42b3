package org.jgym.agents.eval;

/**
 * The adaptation test protocol of the paper's code (test_maml_point.py): held-out tasks, vanilla policy-gradient
 * adaptation with {@code fastBatch} episodes per step, first step size alpha and alpha * laterStepScale after.
 *
 * @param adaptSteps k: returns are reported after 0..k steps
 * @param tasks number of held-out tasks (paper: 40)
 * @param fastBatch episodes per task and step (paper point env: 40 paths of 100 steps)
 * @param innerLr alpha; NaN = take the checkpoint's training inner lr
 * @param laterStepScale factor for steps 2..k (paper: 0.5)
 * @param seed seed of the held-out tasks and rollouts
 * @param threads worker threads
 */
public record EvalConfig(int adaptSteps, int tasks, int fastBatch, double innerLr, double laterStepScale, long seed,
                         int threads) {
    public EvalConfig {
        if (adaptSteps < 0 || adaptSteps > 20) throw new IllegalArgumentException("adapt-steps must be in 0..20, got " + adaptSteps);
        if (tasks < 1) throw new IllegalArgumentException("tasks must be >= 1, got " + tasks);
        if (fastBatch < 1) throw new IllegalArgumentException("fast-batch must be >= 1, got " + fastBatch);
        if (!Double.isNaN(innerLr) && !(innerLr > 0)) throw new IllegalArgumentException("inner lr must be > 0, got " + innerLr);
        if (seed < 0) throw new IllegalArgumentException("seed must be >= 0, got " + seed);
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }

    /** The paper's protocol: 3 steps, 40 tasks, 40 episodes per step, alpha from the checkpoint, then alpha / 2. */
    public static EvalConfig paper(long seed, int threads) {
        return new EvalConfig(3, 40, 40, Double.NaN, 0.5, seed, threads);
    }
}

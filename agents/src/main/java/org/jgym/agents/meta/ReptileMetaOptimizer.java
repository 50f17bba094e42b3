package org.jgym.agents.meta;

import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * Batched Reptile (Nichol, Achiam, Schulman 2018; seed 004, Algorithm 3): theta <- theta + epsilon * mean_i
 * (theta_i - theta), theta_i the parameters after the task's N inner VPG steps. No derivative through the inner
 * loop and no use of the validation batch (which only reports the adapted return).
 */
public final class ReptileMetaOptimizer implements MetaOptimizer {
    private final double stepSize;

    /** @param stepSize epsilon, in (0, 1] */
    public ReptileMetaOptimizer(double stepSize) {
        if (!(stepSize > 0 && stepSize <= 1)) {
            throw new IllegalArgumentException("Reptile step size must be in (0, 1], got " + stepSize);
        }
        this.stepSize = stepSize;
    }

    @Override
    public MetaStepReport update(double[] theta, List<TaskAdaptation> tasks, ExecutorService pool) {
        double[] meanAdapted = Parallel.mean(tasks.stream().map(TaskAdaptation::adaptedParams).toList());
        for (int i = 0; i < theta.length; i++) theta[i] += stepSize * (meanAdapted[i] - theta[i]);
        return new MetaStepReport(Double.NaN, Double.NaN, Double.NaN, true);
    }
}

package org.jgym.agents.meta;

import java.util.List;
import java.util.concurrent.ExecutorService;
import org.jgym.agents.optim.GradientOptimizer;

/** MAML with a VPG outer step: the meta-gradient of the task-averaged surrogate, applied by SGD or Adam. */
public final class GradientMetaOptimizer implements MetaOptimizer {
    private final GradientOptimizer optimizer;
    private final boolean firstOrder;

    public GradientMetaOptimizer(GradientOptimizer optimizer, boolean firstOrder) {
        this.optimizer = optimizer;
        this.firstOrder = firstOrder;
    }

    @Override
    public MetaStepReport update(double[] theta, List<TaskAdaptation> tasks, ExecutorService pool) {
        int n = tasks.size();
        List<AdaptedPoint> points = Parallel.map(pool, n, i -> tasks.get(i).at(theta));
        double loss = Parallel.meanOf(Parallel.map(pool, n, i -> points.get(i).surrogateLoss()));
        double[] gradient = Parallel.mean(Parallel.map(pool, n,
                i -> points.get(i).metaGradient(points.get(i).surrogateWeights(), firstOrder)));
        optimizer.step(theta, gradient);
        return new MetaStepReport(loss, Double.NaN, Double.NaN, true);
    }

    @Override
    public double[] state() {
        return optimizer.state();
    }

    @Override
    public void restore(double[] state) {
        optimizer.restore(state);
    }
}

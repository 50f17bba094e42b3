package org.jgym.agents.meta;

import java.util.List;
import java.util.concurrent.ExecutorService;
import org.jgym.agents.nn.Precision;
import org.jgym.agents.optim.TrustRegionStep;

/**
 * MAML-TRPO outer step (Finn et al. 2017): the surrogate -mean r A on every task's validation batch, averaged over
 * tasks, differentiated through the inner steps; the KL constraint on the post-adaptation policies, whose Hessian
 * products J^T F J go through the inner steps too. Line-search trials re-adapt from the trial theta on the stored
 * inner data. With 0 inner steps this is plain TRPO on the pooled tasks (the "pretrained" baseline).
 *
 * <p>The inner Hessian products (of the meta-gradient and the conjugate-gradient solve, which share them) run in
 * the configured {@link Precision}; the validation gradient, losses and KL of the line search are always double.
 */
public final class TrpoMetaOptimizer implements MetaOptimizer {
    private final TrustRegionStep trust;
    private final boolean firstOrder;
    private final Precision curvaturePrecision;

    public TrpoMetaOptimizer(TrustRegionStep trust, boolean firstOrder, Precision curvaturePrecision) {
        this.trust = trust;
        this.firstOrder = firstOrder;
        this.curvaturePrecision = curvaturePrecision;
    }

    @Override
    public MetaStepReport update(double[] theta, List<TaskAdaptation> tasks, ExecutorService pool) {
        int n = tasks.size();
        List<AdaptedPoint> points = Parallel.map(pool, n, i -> tasks.get(i).at(theta));
        double lossBefore = Parallel.meanOf(Parallel.map(pool, n, i -> points.get(i).surrogateLoss()));
        double[] gradient = Parallel.mean(Parallel.map(pool, n,
                i -> points.get(i).metaGradient(points.get(i).surrogateWeights(), firstOrder, curvaturePrecision)));
        TrustRegionStep.Result result = trust.apply(theta, gradient,
                v -> Parallel.mean(Parallel.map(pool, n, i -> points.get(i).klHessianTimes(v, firstOrder, curvaturePrecision))),
                trial -> {
                    // each trial point is dropped as soon as its loss and KL are known: they are large
                    List<double[]> lossAndKl = Parallel.map(pool, n, i -> {
                        AdaptedPoint p = tasks.get(i).at(trial);
                        return new double[] {p.surrogateLoss(), p.meanKl()};
                    });
                    double loss = Parallel.meanOf(lossAndKl.stream().map(x -> x[0]).toList());
                    double kl = Parallel.meanOf(lossAndKl.stream().map(x -> x[1]).toList());
                    return new TrustRegionStep.Evaluation(loss, kl);
                },
                lossBefore);
        return new MetaStepReport(lossBefore, result.lossAfter(), result.kl(), result.accepted());
    }
}

package org.jgym.agents.meta;

import java.util.List;
import java.util.concurrent.ExecutorService;
import org.jgym.agents.optim.GradientOptimizer;
import org.jgym.agents.optim.PpoClip;

/**
 * MAML with a PPO outer step: several epochs of Adam on the clipped surrogate of every task's validation batch,
 * each epoch re-adapting from the current theta and differentiating through the inner steps.
 */
public final class PpoMetaOptimizer implements MetaOptimizer {
    private final GradientOptimizer optimizer;
    private final double clip;
    private final int epochs;
    private final boolean firstOrder;

    public PpoMetaOptimizer(GradientOptimizer optimizer, double clip, int epochs, boolean firstOrder) {
        if (!(clip > 0 && clip < 1)) throw new IllegalArgumentException("PPO clip must be in (0, 1), got " + clip);
        if (epochs < 1) throw new IllegalArgumentException("PPO epochs must be >= 1, got " + epochs);
        this.optimizer = optimizer;
        this.clip = clip;
        this.epochs = epochs;
        this.firstOrder = firstOrder;
    }

    @Override
    public MetaStepReport update(double[] theta, List<TaskAdaptation> tasks, ExecutorService pool) {
        int n = tasks.size();
        double first = Double.NaN;
        for (int epoch = 0; epoch < epochs; epoch++) {
            List<AdaptedPoint> points = Parallel.map(pool, n, i -> tasks.get(i).at(theta));
            double loss = Parallel.meanOf(Parallel.map(pool, n, i -> {
                AdaptedPoint p = points.get(i);
                return PpoClip.loss(p.validationLogProbs(), p.oldLogProbs(), p.validationAdvantages(),
                        p.validationRowWeights(), clip);
            }));
            if (epoch == 0) first = loss;
            double[] gradient = Parallel.mean(Parallel.map(pool, n, i -> {
                AdaptedPoint p = points.get(i);
                double[] w = PpoClip.weights(p.validationLogProbs(), p.oldLogProbs(), p.validationAdvantages(),
                        p.validationRowWeights(), clip);
                return p.metaGradient(w, firstOrder);
            }));
            optimizer.step(theta, gradient);
        }
        List<AdaptedPoint> after = Parallel.map(pool, n, i -> tasks.get(i).at(theta));
        double lossAfter = Parallel.meanOf(Parallel.map(pool, n, i -> {
            AdaptedPoint p = after.get(i);
            return PpoClip.loss(p.validationLogProbs(), p.oldLogProbs(), p.validationAdvantages(),
                        p.validationRowWeights(), clip);
        }));
        double kl = Parallel.meanOf(Parallel.map(pool, n, i -> after.get(i).meanKl()));
        return new MetaStepReport(first, lossAfter, kl, true);
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

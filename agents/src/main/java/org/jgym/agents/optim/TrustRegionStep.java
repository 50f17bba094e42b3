package org.jgym.agents.optim;

import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One TRPO update (Schulman et al. 2015) as in the MAML code: solve (F + damping I) x = g by conjugate gradient,
 * scale to the KL boundary, beta = sqrt(2 maxKl / x^T F x), then backtrack params - ratio^i beta x (i = 0..maxBacktracks-1)
 * until the loss decreases and the mean KL stays below maxKl; if no trial passes, the parameters are left unchanged.
 *
 * @param maxKl KL bound (MAML: 0.01)
 * @param cgIterations conjugate-gradient iterations (10)
 * @param damping added to the Fisher product (1e-5)
 * @param backtrackRatio step shrink factor (0.8)
 * @param maxBacktracks trials (15)
 */
public record TrustRegionStep(double maxKl, int cgIterations, double damping, double backtrackRatio, int maxBacktracks) {

    public TrustRegionStep {
        if (!(maxKl > 0)) throw new IllegalArgumentException("TRPO max KL must be > 0, got " + maxKl);
        if (cgIterations < 1) throw new IllegalArgumentException("CG iterations must be >= 1, got " + cgIterations);
        if (!(damping >= 0)) throw new IllegalArgumentException("CG damping must be >= 0, got " + damping);
        if (!(backtrackRatio > 0 && backtrackRatio < 1)) {
            throw new IllegalArgumentException("backtrack ratio must be in (0, 1), got " + backtrackRatio);
        }
        if (maxBacktracks < 1) throw new IllegalArgumentException("max backtracks must be >= 1, got " + maxBacktracks);
    }

    /** The sheet's MAML settings: max KL 0.01, 10 CG iterations, damping 1e-5, ratio 0.8, 15 backtracks. */
    public static TrustRegionStep mamlDefaults() {
        return new TrustRegionStep(0.01, 10, 1e-5, 0.8, 15);
    }

    /** Loss and mean KL at a parameter point. */
    public record Evaluation(double loss, double kl) {
    }

    /** What the step did. */
    public record Result(boolean accepted, int backtracks, double lossBefore, double lossAfter, double kl) {
    }

    /**
     * Updates {@code params} in place.
     * @param gradient gradient of the loss at params
     * @param fisherProduct v -> F v at params (without damping)
     * @param evaluate params -> (loss, KL from the current policy)
     * @param lossBefore loss at params
     */
    public Result apply(double[] params, double[] gradient, UnaryOperator<double[]> fisherProduct,
                        Function<double[], Evaluation> evaluate, double lossBefore) {
        UnaryOperator<double[]> damped = v -> {
            double[] fv = fisherProduct.apply(v);
            for (int i = 0; i < fv.length; i++) fv[i] += damping * v[i];
            return fv;
        };
        ConjugateGradient.Solution solution = ConjugateGradient.solveWithResidual(damped, gradient, cgIterations, 1e-10);
        double[] direction = solution.x();
        // x^T (F + damping I) x from the CG residual, which saves one more Fisher product
        double shs = solution.quadraticForm(gradient);
        if (!(shs > 0)) return new Result(false, 0, lossBefore, lossBefore, 0);
        double beta = Math.sqrt(2 * maxKl / shs);
        double[] start = params.clone();
        double[] trial = new double[params.length];
        double scale = beta;
        for (int i = 0; i < maxBacktracks; i++, scale *= backtrackRatio) {
            for (int j = 0; j < trial.length; j++) trial[j] = start[j] - scale * direction[j];
            Evaluation e = evaluate.apply(trial);
            if (e.loss() < lossBefore && e.kl() < maxKl) {
                System.arraycopy(trial, 0, params, 0, params.length);
                return new Result(true, i, lossBefore, e.loss(), e.kl());
            }
        }
        return new Result(false, maxBacktracks, lossBefore, lossBefore, 0);
    }
}

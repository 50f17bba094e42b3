package org.jgym.agents.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Adam, conjugate gradient and the TRPO step on small quadratic problems; PPO's clipping. */
class OptimizersTest {
    // f(x) = 0.5 x^T A x - b^T x with A SPD
    private static final double[][] A = {{4, 1, 0}, {1, 3, 0.5}, {0, 0.5, 2}};
    private static final double[] B = {1, -2, 0.5};

    private static double[] times(double[] x) {
        double[] y = new double[3];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) y[i] += A[i][j] * x[j];
        return y;
    }

    private static double f(double[] x) {
        double[] ax = times(x);
        double s = 0;
        for (int i = 0; i < 3; i++) s += 0.5 * x[i] * ax[i] - B[i] * x[i];
        return s;
    }

    private static double[] grad(double[] x) {
        double[] g = times(x);
        for (int i = 0; i < 3; i++) g[i] -= B[i];
        return g;
    }

    @Test
    void conjugateGradientSolvesA3x3SystemInThreeIterations() {
        double[] x = ConjugateGradient.solve(OptimizersTest::times, B, 3, 0);
        double[] ax = times(x);
        for (int i = 0; i < 3; i++) assertEquals(B[i], ax[i], 1e-10);
    }

    @Test
    void quadraticFormFromTheResidualEqualsTheExplicitProduct() {
        ConjugateGradient.Solution s = ConjugateGradient.solveWithResidual(OptimizersTest::times, B, 2, 0);
        double[] ax = times(s.x());
        double explicit = 0;
        for (int i = 0; i < 3; i++) explicit += s.x()[i] * ax[i];
        assertEquals(explicit, s.quadraticForm(B), 1e-12);
    }

    @Test
    void adamReachesTheMinimumOfAQuadratic() {
        double[] x = new double[3];
        Adam adam = new Adam(0.05);
        for (int it = 0; it < 3000; it++) adam.step(x, grad(x));
        double[] g = grad(x);
        for (double gi : g) assertEquals(0, gi, 1e-4);
    }

    @Test
    void adamFirstStepMovesEachCoordinateByTheLearningRate() {
        double[] x = {0, 0};
        new Adam(0.1).step(x, new double[] {3, -0.001});
        assertEquals(-0.1, x[0], 1e-6);
        assertEquals(0.1, x[1], 1e-4);
    }

    @Test
    void trustRegionStepStaysWithinTheKlBoundAndDecreasesTheLoss() {
        // KL modelled as 0.5 d^T A d around the start, so the Fisher is A itself
        double[] x = {0, 0, 0};
        double[] start = x.clone();
        TrustRegionStep step = new TrustRegionStep(0.01, 10, 0, 0.8, 15);
        TrustRegionStep.Result r = step.apply(x, grad(x), OptimizersTest::times, p -> {
            double[] d = {p[0] - start[0], p[1] - start[1], p[2] - start[2]};
            double[] ad = times(d);
            double kl = 0;
            for (int i = 0; i < 3; i++) kl += 0.5 * d[i] * ad[i];
            return new TrustRegionStep.Evaluation(f(p), kl);
        }, f(x));
        assertTrue(r.accepted());
        assertTrue(r.kl() < 0.01, "kl " + r.kl());
        // the full natural step lands on the KL boundary, which pytorch-maml-rl rejects (kl < max KL): the first
        // backtrack, 0.8 x the step, has 0.64 x the KL
        assertEquals(0.0064, r.kl(), 1e-9);
        assertTrue(f(x) < 0);
    }

    @Test
    void trustRegionStepBacktracksAndRestoresWhenNoTrialImproves() {
        double[] x = {1, 1, 1};
        double[] before = x.clone();
        TrustRegionStep step = new TrustRegionStep(0.01, 10, 1e-5, 0.5, 4);
        int[] calls = {0};
        TrustRegionStep.Result r = step.apply(x, grad(x), OptimizersTest::times, p -> {
            calls[0]++;
            return new TrustRegionStep.Evaluation(1e9, 0);
        }, f(x));
        assertFalse(r.accepted());
        assertEquals(4, calls[0]);
        for (int i = 0; i < 3; i++) assertEquals(before[i], x[i], 0.0);
    }

    @Test
    void ppoWeightsVanishWhereClippingIsActive() {
        double eps = 0.2;
        double[] old = {0, 0, 0, 0};
        double[] lp = {Math.log(1.5), Math.log(1.5), Math.log(0.5), Math.log(1.1)};
        double[] adv = {1, -1, -1, 2};
        double[] rows = {0.25, 0.25, 0.25, 0.25};
        double[] w = PpoClip.weights(lp, old, adv, rows, eps);
        assertEquals(0, w[0], 0.0, "ratio 1.5 > 1.2 with A > 0 is clipped");
        assertEquals(-1.5 * -1 / 4, w[1], 1e-12, "ratio 1.5 with A < 0 keeps the unclipped term");
        assertEquals(0, w[2], 0.0, "ratio 0.5 < 0.8 with A < 0 is clipped");
        assertEquals(-1.1 * 2 / 4, w[3], 1e-12);
        double loss = PpoClip.loss(lp, old, adv, rows, eps);
        assertEquals(-(1.2 * 1 + 1.5 * -1 + 0.8 * -1 + 1.1 * 2) / 4, loss, 1e-12);
    }
}

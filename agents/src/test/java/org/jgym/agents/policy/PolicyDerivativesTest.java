package org.jgym.agents.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.jgym.agents.nn.Activation;
import org.jgym.agents.nn.Precision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Checks hand-written gradients and R-operator Hessian-vector products against central finite differences. */
class PolicyDerivativesTest {
    private static final int ROWS = 7;

    private static RandomGenerator rng(long seed) {
        return RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    }

    private static Policy policy(String type, Activation activation) {
        return type.equals("gaussian")
                ? new GaussianMlpPolicy(3, 2, new int[] {5, 4}, activation, 0.7)
                : new CategoricalMlpPolicy(3, 4, new int[] {5, 4}, activation);
    }

    private static double[] randomVector(RandomGenerator rng, int n, double scale) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = scale * rng.nextGaussian();
        return v;
    }

    private static double[] actions(Policy policy, RandomGenerator rng) {
        double[] a = new double[ROWS * policy.actionWidth()];
        for (int i = 0; i < a.length; i++) {
            a[i] = policy instanceof CategoricalMlpPolicy c ? rng.nextInt(c.numActions()) : rng.nextGaussian();
        }
        return a;
    }

    private static double weightedLogProb(Policy policy, double[] params, double[] obs, double[] actions, double[] w) {
        double[] lp = policy.evaluate(params, obs, actions, ROWS).logProbs();
        double sum = 0;
        for (int r = 0; r < ROWS; r++) sum += w[r] * lp[r];
        return sum;
    }

    /** Central differences of a scalar function along each coordinate. */
    private static double[] numericGradient(ToDoubleFunction<double[]> f, double[] x, double h) {
        double[] g = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double[] plus = x.clone();
            double[] minus = x.clone();
            plus[i] += h;
            minus[i] -= h;
            g[i] = (f.applyAsDouble(plus) - f.applyAsDouble(minus)) / (2 * h);
        }
        return g;
    }

    private static double relativeError(double[] a, double[] b) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < a.length; i++) {
            num += (a[i] - b[i]) * (a[i] - b[i]);
            den += a[i] * a[i] + b[i] * b[i];
        }
        return Math.sqrt(num) / Math.max(Math.sqrt(den), 1e-300);
    }

    /** A random policy point and weighted batch; {@code rng} continues the same stream for further draws. */
    private record Batch(RandomGenerator rng, Policy policy, double[] params, double[] obs, double[] actions,
                         double[] weights) {
        static Batch draw(String type, Activation activation, long seed) {
            RandomGenerator rng = PolicyDerivativesTest.rng(seed);
            Policy policy = PolicyDerivativesTest.policy(type, activation);
            double[] params = randomVector(rng, policy.numParams(), 0.5);
            double[] obs = randomVector(rng, ROWS * 3, 1.0);
            double[] actions = PolicyDerivativesTest.actions(policy, rng);
            return new Batch(rng, policy, params, obs, actions, randomVector(rng, ROWS, 1.0));
        }
    }

    @ParameterizedTest
    @CsvSource({"gaussian,TANH", "gaussian,RELU", "categorical,TANH", "categorical,RELU"})
    void gradientMatchesCentralDifferences(String type, Activation activation) {
        Batch b = Batch.draw(type, activation, 11);
        Policy policy = b.policy();
        double[] params = b.params();
        double[] obs = b.obs();
        double[] actions = b.actions();
        double[] w = b.weights();
        double[] analytic = new double[params.length];
        policy.evaluate(params, obs, actions, ROWS).gradient(w, analytic);
        double[] numeric = numericGradient(p -> weightedLogProb(policy, p, obs, actions, w), params, 1e-5);
        double err = relativeError(analytic, numeric);
        assertTrue(err < 1e-6, "relative error " + err);
    }

    @ParameterizedTest
    @CsvSource({"gaussian,TANH", "gaussian,RELU", "categorical,TANH", "categorical,RELU"})
    void hessianVectorProductMatchesDifferencesOfGradients(String type, Activation activation) {
        Batch b = Batch.draw(type, activation, 12);
        RandomGenerator rng = b.rng();
        Policy policy = b.policy();
        double[] params = b.params();
        double[] obs = b.obs();
        double[] actions = b.actions();
        double[] w = b.weights();
        double[] v = randomVector(rng, params.length, 1.0);
        double[] hv = new double[params.length];
        policy.evaluate(params, obs, actions, ROWS).hessianVectorProduct(w, v, hv);
        double h = 1e-5;
        double[] plus = params.clone();
        double[] minus = params.clone();
        for (int i = 0; i < params.length; i++) {
            plus[i] += h * v[i];
            minus[i] -= h * v[i];
        }
        double[] gPlus = new double[params.length];
        double[] gMinus = new double[params.length];
        policy.evaluate(plus, obs, actions, ROWS).gradient(w, gPlus);
        policy.evaluate(minus, obs, actions, ROWS).gradient(w, gMinus);
        double[] numeric = new double[params.length];
        for (int i = 0; i < params.length; i++) numeric[i] = (gPlus[i] - gMinus[i]) / (2 * h);
        double err = relativeError(hv, numeric);
        assertTrue(err < 1e-6, "relative error " + err);
    }

    @ParameterizedTest
    @CsvSource({"gaussian,TANH", "gaussian,RELU", "categorical,TANH", "categorical,RELU"})
    void singlePrecisionProductsAgreeWithDoubleOnesAndAreRepeatable(String type, Activation activation) {
        Batch b = Batch.draw(type, activation, 14);
        RandomGenerator rng = b.rng();
        Policy policy = b.policy();
        double[] params = b.params();
        double[] obs = b.obs();
        double[] actions = b.actions();
        double[] w = b.weights();
        PolicyEvaluation at = policy.evaluate(params, obs, actions, ROWS);
        CurvatureOperator hessian32 = at.hessian(w, Precision.FLOAT32);
        CurvatureOperator fisher32 = at.fisher(Precision.FLOAT32);
        for (int trial = 0; trial < 3; trial++) {
            double[] v = randomVector(rng, params.length, 1.0);
            double[] exact = new double[params.length];
            double[] single = new double[params.length];
            at.hessianVectorProduct(w, v, exact);
            hessian32.addTimes(v, single);
            assertTrue(relativeError(exact, single) < 1e-5, "Hessian, relative error " + relativeError(exact, single));
            double[] again = new double[params.length];
            hessian32.addTimes(v, again);
            assertEquals(0.0, relativeError(single, again), "a cached operator gives the same product twice");
            java.util.Arrays.fill(exact, 0);
            java.util.Arrays.fill(single, 0);
            at.klHessianVectorProduct(v, exact);
            fisher32.addTimes(v, single);
            assertTrue(relativeError(exact, single) < 1e-5, "Fisher, relative error " + relativeError(exact, single));
        }
    }

    @ParameterizedTest
    @CsvSource({"gaussian,TANH", "categorical,RELU"})
    void klHessianMatchesSecondDifferencesOfKl(String type, Activation activation) {
        RandomGenerator rng = rng(13);
        Policy policy = policy(type, activation);
        double[] params = randomVector(rng, policy.numParams(), 0.5);
        double[] obs = randomVector(rng, ROWS * 3, 1.0);
        double[] actions = actions(policy, rng);
        double[] v = randomVector(rng, params.length, 1.0);
        PolicyEvaluation at = policy.evaluate(params, obs, actions, ROWS);
        double[] old = at.distribution();
        double[] fv = new double[params.length];
        at.klHessianVectorProduct(v, fv);
        // v^T H v by second differences of KL(old || params + t v) at t = 0 (KL and its gradient vanish there),
        // with one Richardson extrapolation step to remove the O(h^2) truncation error
        double numeric = (4 * secondDifference(policy, params, v, obs, actions, old, 5e-4)
                - secondDifference(policy, params, v, obs, actions, old, 1e-3)) / 3;
        double analytic = 0;
        for (int i = 0; i < v.length; i++) analytic += v[i] * fv[i];
        assertEquals(numeric, analytic, 1e-6 * Math.abs(analytic));
        assertEquals(0.0, at.meanKl(old), 1e-12);
    }

    private static double secondDifference(Policy policy, double[] params, double[] v, double[] obs,
                                           double[] actions, double[] old, double h) {
        double[] plus = params.clone();
        double[] minus = params.clone();
        for (int i = 0; i < params.length; i++) {
            plus[i] += h * v[i];
            minus[i] -= h * v[i];
        }
        return (policy.evaluate(plus, obs, actions, ROWS).meanKl(old)
                + policy.evaluate(minus, obs, actions, ROWS).meanKl(old)) / (h * h);
    }
}

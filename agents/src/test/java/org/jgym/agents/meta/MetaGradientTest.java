package org.jgym.agents.meta;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.jgym.agents.nn.Activation;
import org.jgym.agents.policy.GaussianMlpPolicy;
import org.jgym.agents.policy.Policy;
import org.jgym.agents.sampling.ActionScaling;
import org.jgym.agents.sampling.GymTaskEnvironment;
import org.jgym.agents.sampling.TrajectorySampler;
import org.jgym.agents.testenv.PointGoalEnv;
import org.jgym.env.api.Seeding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The MAML meta-gradient and KL Hessian through N inner steps against central finite differences. */
class MetaGradientTest {
    private static TaskAdaptation adaptation(Policy policy, double[] theta, int steps) {
        GymTaskEnvironment env = new GymTaskEnvironment(PointGoalEnv.registry(6), PointGoalEnv.ID, Map.of(), null);
        TrajectorySampler sampler = new TrajectorySampler(env, ActionScaling.NORMALIZE);
        InnerLoop inner = new InnerLoop(steps, 0.3, 0.5, 3, 0.99, 1.0, true);
        return TaskAdaptation.collect(policy, theta, new double[] {0.2, -0.3}, sampler, inner, 17);
    }

    private static double relativeError(double[] a, double[] b) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < a.length; i++) {
            num += (a[i] - b[i]) * (a[i] - b[i]);
            den += a[i] * a[i] + b[i] * b[i];
        }
        return Math.sqrt(num / den);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void metaGradientMatchesFiniteDifferencesOfTheAdaptedSurrogate(int steps) {
        Policy policy = new GaussianMlpPolicy(2, 2, new int[] {6}, Activation.TANH, 1.0);
        double[] theta = policy.initialParams(Seeding.generator(4));
        TaskAdaptation a = adaptation(policy, theta, steps);
        AdaptedPoint p = a.at(theta);
        double[] analytic = p.metaGradient(p.surrogateWeights(), false);
        double h = 1e-5;
        double[] numeric = new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            double[] plus = theta.clone();
            double[] minus = theta.clone();
            plus[i] += h;
            minus[i] -= h;
            numeric[i] = (a.at(plus).surrogateLoss() - a.at(minus).surrogateLoss()) / (2 * h);
        }
        double err = relativeError(analytic, numeric);
        assertTrue(err < 1e-6, "relative error " + err);
        double firstOrderErr = relativeError(p.metaGradient(p.surrogateWeights(), true), numeric);
        assertTrue(firstOrderErr > 1e-4, "the first-order gradient should differ from the exact one, error " + firstOrderErr);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void klHessianThroughAdaptationMatchesSecondDifferences(int steps) {
        Policy policy = new GaussianMlpPolicy(2, 2, new int[] {6}, Activation.RELU, 1.0);
        double[] theta = policy.initialParams(Seeding.generator(8));
        TaskAdaptation a = adaptation(policy, theta, steps);
        double[] v = policy.initialParams(Seeding.generator(9));
        double[] hv = a.at(theta).klHessianTimes(v, false);
        double vhv = 0;
        for (int i = 0; i < v.length; i++) vhv += v[i] * hv[i];
        double numeric = (4 * second(a, theta, v, 5e-4) - second(a, theta, v, 1e-3)) / 3;
        assertTrue(Math.abs(vhv - numeric) < 1e-6 * Math.abs(vhv), vhv + " vs " + numeric);
    }

    private static double second(TaskAdaptation a, double[] theta, double[] v, double h) {
        double[] plus = theta.clone();
        double[] minus = theta.clone();
        for (int i = 0; i < theta.length; i++) {
            plus[i] += h * v[i];
            minus[i] -= h * v[i];
        }
        return (a.at(plus).meanKl() + a.at(minus).meanKl()) / (h * h);
    }
}

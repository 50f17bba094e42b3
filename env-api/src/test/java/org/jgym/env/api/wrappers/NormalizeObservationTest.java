package org.jgym.env.api.wrappers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jgym.env.api.fixtures.CountingEnv;
import org.jgym.env.api.fixtures.SequenceEnv;
import org.jgym.env.api.spaces.Box;
import org.junit.jupiter.api.Test;

class NormalizeObservationTest {
    private static final double[][] SEQUENCE = {{1, -10}, {2, 0}, {4, 10}, {8, 5}, {-3, 2.5}};
    private static final double PRIOR_COUNT = 1e-4;

    /**
     * Closed form of the running statistics after the first k observations: the prior (count 1e-4, mean 0, var 1)
     * pooled with the sample (k, xbar, sum of squared deviations).
     */
    private static double[] closedForm(int k, int dim) {
        double sum = 0;
        for (int i = 0; i < k; i++) {
            sum += SEQUENCE[i][dim];
        }
        double xbar = sum / k;
        double ss = 0;
        for (int i = 0; i < k; i++) {
            ss += (SEQUENCE[i][dim] - xbar) * (SEQUENCE[i][dim] - xbar);
        }
        double n = PRIOR_COUNT + k;
        double mean = k * xbar / n;
        double m2 = PRIOR_COUNT * 1.0 + ss + xbar * xbar * PRIOR_COUNT * k / n;
        return new double[] {mean, m2 / n};
    }

    @Test
    void runningMeanAndVarianceMatchTheClosedFormAndOutputIsNormalized() {
        NormalizeObservation<Integer> env = new NormalizeObservation<>(new SequenceEnv(SEQUENCE));
        float[] obs = env.reset(0).observation();
        for (int k = 1; k <= SEQUENCE.length; k++) {
            if (k > 1) {
                obs = env.step(0).observation();
            }
            for (int d = 0; d < 2; d++) {
                double[] expected = closedForm(k, d);
                assertEquals(expected[0], env.mean()[d], 1e-9, "mean after " + k + ", dim " + d);
                assertEquals(expected[1], env.variance()[d], 1e-9 * Math.max(1, expected[1]), "var after " + k);
                float normalized = (float) ((SEQUENCE[k - 1][d] - expected[0]) / Math.sqrt(expected[1] + 1e-8));
                assertEquals(normalized, obs[d], 1e-6f, "output after " + k + ", dim " + d);
            }
        }
    }

    @Test
    void frozenStatisticsStopUpdating() {
        NormalizeObservation<Integer> env = new NormalizeObservation<>(new SequenceEnv(SEQUENCE));
        env.reset(0);
        env.step(0);
        env.setUpdateRunningMean(false);
        double[] mean = env.mean();
        double[] var = env.variance();
        float[] obs = env.step(0).observation();
        assertArrayEquals(mean, env.mean());
        assertArrayEquals(var, env.variance());
        assertEquals((float) ((4 - mean[0]) / Math.sqrt(var[0] + 1e-8)), obs[0], 1e-6f);
    }

    @Test
    void exposesAnUnboundedFloat32BoxAndKeepsRewardsAndFlags() {
        NormalizeObservation<Integer> env = new NormalizeObservation<>(new SequenceEnv(SEQUENCE));
        assertEquals(Box.float32(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 2), env.observationSpace());
        env.reset(0);
        for (int k = 1; k < SEQUENCE.length - 1; k++) {
            assertEquals(k, env.step(0).reward());
        }
        assertEquals(true, env.step(0).terminated());
    }

    @Test
    void needsABoxObservationSpace() {
        assertThrows(IllegalArgumentException.class, () -> new NormalizeObservation<>(
                new TransformObservation<>(new CountingEnv(3), o -> 1, new org.jgym.env.api.spaces.Discrete(2))));
    }
}

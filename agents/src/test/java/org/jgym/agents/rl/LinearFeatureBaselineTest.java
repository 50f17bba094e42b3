package org.jgym.agents.rl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.random.RandomGenerator;
import org.jgym.env.api.Seeding;
import org.junit.jupiter.api.Test;

class LinearFeatureBaselineTest {
    @Test
    void predictionsEqualTheClosedFormRidgeSolution() {
        RandomGenerator rng = Seeding.generator(1);
        int d = 2;
        int[] starts = {0, 7, 12};
        int rows = 12;
        double[] obs = new double[rows * d];
        for (int i = 0; i < obs.length; i++) obs[i] = rng.nextGaussian();
        double[] rewards = new double[rows];
        for (int i = 0; i < rows; i++) rewards[i] = rng.nextGaussian();
        TrajectoryBatch batch = new TrajectoryBatch(d, 1, obs, new double[rows], rewards, starts, new double[2]);
        double[] returns = Advantages.discountedReturns(batch, 0.99);
        double[] prediction = LinearFeatureBaseline.fitAndPredict(batch, returns);

        // closed form: w = (X^T X + 1e-5 I)^-1 X^T y via Gauss-Jordan elimination on the normal equations
        int f = LinearFeatureBaseline.featureCount(d);
        double[][] x = new double[rows][f];
        for (int e = 0; e < 2; e++) {
            for (int t = starts[e]; t < starts[e + 1]; t++) LinearFeatureBaseline.features(obs, t, d, t - starts[e], x[t]);
        }
        double[][] m = new double[f][f + 1];
        for (int i = 0; i < f; i++) {
            for (int j = 0; j < f; j++) for (int r = 0; r < rows; r++) m[i][j] += x[r][i] * x[r][j];
            m[i][i] += 1e-5;
            for (int r = 0; r < rows; r++) m[i][f] += x[r][i] * returns[r];
        }
        for (int c = 0; c < f; c++) {
            for (int r = 0; r < f; r++) {
                if (r == c) continue;
                double factor = m[r][c] / m[c][c];
                for (int k = 0; k <= f; k++) m[r][k] -= factor * m[c][k];
            }
        }
        for (int r = 0; r < rows; r++) {
            double expected = 0;
            for (int i = 0; i < f; i++) expected += x[r][i] * m[i][f] / m[i][i];
            assertEquals(expected, prediction[r], 1e-6);
        }
    }

    @Test
    void gaeWithLambdaOneIsDiscountedReturnMinusBaseline() {
        double[] obs = {0, 0, 1, 1, 2, 2};
        TrajectoryBatch batch = new TrajectoryBatch(2, 1, obs, new double[3], new double[] {1, 2, 3}, new int[] {0, 3},
                new double[1]);
        double[] returns = Advantages.discountedReturns(batch, 0.9);
        assertEquals(3, returns[2], 1e-12);
        assertEquals(2 + 0.9 * 3, returns[1], 1e-12);
        double[] values = LinearFeatureBaseline.fitAndPredict(batch, returns);
        double[] adv = Advantages.compute(batch, 0.9, 1.0, false);
        for (int t = 0; t < 3; t++) assertEquals(returns[t] - values[t], adv[t], 1e-9);
    }
}

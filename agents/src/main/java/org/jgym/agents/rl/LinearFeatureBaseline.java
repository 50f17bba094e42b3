package org.jgym.agents.rl;

/**
 * The linear feature baseline of Duan et al. 2016 ("Benchmarking deep RL for continuous control"), as used by the
 * MAML code: per time step the features are [o, o^2, t/100, (t/100)^2, (t/100)^3, 1] with o clipped to [-10, 10],
 * fitted to discounted returns by ridge regression (X^T X + c I) w = X^T y with c = 1e-5, c multiplied by 10 and the
 * solve retried (at most 5 tries) when the result is not finite. Fitted afresh on each batch.
 */
public final class LinearFeatureBaseline {
    private static final double INITIAL_REG = 1e-5;
    private static final int MAX_TRIES = 5;

    private LinearFeatureBaseline() {
    }

    /** Number of features for an observation of the given size. */
    public static int featureCount(int observationSize) {
        return 2 * observationSize + 4;
    }

    /** Writes the features of row t (step {@code step} of its episode) into {@code out}. */
    static void features(double[] obs, int row, int observationSize, int step, double[] out) {
        for (int i = 0; i < observationSize; i++) {
            double o = Math.max(-10, Math.min(10, obs[row * observationSize + i]));
            out[i] = o;
            out[observationSize + i] = o * o;
        }
        double s = step / 100.0;
        out[2 * observationSize] = s;
        out[2 * observationSize + 1] = s * s;
        out[2 * observationSize + 2] = s * s * s;
        out[2 * observationSize + 3] = 1;
    }

    /**
     * Fits the baseline on the batch's discounted returns and returns its prediction for every row.
     * @param returns discounted return of every row
     */
    public static double[] fitAndPredict(TrajectoryBatch batch, double[] returns) {
        int d = batch.observationSize();
        int f = featureCount(d);
        double[] xtx = new double[f * f];
        double[] xty = new double[f];
        double[] phi = new double[f];
        for (int e = 0; e < batch.episodes(); e++) {
            for (int t = batch.episodeStart(e); t < batch.episodeEnd(e); t++) {
                features(batch.obs(), t, d, t - batch.episodeStart(e), phi);
                for (int i = 0; i < f; i++) {
                    xty[i] += phi[i] * returns[t];
                    for (int j = 0; j < f; j++) xtx[i * f + j] += phi[i] * phi[j];
                }
            }
        }
        double[] w = solveRegularised(xtx, xty, f);
        double[] prediction = new double[batch.rows()];
        for (int e = 0; e < batch.episodes(); e++) {
            for (int t = batch.episodeStart(e); t < batch.episodeEnd(e); t++) {
                features(batch.obs(), t, d, t - batch.episodeStart(e), phi);
                double v = 0;
                for (int i = 0; i < f; i++) v += w[i] * phi[i];
                prediction[t] = v;
            }
        }
        return prediction;
    }

    /** Solves (A + c I) w = b by Cholesky, raising c tenfold while the solution is not finite. */
    static double[] solveRegularised(double[] a, double[] b, int n) {
        double reg = INITIAL_REG;
        double[] w = new double[n];
        for (int attempt = 0; attempt < MAX_TRIES; attempt++, reg *= 10) {
            w = choleskySolve(a, b, n, reg);
            boolean finite = true;
            for (double x : w) finite &= Double.isFinite(x);
            if (finite) return w;
        }
        return new double[n];
    }

    private static double[] choleskySolve(double[] a, double[] b, int n, double reg) {
        double[] l = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i * n + j] + (i == j ? reg : 0);
                for (int k = 0; k < j; k++) sum -= l[i * n + k] * l[j * n + k];
                l[i * n + j] = i == j ? Math.sqrt(sum) : sum / l[j * n + j];
            }
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = b[i];
            for (int k = 0; k < i; k++) sum -= l[i * n + k] * y[k];
            y[i] = sum / l[i * n + i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = y[i];
            for (int k = i + 1; k < n; k++) sum -= l[k * n + i] * x[k];
            x[i] = sum / l[i * n + i];
        }
        return x;
    }
}

package org.jgym.env.mujoco.env;

/**
 * Sums of squares summed in NumPy's order (pairwise summation with eight accumulators), so float32 costs equal
 * Gymnasium's {@code np.sum(np.square(action))} bit for bit.
 */
final class NumpySums {
    private static final int BLOCK = 128;

    private NumpySums() {
    }

    /** {@code np.sum(np.square(a))} for a float32 array, in float32 arithmetic. */
    static float sumOfSquares(float[] a) {
        return pairwise(a, 0, a.length);
    }

    private static float sq(float[] a, int i) {
        return a[i] * a[i];
    }

    private static float pairwise(float[] a, int from, int n) {
        if (n < 8) {
            float res = -0.0f;
            for (int i = 0; i < n; i++) {
                res += sq(a, from + i);
            }
            return res;
        }
        if (n <= BLOCK) {
            float r0 = sq(a, from), r1 = sq(a, from + 1), r2 = sq(a, from + 2), r3 = sq(a, from + 3);
            float r4 = sq(a, from + 4), r5 = sq(a, from + 5), r6 = sq(a, from + 6), r7 = sq(a, from + 7);
            int i = 8;
            for (; i < n - n % 8; i += 8) {
                int k = from + i;
                r0 += sq(a, k);
                r1 += sq(a, k + 1);
                r2 += sq(a, k + 2);
                r3 += sq(a, k + 3);
                r4 += sq(a, k + 4);
                r5 += sq(a, k + 5);
                r6 += sq(a, k + 6);
                r7 += sq(a, k + 7);
            }
            float res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (; i < n; i++) {
                res += sq(a, from + i);
            }
            return res;
        }
        int half = n / 2;
        half -= half % 8;
        return pairwise(a, from, half) + pairwise(a, from + half, n - half);
    }

    /** {@code np.sum(np.square(np.clip(v, low, high)))} over a float64 view, in NumPy's order. */
    static double sumOfClippedSquares(java.nio.DoubleBuffer v, double low, double high) {
        return pairwise(v, 0, v.limit(), low, high);
    }

    private static double sq(java.nio.DoubleBuffer v, int i, double low, double high) {
        double x = Math.max(low, Math.min(high, v.get(i)));
        return x * x;
    }

    private static double pairwise(java.nio.DoubleBuffer v, int from, int n, double low, double high) {
        if (n < 8) {
            double res = -0.0;
            for (int i = 0; i < n; i++) {
                res += sq(v, from + i, low, high);
            }
            return res;
        }
        if (n <= BLOCK) {
            double r0 = sq(v, from, low, high), r1 = sq(v, from + 1, low, high), r2 = sq(v, from + 2, low, high);
            double r3 = sq(v, from + 3, low, high), r4 = sq(v, from + 4, low, high), r5 = sq(v, from + 5, low, high);
            double r6 = sq(v, from + 6, low, high), r7 = sq(v, from + 7, low, high);
            int i = 8;
            for (; i < n - n % 8; i += 8) {
                int k = from + i;
                r0 += sq(v, k, low, high);
                r1 += sq(v, k + 1, low, high);
                r2 += sq(v, k + 2, low, high);
                r3 += sq(v, k + 3, low, high);
                r4 += sq(v, k + 4, low, high);
                r5 += sq(v, k + 5, low, high);
                r6 += sq(v, k + 6, low, high);
                r7 += sq(v, k + 7, low, high);
            }
            double res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (; i < n; i++) {
                res += sq(v, from + i, low, high);
            }
            return res;
        }
        int half = n / 2;
        half -= half % 8;
        return pairwise(v, from, half, low, high) + pairwise(v, from + half, n - half, low, high);
    }
}

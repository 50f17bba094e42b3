package org.jgym.agents.nn;

import dev.ludovic.netlib.blas.BLAS;

/**
 * Row-major matrix products on flat arrays, delegated to netlib BLAS (column-major). A row-major m x n matrix is
 * the column-major n x m matrix, so each product below is its transposed column-major counterpart.
 */
public final class Blas {
    /**
     * netlib logs a warning per missing native backend; the pure-Java VectorBLAS is the intended one here. Held in a
     * field because java.util.logging keeps loggers only weakly.
     */
    private static final java.util.logging.Logger NETLIB_LOG = quietNetlibLogger();
    private static final BLAS BLAS_INSTANCE = BLAS.getInstance();

    private static java.util.logging.Logger quietNetlibLogger() {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger("dev.ludovic.netlib");
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    /** Name of the BLAS implementation in use (VectorBLAS needs {@code --add-modules jdk.incubator.vector}). */
    public static String implementation() {
        return BLAS_INSTANCE.getClass().getSimpleName();
    }

    private Blas() {
    }

    /** C(rows x out) = beta*C + X(rows x in) * W^T, with W(out x in) row-major starting at {@code wOff}. */
    public static void timesTransposed(double[] x, int rows, int in, double[] w, int wOff, int out,
                                       double beta, double[] c) {
        BLAS_INSTANCE.dgemm("T", "N", out, rows, in, 1.0, w, wOff, in, x, 0, in, beta, c, 0, out);
    }

    /** G(out x in) += D(rows x out)^T * X(rows x in); G row-major starting at {@code gOff}. */
    public static void accumulateOuter(double[] d, int rows, int out, double[] x, int in, double[] g, int gOff) {
        BLAS_INSTANCE.dgemm("N", "T", in, out, rows, 1.0, x, 0, in, d, 0, out, 1.0, g, gOff, in);
    }

    /**
     * Y(rows x in) = beta*Y + D(rows x out) * W(out x in). W is first transposed into {@code scratch} (out*in
     * values) so that the product runs as the faster "T","N" kernel of the pure-Java BLAS.
     */
    public static void times(double[] d, int rows, int out, double[] w, int wOff, int in, double beta, double[] y,
                             double[] scratch) {
        for (int o = 0; o < out; o++) {
            int base = wOff + o * in;
            for (int i = 0; i < in; i++) scratch[i * out + o] = w[base + i];
        }
        BLAS_INSTANCE.dgemm("T", "N", in, rows, out, 1.0, scratch, 0, out, d, 0, out, beta, y, 0, in);
    }

    /** Single-precision {@link #timesTransposed}: C(rows x out) = beta*C + X(rows x in) * W^T. */
    public static void timesTransposed(float[] x, int rows, int in, float[] w, int wOff, int out,
                                       float beta, float[] c) {
        BLAS_INSTANCE.sgemm("T", "N", out, rows, in, 1f, w, wOff, in, x, 0, in, beta, c, 0, out);
    }

    /** Single-precision {@link #accumulateOuter}: G(out x in) += D(rows x out)^T * X(rows x in). */
    public static void accumulateOuter(float[] d, int rows, int out, float[] x, int in, float[] g, int gOff) {
        BLAS_INSTANCE.sgemm("N", "T", in, out, rows, 1f, x, 0, in, d, 0, out, 1f, g, gOff, in);
    }

    /** Single-precision Y(rows x in) = beta*Y + D(rows x out) * W(out x in), W row-major from {@code wOff}. */
    public static void times(float[] d, int rows, int out, float[] w, int wOff, int in, float beta, float[] y) {
        BLAS_INSTANCE.sgemm("N", "N", in, rows, out, 1f, w, wOff, in, d, 0, out, beta, y, 0, in);
    }

    /** target[offset + c] += sum_r M[r][c] for M(rows x cols) row-major; {@code ones} holds at least rows ones. */
    public static void addColumnSums(float[] m, int rows, int cols, float[] ones, float[] target, int offset) {
        BLAS_INSTANCE.sgemv("N", cols, rows, 1f, m, 0, cols, ones, 0, 1, 1f, target, offset, 1);
    }

    /** Dot product of two vectors of equal length. */
    public static double dot(double[] a, double[] b) {
        return BLAS_INSTANCE.ddot(a.length, a, 1, b, 1);
    }

    /** y += alpha * x. */
    public static void axpy(double alpha, double[] x, double[] y) {
        BLAS_INSTANCE.daxpy(x.length, alpha, x, 1, y, 1);
    }
}

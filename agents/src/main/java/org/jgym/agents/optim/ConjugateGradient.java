package org.jgym.agents.optim;

import java.util.function.UnaryOperator;

/** Conjugate gradient for A x = b with A symmetric positive definite, given only as a matrix-vector product. */
public final class ConjugateGradient {
    private ConjugateGradient() {
    }

    /**
     * @param product x -> A x (must not modify its argument)
     * @param b right-hand side
     * @param iterations maximum number of iterations (TRPO: 10)
     * @param residualTolerance stop when r^T r falls below this (rllab: 1e-10)
     */
    public static double[] solve(UnaryOperator<double[]> product, double[] b, int iterations, double residualTolerance) {
        return solveWithResidual(product, b, iterations, residualTolerance).x();
    }

    /** A solution and its residual r = b - A x, as tracked by the iteration. */
    public record Solution(double[] x, double[] residual) {
        /** x^T A x = x^T (b - r), without another product. */
        public double quadraticForm(double[] b) {
            double s = 0;
            for (int i = 0; i < x.length; i++) s += x[i] * (b[i] - residual[i]);
            return s;
        }
    }

    /** Like {@link #solve}, also returning the residual. */
    public static Solution solveWithResidual(UnaryOperator<double[]> product, double[] b, int iterations,
                                             double residualTolerance) {
        int n = b.length;
        double[] x = new double[n];
        double[] r = b.clone();
        double[] p = b.clone();
        double rr = dot(r, r);
        for (int it = 0; it < iterations && rr >= residualTolerance; it++) {
            double[] ap = product.apply(p);
            double alpha = rr / dot(p, ap);
            for (int i = 0; i < n; i++) {
                x[i] += alpha * p[i];
                r[i] -= alpha * ap[i];
            }
            double rrNew = dot(r, r);
            double beta = rrNew / rr;
            for (int i = 0; i < n; i++) p[i] = r[i] + beta * p[i];
            rr = rrNew;
        }
        return new Solution(x, r);
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}

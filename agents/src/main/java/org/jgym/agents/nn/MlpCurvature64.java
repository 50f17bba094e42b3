package org.jgym.agents.nn;

/**
 * {@link NetworkCurvature} in double precision on the activations of an {@link Mlp.Trace}.
 *
 * <p>R-forward: R{z_l} = R{W_l} a_{l-1} + W_l R{a_{l-1}} + R{b_l}, R{a_l} = f'(z_l) R{z_l}. R-backward of the
 * chain dz_l = f'(z_l) g_l: R{dz_l} = f'(z_l) R{g_l} + f''(z_l) R{z_l} g_l, and the Hessian-vector product
 * collects R{dz_l} a_{l-1}^T + dz_l R{a_{l-1}}^T for the weights and R{dz_l} for the biases.
 */
final class MlpCurvature64 implements NetworkCurvature {
    private final Mlp mlp;
    private final double[] params;
    private final Mlp.Trace trace;
    private final int rows;
    private final double[][] ract;
    private final double[][] rgrad;
    private double[] scratch = new double[0];

    MlpCurvature64(Mlp mlp, double[] params, Mlp.Trace trace) {
        this.mlp = mlp;
        this.params = params;
        this.trace = trace;
        this.rows = trace.rows;
        this.ract = new double[mlp.layers() + 1][];
        this.rgrad = new double[mlp.layers()][];
    }

    private record Chain(double[][] incoming, double[][] dz) implements BackwardChain {
    }

    @Override
    public double[] forwardR(double[] v) {
        int layers = mlp.layers();
        for (int l = 0; l < layers; l++) {
            int in = mlp.size(l);
            int out = mlp.size(l + 1);
            double[] rz = Mlp.buffer(ract, l + 1, rows * out);
            for (int r = 0; r < rows; r++) System.arraycopy(v, mlp.biasOffset(l), rz, r * out, out);
            Blas.timesTransposed(trace.act[l], rows, in, v, mlp.weightOffset(l), out, 1.0, rz);
            if (l > 0) Blas.timesTransposed(ract[l], rows, in, params, mlp.weightOffset(l), out, 1.0, rz);
            if (l < layers - 1) {
                double[] a = trace.act[l + 1];
                for (int i = 0; i < rows * out; i++) rz[i] *= mlp.activation().derivative(a[i]);
            }
        }
        return ract[layers];
    }

    @Override
    public void backward(double[] outputGrad, double[] gradOut) {
        mlp.backward(params, trace, outputGrad, gradOut);
    }

    @Override
    public BackwardChain chain(double[] outputGrad) {
        int layers = mlp.layers();
        double[][] incoming = new double[layers][];
        double[][] dz = new double[layers][];
        double[] g = outputGrad.clone();
        for (int l = layers - 1; l >= 0; l--) {
            int in = mlp.size(l);
            int out = mlp.size(l + 1);
            // only a curved nonlinearity needs the gradient before f' (f'' R{z} g); ReLU's f'' is zero
            incoming[l] = mlp.activation() == Activation.RELU ? null : g;
            if (l < layers - 1) {
                double[] a = trace.act[l + 1];
                dz[l] = new double[rows * out];
                for (int i = 0; i < rows * out; i++) dz[l][i] = g[i] * mlp.activation().derivative(a[i]);
            } else {
                dz[l] = g;
            }
            if (l > 0) {
                g = new double[rows * in];
                Blas.times(dz[l], rows, out, params, mlp.weightOffset(l), in, 0.0, g, scratch(out * in));
            }
        }
        return new Chain(incoming, dz);
    }

    @Override
    public void backwardR(BackwardChain chain, double[] v, double[] outputGradR, double[] hvOut) {
        Chain c = (Chain) chain;
        int layers = mlp.layers();
        Activation f = mlp.activation();
        double[] rg = Mlp.buffer(rgrad, layers - 1, outputGradR.length);
        System.arraycopy(outputGradR, 0, rg, 0, outputGradR.length);
        for (int l = layers - 1; l >= 0; l--) {
            int in = mlp.size(l);
            int out = mlp.size(l + 1);
            double[] dz = c.dz()[l];
            if (l < layers - 1) {
                double[] a = trace.act[l + 1];
                double[] ra = ract[l + 1];
                double[] g = c.incoming()[l];
                for (int i = 0; i < rows * out; i++) {
                    rg[i] = rg[i] * f.derivative(a[i]) + (g == null ? 0 : g[i] * f.derivativeR(a[i], ra[i]));
                }
            }
            Blas.accumulateOuter(rg, rows, out, trace.act[l], in, hvOut, mlp.weightOffset(l));
            if (l > 0) Blas.accumulateOuter(dz, rows, out, ract[l], in, hvOut, mlp.weightOffset(l));
            Mlp.addColumnSums(rg, rows, out, hvOut, mlp.biasOffset(l));
            if (l > 0) {
                double[] next = Mlp.buffer(rgrad, l - 1, rows * in);
                Blas.times(rg, rows, out, params, mlp.weightOffset(l), in, 0.0, next, scratch(out * in));
                Blas.times(dz, rows, out, v, mlp.weightOffset(l), in, 1.0, next, scratch(out * in));
                rg = next;
            }
        }
    }

    private double[] scratch(int length) {
        if (scratch.length < length) scratch = new double[length];
        return scratch;
    }
}

package org.jgym.agents.nn;

/**
 * {@link NetworkCurvature} with single-precision matrix products: the same R-operator passes as
 * {@link MlpCurvature64}, on float copies of the parameters and activations made once, so that each product
 * converts only the direction (in) and the result (out). Results are added to double vectors.
 */
final class MlpCurvature32 implements NetworkCurvature {
    private final Mlp mlp;
    private final Activation f;
    private final int rows;
    private final int layers;
    private final float[] params;
    /** Input and hidden activations, act[0..layers-1]. */
    private final float[][] act;
    /** f'(z) of the hidden layers, slopes[1..layers-1]: multiplying by a stored slope vectorises, a branch does not. */
    private final float[][] slopes;
    private final float[] direction;
    private final float[] product;
    private final float[][] ract;
    private final float[][] work;
    private final double[] outputR;
    private final float[] ones;

    MlpCurvature32(Mlp mlp, double[] params, Mlp.Trace trace) {
        this.mlp = mlp;
        this.f = mlp.activation();
        this.rows = trace.rows;
        this.layers = mlp.layers();
        this.params = toFloat(params, mlp.numParams());
        this.act = new float[layers][];
        for (int l = 0; l < layers; l++) act[l] = toFloat(trace.act[l], rows * mlp.size(l));
        this.slopes = new float[layers][];
        for (int l = 1; l < layers; l++) {
            slopes[l] = new float[rows * mlp.size(l)];
            for (int i = 0; i < slopes[l].length; i++) slopes[l][i] = (float) f.derivative(act[l][i]);
        }
        this.direction = new float[mlp.numParams()];
        this.product = new float[mlp.numParams()];
        this.ract = new float[layers + 1][];
        this.work = new float[2][];
        this.outputR = new double[rows * mlp.size(layers)];
        this.ones = new float[rows];
        java.util.Arrays.fill(ones, 1f);
    }

    private record Chain(float[][] incoming, float[][] dz) implements BackwardChain {
    }

    @Override
    public double[] forwardR(double[] v) {
        for (int i = 0; i < direction.length; i++) direction[i] = (float) v[i];
        for (int l = 0; l < layers; l++) {
            int in = mlp.size(l);
            int out = mlp.size(l + 1);
            float[] rz = buffer(ract, l + 1, rows * out);
            for (int r = 0; r < rows; r++) System.arraycopy(direction, mlp.biasOffset(l), rz, r * out, out);
            Blas.timesTransposed(act[l], rows, in, direction, mlp.weightOffset(l), out, 1f, rz);
            if (l > 0) Blas.timesTransposed(ract[l], rows, in, params, mlp.weightOffset(l), out, 1f, rz);
            if (l < layers - 1) scaleByDerivative(rz, l + 1, rows * out);
        }
        float[] out = ract[layers];
        for (int i = 0; i < outputR.length; i++) outputR[i] = out[i];
        return outputR;
    }

    @Override
    public void backward(double[] outputGrad, double[] gradOut) {
        java.util.Arrays.fill(product, 0f);
        float[] g = buffer(work, 0, outputGrad.length);
        for (int i = 0; i < outputGrad.length; i++) g[i] = (float) outputGrad[i];
        for (int l = layers - 1; l >= 0; l--) {
            int in = mlp.size(l);
            int out = mlp.size(l + 1);
            if (l < layers - 1) scaleByDerivative(g, l + 1, rows * out);
            Blas.accumulateOuter(g, rows, out, act[l], in, product, mlp.weightOffset(l));
            addColumnSums(g, rows, out, product, mlp.biasOffset(l));
            if (l > 0) {
                float[] next = buffer(work, (layers - l) % 2, rows * in);
                Blas.times(g, rows, out, params, mlp.weightOffset(l), in, 0f, next);
                g = next;
            }
        }
        addTo(gradOut);
    }

    @Override
    public BackwardChain chain(double[] outputGrad) {
        float[][] incoming = new float[layers][];
        float[][] dz = new float[layers][];
        float[] g = toFloat(outputGrad, outputGrad.length);
        for (int l = layers - 1; l >= 0; l--) {
            int in = mlp.size(l);
            int out = mlp.size(l + 1);
            if (l < layers - 1) {
                dz[l] = java.util.Arrays.copyOf(g, rows * out);
                scaleByDerivative(dz[l], l + 1, rows * out);
                // only a curved nonlinearity needs the gradient before f' (f'' R{z} g); ReLU's f'' is zero
                incoming[l] = f == Activation.RELU ? null : g;
            } else {
                dz[l] = g;
            }
            if (l > 0) {
                g = new float[rows * in];
                Blas.times(dz[l], rows, out, params, mlp.weightOffset(l), in, 0f, g);
            }
        }
        return new Chain(incoming, dz);
    }

    @Override
    public void backwardR(BackwardChain chain, double[] v, double[] outputGradR, double[] hvOut) {
        Chain c = (Chain) chain;
        java.util.Arrays.fill(product, 0f);
        float[] rg = buffer(work, 0, outputGradR.length);
        for (int i = 0; i < outputGradR.length; i++) rg[i] = (float) outputGradR[i];
        for (int l = layers - 1; l >= 0; l--) {
            int in = mlp.size(l);
            int out = mlp.size(l + 1);
            float[] dz = c.dz()[l];
            if (l < layers - 1) {
                float[] a = act[l + 1];
                float[] g = c.incoming()[l];
                if (g == null) {
                    scaleByDerivative(rg, l + 1, rows * out);
                } else {
                    float[] ra = ract[l + 1];
                    float[] slope = slopes[l + 1];
                    for (int i = 0; i < rows * out; i++) rg[i] *= slope[i];
                    f.addDerivativeR(a, ra, g, rg, rows * out);
                }
            }
            Blas.accumulateOuter(rg, rows, out, act[l], in, product, mlp.weightOffset(l));
            if (l > 0) Blas.accumulateOuter(dz, rows, out, ract[l], in, product, mlp.weightOffset(l));
            addColumnSums(rg, rows, out, product, mlp.biasOffset(l));
            if (l > 0) {
                float[] next = buffer(work, (layers - l) % 2, rows * in);
                Blas.times(rg, rows, out, params, mlp.weightOffset(l), in, 0f, next);
                Blas.times(dz, rows, out, direction, mlp.weightOffset(l), in, 1f, next);
                rg = next;
            }
        }
        addTo(hvOut);
    }

    /** x *= f'(z) of hidden layer {@code layer}. */
    private void scaleByDerivative(float[] x, int layer, int n) {
        float[] slope = slopes[layer];
        for (int i = 0; i < n; i++) x[i] *= slope[i];
    }

    private void addTo(double[] target) {
        for (int i = 0; i < product.length; i++) target[i] += product[i];
    }

    private static float[] toFloat(double[] values, int length) {
        float[] out = new float[length];
        for (int i = 0; i < length; i++) out[i] = (float) values[i];
        return out;
    }

    private static float[] buffer(float[][] pool, int index, int length) {
        if (pool[index] == null || pool[index].length < length) pool[index] = new float[length];
        return pool[index];
    }

    private void addColumnSums(float[] m, int rows, int cols, float[] target, int offset) {
        Blas.addColumnSums(m, rows, cols, ones, target, offset);
    }
}

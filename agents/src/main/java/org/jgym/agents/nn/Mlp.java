package org.jgym.agents.nn;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * A multilayer perceptron whose parameters live in one flat vector owned by the caller, so that the same network
 * can be evaluated at many parameter points (pre- and post-adaptation, line-search trials) without copies.
 *
 * <p>Layout of the flat vector: for each layer, the weight matrix (out x in, row-major) then the bias (out).
 * Hidden layers use the configured {@link Activation}; the output layer is linear.
 *
 * <p>Second-order products (Hessian- and Fisher-vector) come from {@link #curvature}, in double or single
 * precision.
 */
public final class Mlp {
    private final int[] sizes;
    private final Activation activation;
    private final int[] weightOffset;
    private final int[] biasOffset;
    private final int numParams;

    /**
     * @param sizes layer widths from input to output, at least two entries, all positive
     * @param activation nonlinearity of the hidden layers
     */
    public Mlp(int[] sizes, Activation activation) {
        if (sizes.length < 2) {
            throw new IllegalArgumentException("Mlp needs at least input and output sizes, got " + Arrays.toString(sizes));
        }
        for (int s : sizes) {
            if (s <= 0) throw new IllegalArgumentException("Mlp layer sizes must be positive, got " + Arrays.toString(sizes));
        }
        this.sizes = sizes.clone();
        this.activation = activation;
        int layers = sizes.length - 1;
        weightOffset = new int[layers];
        biasOffset = new int[layers];
        int offset = 0;
        for (int l = 0; l < layers; l++) {
            weightOffset[l] = offset;
            offset += sizes[l] * sizes[l + 1];
            biasOffset[l] = offset;
            offset += sizes[l + 1];
        }
        numParams = offset;
    }

    public int numParams() {
        return numParams;
    }

    public int inputSize() {
        return sizes[0];
    }

    public int outputSize() {
        return sizes[sizes.length - 1];
    }

    public int[] sizes() {
        return sizes.clone();
    }

    public Activation activation() {
        return activation;
    }

    /** Xavier-uniform weights (Glorot and Bengio 2010), zero biases, written into {@code params[0, numParams)}. */
    public void initXavier(double[] params, RandomGenerator rng) {
        for (int l = 0; l < sizes.length - 1; l++) {
            int in = sizes[l];
            int out = sizes[l + 1];
            double limit = Math.sqrt(6.0 / (in + out));
            for (int i = 0; i < in * out; i++) params[weightOffset[l] + i] = (2 * rng.nextDouble() - 1) * limit;
            Arrays.fill(params, biasOffset[l], biasOffset[l] + out, 0.0);
        }
    }

    /** Activations of one forward pass over a batch; reusable for batches up to its capacity. */
    public final class Trace {
        final double[][] act;
        final double[][] grad;
        int rows;
        private double[] scratch = new double[0];

        Trace(int capacity) {
            int layers = sizes.length;
            act = new double[layers][];
            grad = new double[layers][];
            for (int l = 0; l < layers; l++) {
                act[l] = new double[capacity * sizes[l]];
            }
        }

        /** The network output of the last forward pass (rows x outputSize, row-major); valid until the next pass. */
        public double[] output() {
            return act[sizes.length - 1];
        }

        public int rows() {
            return rows;
        }

        double[] scratch(int length) {
            if (scratch.length < length) scratch = new double[length];
            return scratch;
        }
    }

    /** A trace able to hold {@code capacity} rows. */
    public Trace newTrace(int capacity) {
        return new Trace(capacity);
    }

    /**
     * Forward pass over {@code rows} inputs (rows x inputSize, row-major).
     * @return the trace, holding the activations for later backward passes
     */
    public Trace forward(double[] params, double[] input, int rows, Trace trace) {
        int layers = sizes.length - 1;
        if (rows * sizes[0] > trace.act[0].length) {
            throw new IllegalArgumentException("batch of " + rows + " rows exceeds the trace capacity of "
                    + trace.act[0].length / sizes[0] + " rows");
        }
        trace.rows = rows;
        System.arraycopy(input, 0, trace.act[0], 0, rows * sizes[0]);
        for (int l = 0; l < layers; l++) {
            int in = sizes[l];
            int out = sizes[l + 1];
            double[] z = trace.act[l + 1];
            for (int r = 0; r < rows; r++) System.arraycopy(params, biasOffset[l], z, r * out, out);
            Blas.timesTransposed(trace.act[l], rows, in, params, weightOffset[l], out, 1.0, z);
            if (l < layers - 1) activation.apply(z, 0, rows * out);
        }
        return trace;
    }

    /**
     * Backward pass: adds d(loss)/d(params) to {@code gradOut} given d(loss)/d(output) (rows x outputSize).
     * {@code outputGrad} is not modified.
     */
    public void backward(double[] params, Trace trace, double[] outputGrad, double[] gradOut) {
        int layers = sizes.length - 1;
        int rows = trace.rows;
        double[] g = outputGrad;
        for (int l = layers - 1; l >= 0; l--) {
            int in = sizes[l];
            int out = sizes[l + 1];
            double[] dz = g;
            if (l < layers - 1) {
                double[] a = trace.act[l + 1];
                for (int i = 0; i < rows * out; i++) dz[i] *= activation.derivative(a[i]);
            }
            Blas.accumulateOuter(dz, rows, out, trace.act[l], in, gradOut, weightOffset[l]);
            addColumnSums(dz, rows, out, gradOut, biasOffset[l]);
            if (l > 0) {
                double[] next = buffer(trace.grad, l, rows * in);
                Blas.times(dz, rows, out, params, weightOffset[l], in, 0.0, next, trace.scratch(out * in));
                g = next;
            }
        }
    }

    /**
     * Second-order products at {@code params} on the batch of {@code trace} (a {@link #forward} at params), in the
     * given precision; the trace must not be reused for another forward pass while the curvature is in use.
     */
    public NetworkCurvature curvature(double[] params, Trace trace, Precision precision) {
        return precision == Precision.FLOAT32 ? new MlpCurvature32(this, params, trace)
                : new MlpCurvature64(this, params, trace);
    }

    int layers() {
        return sizes.length - 1;
    }

    int size(int layer) {
        return sizes[layer];
    }

    int weightOffset(int layer) {
        return weightOffset[layer];
    }

    int biasOffset(int layer) {
        return biasOffset[layer];
    }

    static double[] buffer(double[][] pool, int index, int length) {
        if (pool[index] == null || pool[index].length < length) pool[index] = new double[length];
        return pool[index];
    }

    static void addColumnSums(double[] m, int rows, int cols, double[] target, int offset) {
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            for (int c = 0; c < cols; c++) target[offset + c] += m[base + c];
        }
    }
}

package org.jgym.agents.optim;

/** Adam (Kingma and Ba 2015) with bias correction; beta1 0.9, beta2 0.999, epsilon 1e-8 unless given. */
public final class Adam implements GradientOptimizer {
    private final double learningRate;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private double[] m;
    private double[] v;
    private long t;

    public Adam(double learningRate) {
        this(learningRate, 0.9, 0.999, 1e-8);
    }

    /** @param learningRate step size, positive; betas in [0, 1); epsilon positive */
    public Adam(double learningRate, double beta1, double beta2, double epsilon) {
        if (!(learningRate > 0)) throw new IllegalArgumentException("Adam learning rate must be > 0, got " + learningRate);
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("Adam betas must be in [0, 1), got " + beta1 + ", " + beta2);
        }
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    @Override
    public void step(double[] params, double[] gradient) {
        if (m == null) {
            m = new double[params.length];
            v = new double[params.length];
        }
        t++;
        double c1 = 1 - Math.pow(beta1, t);
        double c2 = 1 - Math.pow(beta2, t);
        for (int i = 0; i < params.length; i++) {
            m[i] = beta1 * m[i] + (1 - beta1) * gradient[i];
            v[i] = beta2 * v[i] + (1 - beta2) * gradient[i] * gradient[i];
            params[i] -= learningRate * (m[i] / c1) / (Math.sqrt(v[i] / c2) + epsilon);
        }
    }

    @Override
    public double[] state() {
        if (m == null) return new double[0];
        double[] s = new double[2 * m.length + 1];
        System.arraycopy(m, 0, s, 0, m.length);
        System.arraycopy(v, 0, s, m.length, v.length);
        s[s.length - 1] = t;
        return s;
    }

    @Override
    public void restore(double[] state) {
        if (state.length == 0) return;
        int n = (state.length - 1) / 2;
        m = java.util.Arrays.copyOfRange(state, 0, n);
        v = java.util.Arrays.copyOfRange(state, n, 2 * n);
        t = (long) state[state.length - 1];
    }
}

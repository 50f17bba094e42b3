package org.jgym.agents.optim;

/** Plain gradient descent: params -= lr * gradient. */
public final class Sgd implements GradientOptimizer {
    private final double learningRate;

    /** @param learningRate step size, positive */
    public Sgd(double learningRate) {
        if (!(learningRate > 0)) throw new IllegalArgumentException("SGD learning rate must be > 0, got " + learningRate);
        this.learningRate = learningRate;
    }

    @Override
    public void step(double[] params, double[] gradient) {
        for (int i = 0; i < params.length; i++) params[i] -= learningRate * gradient[i];
    }
}

package org.jgym.agents.optim;

/** A first-order optimizer that minimises: it moves {@code params} against {@code gradient}, in place. */
public interface GradientOptimizer {
    void step(double[] params, double[] gradient);

    /** The optimizer's internal state (e.g. Adam moments) for checkpoints; empty when stateless. */
    default double[] state() {
        return new double[0];
    }

    /** Restores what {@link #state()} returned. */
    default void restore(double[] state) {
    }

    /** Builds "sgd" or "adam" with the given learning rate. */
    static GradientOptimizer create(String name, double learningRate) {
        return switch (name) {
            case "sgd" -> new Sgd(learningRate);
            case "adam" -> new Adam(learningRate);
            default -> throw new IllegalArgumentException("unknown optimizer '" + name + "'; allowed: sgd, adam");
        };
    }
}

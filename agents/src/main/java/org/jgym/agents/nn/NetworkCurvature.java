package org.jgym.agents.nn;

/**
 * Second-order products of an {@link Mlp} at one parameter point and one batch (Pearlmutter's R-operator,
 * Pearlmutter 1994, "Fast exact multiplication by the Hessian"). The caller supplies the loss through its gradient
 * with respect to the network output, g, and the directional derivative of g, R{g}; the network part of
 * the product is computed here. Obtain one from {@link Mlp#curvature}. Not thread-safe.
 */
public interface NetworkCurvature {
    /**
     * Directional derivative of the network output along the parameter direction {@code v} (same layout as the
     * parameters). Returns rows x outputSize values, valid until the next call.
     */
    double[] forwardR(double[] v);

    /** Adds J^T g to {@code gradOut}: the gradient of a loss whose output gradient is {@code outputGrad}. */
    void backward(double[] outputGrad, double[] gradOut);

    /**
     * The backward pass of a fixed output gradient, computed once and kept: a Hessian-vector product needs it
     * for every direction, so a conjugate-gradient solve pays for it once.
     */
    BackwardChain chain(double[] outputGrad);

    /**
     * After {@link #forwardR}{@code (v)}: adds to {@code hvOut} the Hessian of the loss times {@code v}, given the
     * loss's backward chain and R{g} along v ({@code outputGradR}, rows x outputSize, not modified).
     */
    void backwardR(BackwardChain chain, double[] v, double[] outputGradR, double[] hvOut);

    /** Opaque per-layer gradients of one backward pass, owned by the curvature that made it. */
    interface BackwardChain {
    }
}

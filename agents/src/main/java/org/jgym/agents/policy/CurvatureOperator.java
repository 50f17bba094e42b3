package org.jgym.agents.policy;

/** A symmetric matrix over the parameter space (a Hessian or a Fisher matrix), available only through products. */
@FunctionalInterface
public interface CurvatureOperator {
    /** Adds this matrix times {@code v} to {@code out}; {@code v} is not modified. */
    void addTimes(double[] v, double[] out);
}

package org.jgym.agents.eval;

/**
 * One method's results: mean and std over tasks of the average return after 0..k adaptation steps, and the mean
 * env metric (e.g. final distance; NaN when the env reports none).
 */
public record EvalRow(String method, double[] meanReturn, double[] stdReturn, double[] meanMetric) {
}

package org.jgym.agents.meta;

/**
 * What one outer update did.
 * @param lossBefore outer loss at the old meta-parameters
 * @param lossAfter outer loss at the new ones (NaN when not evaluated)
 * @param kl mean KL between old and new post-adaptation policies (NaN when not evaluated)
 * @param accepted false when a TRPO line search rejected every trial
 */
public record MetaStepReport(double lossBefore, double lossAfter, double kl, boolean accepted) {
}

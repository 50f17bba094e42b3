/** Optimizers: SGD, Adam, conjugate gradient, the TRPO trust-region step and PPO's clipped surrogate. */
package org.jgym.agents.optim;

/**
 * The reference's Alchemy bots (uniform random, random heuristic, search oracle, ideal observer), acting from the
 * symbolic observation, and the Bayesian belief and trial planner they share.
 */
package org.jgym.env.alchemy.bots;

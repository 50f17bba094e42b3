/** Stochastic MLP policies (Gaussian for Box, categorical for Discrete) over flat parameter vectors; save/load. */
package org.jgym.agents.policy;

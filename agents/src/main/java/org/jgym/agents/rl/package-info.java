/** Trajectory batches, the linear feature baseline and generalised advantage estimation. */
package org.jgym.agents.rl;

/** MAML adaptation with exact meta-gradients through N inner steps, FOMAML, and the outer updates (TRPO, VPG, PPO, Reptile). */
package org.jgym.agents.meta;

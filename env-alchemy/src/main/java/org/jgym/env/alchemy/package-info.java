/**
 * Symbolic Alchemy (DeepMind dm_alchemy) for jgym: the chemistry model (latent cube, stone and potion maps,
 * rotations, the 109 graphs), the levels and their chemistry counts, the episode dynamics, and the
 * {@code SymbolicAlchemy-v0} env with its task distributions and bots, registered by {@link
 * org.jgym.env.alchemy.AlchemyPlugin}.
 */
package org.jgym.env.alchemy;

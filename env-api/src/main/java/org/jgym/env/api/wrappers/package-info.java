/**
 * Composable wrappers as in {@code gymnasium.wrappers}: time limits, episode statistics, action clipping,
 * observation normalization and transforms. {@code env.unwrapped()} reaches the env under all of them.
 */
package org.jgym.env.api.wrappers;

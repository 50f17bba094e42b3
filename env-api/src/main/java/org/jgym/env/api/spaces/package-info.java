/**
 * Spaces as in {@code gymnasium.spaces}: Box, Discrete, MultiBinary, MultiDiscrete, Tuple and Dict.
 *
 * <p>Values are primitive arrays (Box: {@code float[]}, {@code double[]}, {@code int[]}, {@code long[]} or
 * {@code byte[]} by dtype; MultiBinary: {@code byte[]}; MultiDiscrete: {@code int[]}), {@link java.lang.Integer} for
 * Discrete, {@code Object[]} for Tuple and {@code Map<String, Object>} for Dict. Multi-dimensional values are flat,
 * row-major. Each space has its own seeded generator, describes itself as JSON, and knows how to batch its values for
 * vector envs.
 */
package org.jgym.env.api.spaces;

package org.jgym.env.alchemy;

/**
 * Reflects latent stone coordinates axis by axis before rotation: {@code aligned_i = latent_i * sign_i}. 8 maps.
 *
 * @param index {@code sum_i ((sign_i + 1) / 2) 2^i}, 0 to 7; 7 (all +1) is the reference's fixed map
 */
public record StoneMap(int index) {
    /** Number of stone maps. */
    public static final int COUNT = 8;
    /** The fixed map (+,+,+). */
    public static final StoneMap FIXED = new StoneMap(7);

    public StoneMap {
        if (index < 0 || index >= COUNT) {
            throw new IllegalArgumentException("StoneMap: index must be in [0, 7], got " + index);
        }
    }

    /** Sign (+1 or -1) applied to latent axis {@code axis}. */
    public int sign(int axis) {
        return ((index >> axis) & 1) == 1 ? 1 : -1;
    }
}

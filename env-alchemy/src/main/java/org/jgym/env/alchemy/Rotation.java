package org.jgym.env.alchemy;

/**
 * One of the 4 rotations between aligned stone coordinates and perceived features (colour, size, roundness).
 * With {@code aligned = R * perceived}, a rotation mixes two perceptual axes: one of them reads 0, the other +-1.
 */
public enum Rotation {
    /** Identity, Euler angles (0, 0, 0). */
    NONE,
    /** Euler (0, 0, -45): mixes colour and size. */
    COLOUR_SIZE,
    /** Euler (0, -45, 0): mixes colour and roundness. */
    COLOUR_ROUNDNESS,
    /** Euler (-45, 0, 0): mixes size and roundness. */
    SIZE_ROUNDNESS;

    private static final Rotation[] VALUES = values();

    /** Rotation by reference index 0 to 3 (none, z, y, x). */
    public static Rotation ofIndex(int index) {
        if (index < 0 || index >= VALUES.length) {
            throw new IllegalArgumentException("Rotation: index must be in [0, 3], got " + index);
        }
        return VALUES[index];
    }

    /** Writes the perceived coordinates (each -1, 0 or +1) of aligned coordinates {@code a} into {@code out}. */
    public void perceive(int[] a, int[] out) {
        switch (this) {
            case NONE -> {
                out[0] = a[0];
                out[1] = a[1];
                out[2] = a[2];
            }
            case COLOUR_SIZE -> {
                out[0] = (a[0] - a[1]) / 2;
                out[1] = (a[0] + a[1]) / 2;
                out[2] = a[2];
            }
            case COLOUR_ROUNDNESS -> {
                out[0] = (a[0] + a[2]) / 2;
                out[1] = a[1];
                out[2] = (a[2] - a[0]) / 2;
            }
            case SIZE_ROUNDNESS -> {
                out[0] = a[0];
                out[1] = (a[1] - a[2]) / 2;
                out[2] = (a[1] + a[2]) / 2;
            }
            default -> throw new AssertionError(this);
        }
    }
}

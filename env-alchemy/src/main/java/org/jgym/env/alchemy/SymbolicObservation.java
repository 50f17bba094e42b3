package org.jgym.env.alchemy;

/**
 * Reads the 39-float symbolic observation (the layout written by {@link AlchemyGame#writeObservation}); used by the
 * bots, which act from observations only.
 */
public final class SymbolicObservation {
    /** Offset of the first potion slot. */
    public static final int POTION_OFFSET = 5 * AlchemyGame.STONES_PER_TRIAL;

    private SymbolicObservation() {
    }

    /** Whether stone slot {@code slot} holds a stone (its used flag is 0). */
    public static boolean stonePresent(float[] obs, int slot) {
        return obs[5 * slot + 4] == 0f;
    }

    /** Appearance code (0 to 26, see {@link Chemistry#appearanceCode}) of the stone in {@code slot}. */
    public static int stoneAppearance(float[] obs, int slot) {
        int base = 5 * slot;
        return (Math.round(obs[base]) + 1) + 3 * (Math.round(obs[base + 1]) + 1) + 9 * (Math.round(obs[base + 2]) + 1);
    }

    /** Number of latent +1 coordinates (0 to 3) of the stone in {@code slot}, read off its reward indicator. */
    public static int stonePlusCount(float[] obs, int slot) {
        return Math.round((obs[5 * slot + 3] * 3f + 3f) / 2f);
    }

    /** Cauldron value (-3, -1, +1, +15) of the stone in {@code slot}. */
    public static int stoneValue(float[] obs, int slot) {
        return LatentCube.valueOfPlusCount(stonePlusCount(obs, slot));
    }

    /** Perceived colour (0 to 5) of potion slot {@code slot}, or -1 when it is used. */
    public static int potionColour(float[] obs, int slot) {
        int base = POTION_OFFSET + 2 * slot;
        if (obs[base + 1] != 0f) {
            return -1;
        }
        return Math.round((obs[base] + 1f) * 3f);
    }
}

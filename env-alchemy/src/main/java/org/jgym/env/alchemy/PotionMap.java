package org.jgym.env.alchemy;

/**
 * Maps perceived potion colours to latent potion types: a permutation {@code dimMap} (perceived dim -> latent dim)
 * and a sign per latent dim {@code dirMap}. There are 3! x 2^3 = 48 potion maps.
 *
 * <p>Perceived colour index = 2 * perceived dim + (perceived dir == +1 ? 1 : 0): red 0, green 1, orange 2, yellow 3,
 * pink 4, turquoise 5. The index of a map is the reference's: {@code 8 * permIdx + sum_i ((dirMap_i + 1) / 2) 2^i},
 * permutations ranked lexicographically (012, 021, 102, 120, 201, 210).
 *
 * @param index 0 to 47
 */
public record PotionMap(int index) {
    /** Number of potion maps. */
    public static final int COUNT = 48;
    /** The reference's fixed map: identity permutation, all signs +1. */
    public static final PotionMap FIXED = new PotionMap(7);
    /** Permutations of the three dims in lexicographic order. */
    static final int[][] PERMUTATIONS = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
    /** Colour names by perceived index. */
    public static final String[] COLOUR_NAMES = {"red", "green", "orange", "yellow", "pink", "turquoise"};

    public PotionMap {
        if (index < 0 || index >= COUNT) {
            throw new IllegalArgumentException("PotionMap: index must be in [0, 47], got " + index);
        }
    }

    /** Builds the map from a permutation and latent-dim signs. */
    public static PotionMap of(int[] dimMap, int[] dirMap) {
        for (int p = 0; p < PERMUTATIONS.length; p++) {
            if (java.util.Arrays.equals(PERMUTATIONS[p], dimMap)) {
                int bits = 0;
                for (int i = 0; i < 3; i++) {
                    if (dirMap[i] != 1 && dirMap[i] != -1) {
                        throw new IllegalArgumentException("PotionMap: dirMap entries must be +1 or -1, got "
                                + java.util.Arrays.toString(dirMap));
                    }
                    bits |= (dirMap[i] > 0 ? 1 : 0) << i;
                }
                return new PotionMap(8 * p + bits);
            }
        }
        throw new IllegalArgumentException("PotionMap: dimMap must be a permutation of {0,1,2}, got "
                + java.util.Arrays.toString(dimMap));
    }

    /** Latent dim moved by potions of perceived dim {@code perceivedDim}. */
    public int dimMap(int perceivedDim) {
        return PERMUTATIONS[index >> 3][perceivedDim];
    }

    /** Rank (0 to 5) of the permutation in lexicographic order. */
    public int permutationIndex() {
        return index >> 3;
    }

    /** Sign (+1 or -1) for latent dim {@code latentDim}. */
    public int dirMap(int latentDim) {
        return ((index >> latentDim) & 1) == 1 ? 1 : -1;
    }

    /** Latent potion type of perceived colour {@code colour} (0 to 5). */
    public int latentType(int colour) {
        int latentDim = dimMap(colour >> 1);
        int perceivedDir = (colour & 1) == 1 ? 1 : -1;
        return LatentCube.potionType(latentDim, perceivedDir * dirMap(latentDim));
    }

    /** Perceived colour (0 to 5) of latent potion type {@code type}. */
    public int colour(int type) {
        int latentDim = LatentCube.potionAxis(type);
        int perceivedDim = 0;
        while (dimMap(perceivedDim) != latentDim) {
            perceivedDim++;
        }
        int perceivedDir = LatentCube.potionDirection(type) * dirMap(latentDim);
        return 2 * perceivedDim + (perceivedDir > 0 ? 1 : 0);
    }
}

package org.jgym.env.alchemy;

import java.util.Objects;

/**
 * One Alchemy task: the latent graph plus the maps that hide the latent structure behind what the agent perceives.
 * Fixed for all trials of an episode.
 *
 * @param graph      which cube edges exist (latent space)
 * @param potionMap  perceived colour to latent potion type
 * @param stoneMap   latent to aligned stone coordinates
 * @param rotation   aligned to perceived stone features
 */
public record Chemistry(Graph graph, PotionMap potionMap, StoneMap stoneMap, Rotation rotation) {
    /** Number of distinct stone appearances: each perceived feature is -1, 0 or +1. */
    public static final int APPEARANCES = 27;

    public Chemistry {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(potionMap, "potionMap");
        Objects.requireNonNull(stoneMap, "stoneMap");
        Objects.requireNonNull(rotation, "rotation");
    }

    /** Writes the perceived features (colour, size, roundness) of a stone on latent {@code vertex} into {@code out}. */
    public void perceiveStone(int vertex, int[] out) {
        int[] aligned = new int[LatentCube.AXES];
        for (int axis = 0; axis < LatentCube.AXES; axis++) {
            aligned[axis] = LatentCube.coordinate(vertex, axis) * stoneMap.sign(axis);
        }
        rotation.perceive(aligned, out);
    }

    /** Appearance code {@code sum_i (p_i + 1) 3^i} (0 to 26) of a stone on latent {@code vertex}. */
    public int appearance(int vertex) {
        int[] perceived = new int[LatentCube.AXES];
        perceiveStone(vertex, perceived);
        return appearanceCode(perceived);
    }

    /** Appearance code of perceived features {@code p} (each -1, 0 or +1). */
    public static int appearanceCode(int[] p) {
        return (p[0] + 1) + 3 * (p[1] + 1) + 9 * (p[2] + 1);
    }

    /** Perceived feature {@code axis} (-1, 0 or +1) of appearance {@code code}. */
    public static int appearanceFeature(int code, int axis) {
        int digit = axis == 0 ? code % 3 : axis == 1 ? code / 3 % 3 : code / 9;
        return digit - 1;
    }
}

package org.jgym.env.alchemy;

/**
 * The latent cube {-1,+1}^3 on which stones live.
 *
 * <p>Vertex index {@code v = sum_i ((c_i + 1) / 2) * 2^i}, so axis 0 is the lowest bit: 0 = (-,-,-), 7 = (+,+,+).
 * A latent potion type is {@code 2 * axis + (direction == +1 ? 1 : 0)}.
 */
public final class LatentCube {
    /** Number of vertices of the cube. */
    public static final int VERTICES = 8;
    /** Number of latent axes. */
    public static final int AXES = 3;
    /** Number of undirected cube edges. */
    public static final int EDGES = 12;
    /** Number of latent potion types (2 directions per axis). */
    public static final int POTION_TYPES = 6;
    /** The vertex worth the bonus: all coordinates +1. */
    public static final int BEST_VERTEX = 7;
    /** Reward of a stone dropped in the cauldron, by number of +1 coordinates (0..3). */
    private static final int[] VALUE_BY_PLUS_COUNT = {-3, -1, 1, 15};

    private static final int[] EDGE_LOW = new int[EDGES];
    private static final int[] EDGE_HIGH = new int[EDGES];
    private static final int[][] EDGE_INDEX = new int[VERTICES][AXES];

    static {
        // canonical order: pairs (u, w), u < w, differing in one bit, sorted by (u, w)
        int e = 0;
        for (int u = 0; u < VERTICES; u++) {
            for (int axis = 0; axis < AXES; axis++) {
                int w = u ^ (1 << axis);
                if (w > u) {
                    EDGE_LOW[e] = u;
                    EDGE_HIGH[e] = w;
                    e++;
                }
            }
        }
        // the loop above yields (0,1)(0,2)(0,4)(1,3)(1,5)(2,3)(2,6)(3,7)(4,5)(4,6)(5,7)(6,7) in that order
        for (int i = 0; i < EDGES; i++) {
            int axis = Integer.numberOfTrailingZeros(EDGE_LOW[i] ^ EDGE_HIGH[i]);
            EDGE_INDEX[EDGE_LOW[i]][axis] = i;
            EDGE_INDEX[EDGE_HIGH[i]][axis] = i;
        }
    }

    private LatentCube() {
    }

    /** Coordinate (-1 or +1) of {@code vertex} on {@code axis}. */
    public static int coordinate(int vertex, int axis) {
        return ((vertex >> axis) & 1) == 1 ? 1 : -1;
    }

    /** Number of +1 coordinates of {@code vertex}. */
    public static int plusCount(int vertex) {
        return Integer.bitCount(vertex);
    }

    /** Cauldron reward of a stone on {@code vertex}: -3, -1, +1 or +15. */
    public static int value(int vertex) {
        return VALUE_BY_PLUS_COUNT[Integer.bitCount(vertex)];
    }

    /** Reward indicator shown in the observation: (sum of latent coordinates) / 3. */
    public static float rewardIndicator(int vertex) {
        return (2 * Integer.bitCount(vertex) - 3) / 3f;
    }

    /** Value of a stone with {@code plusCount} coordinates at +1. */
    public static int valueOfPlusCount(int plusCount) {
        return VALUE_BY_PLUS_COUNT[plusCount];
    }

    /** Index (canonical order) of the edge leaving {@code vertex} along {@code axis}. */
    public static int edgeIndex(int vertex, int axis) {
        return EDGE_INDEX[vertex][axis];
    }

    /** Lower vertex of canonical edge {@code edge}. */
    public static int edgeLow(int edge) {
        return EDGE_LOW[edge];
    }

    /** Higher vertex of canonical edge {@code edge}. */
    public static int edgeHigh(int edge) {
        return EDGE_HIGH[edge];
    }

    /** Axis along which canonical edge {@code edge} runs. */
    public static int edgeAxis(int edge) {
        return Integer.numberOfTrailingZeros(EDGE_LOW[edge] ^ EDGE_HIGH[edge]);
    }

    /** Latent potion type of the potion moving along {@code axis} towards {@code direction} (+1 or -1). */
    public static int potionType(int axis, int direction) {
        return 2 * axis + (direction > 0 ? 1 : 0);
    }

    /** Axis moved by latent potion type {@code type}. */
    public static int potionAxis(int type) {
        return type >> 1;
    }

    /** Direction (+1 or -1) of latent potion type {@code type}. */
    public static int potionDirection(int type) {
        return (type & 1) == 1 ? 1 : -1;
    }
}

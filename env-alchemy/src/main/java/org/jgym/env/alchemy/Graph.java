package org.jgym.env.alchemy;

/**
 * Which of the 12 cube edges exist, in latent space. An edge present can be crossed both ways by the two potions
 * of its axis.
 *
 * @param edgeMask bit {@code e} set when canonical edge {@code e} (see {@link LatentCube#edgeLow}) is present
 */
public record Graph(int edgeMask) {
    /** The full cube (no bottleneck). */
    public static final Graph FULL_CUBE = new Graph((1 << LatentCube.EDGES) - 1);

    public Graph {
        if (edgeMask < 0 || edgeMask >= (1 << LatentCube.EDGES)) {
            throw new IllegalArgumentException("Graph: edgeMask must be in [0, 4095], got " + edgeMask);
        }
    }

    /** Whether the edge leaving {@code vertex} along {@code axis} exists. */
    public boolean hasEdge(int vertex, int axis) {
        return (edgeMask >> LatentCube.edgeIndex(vertex, axis) & 1) == 1;
    }

    /** Number of edges present. */
    public int edgeCount() {
        return Integer.bitCount(edgeMask);
    }

    /**
     * Vertex reached by applying latent potion {@code potionType} to a stone on {@code vertex}: the neighbour along the
     * potion's axis when the stone sits on the opposite face and the edge exists, otherwise {@code vertex} itself.
     */
    public int apply(int vertex, int potionType) {
        int axis = LatentCube.potionAxis(potionType);
        int direction = LatentCube.potionDirection(potionType);
        if (LatentCube.coordinate(vertex, axis) == direction || !hasEdge(vertex, axis)) {
            return vertex;
        }
        return vertex ^ (1 << axis);
    }

    /** The reference's evaluation-file encoding: 12 ints in canonical edge order, 0 = absent, else 2 * axis + 2. */
    public int[] toReferenceCode() {
        int[] code = new int[LatentCube.EDGES];
        for (int e = 0; e < LatentCube.EDGES; e++) {
            code[e] = (edgeMask >> e & 1) == 1 ? 2 * LatentCube.edgeAxis(e) + 2 : 0;
        }
        return code;
    }

    /** Parses {@link #toReferenceCode()}; any nonzero entry counts as present. */
    public static Graph fromReferenceCode(int[] code) {
        if (code.length != LatentCube.EDGES) {
            throw new IllegalArgumentException("Graph: reference code must have 12 entries, got " + code.length);
        }
        int mask = 0;
        for (int e = 0; e < LatentCube.EDGES; e++) {
            if (code[e] != 0) {
                mask |= 1 << e;
            }
        }
        return new Graph(mask);
    }
}

package org.jgym.env.alchemy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The 109 valid graphs of the reference's "random_bottleneck" grammar, and the named fixed graphs.
 *
 * <p>Grammar: for each axis a, one condition on each of the two other axes (in increasing order), each -1, +1 or
 * "any"; an a-edge exists iff its other two coordinates meet both conditions. Of the 9^3 = 729 combinations, a graph
 * is valid when every vertex touches an edge and the graph is connected. The prior gives each class of
 * fixed-condition count (0, 1, 2, 3) probability 1/4, uniform inside the class; classes 4 to 6 hold no valid graph.
 */
public final class GraphCatalog {
    /** Condition value meaning "any coordinate". */
    public static final int ANY = 0;
    /** Number of valid graphs. */
    public static final int VALID_GRAPH_COUNT = 109;

    private static final List<Graph> GRAPHS;
    private static final int[] FIXED_CONDITIONS;
    private static final double[] PRIOR;
    private static final Map<Graph, Integer> INDEX = new HashMap<>();

    static {
        List<Graph> graphs = new ArrayList<>();
        List<Integer> fixed = new ArrayList<>();
        int[] options = {ANY, -1, 1};
        int[][] conditions = new int[LatentCube.AXES][2];
        for (int combo = 0; combo < 729; combo++) {
            int rest = combo;
            int fixedCount = 0;
            for (int axis = 0; axis < LatentCube.AXES; axis++) {
                for (int k = 0; k < 2; k++) {
                    conditions[axis][k] = options[rest % 3];
                    rest /= 3;
                    if (conditions[axis][k] != ANY) {
                        fixedCount++;
                    }
                }
            }
            Graph graph = fromConditions(conditions);
            if (isValid(graph)) {
                graphs.add(graph);
                fixed.add(fixedCount);
            }
        }
        GRAPHS = Collections.unmodifiableList(graphs);
        FIXED_CONDITIONS = fixed.stream().mapToInt(Integer::intValue).toArray();
        int[] classSize = new int[7];
        for (int f : FIXED_CONDITIONS) {
            classSize[f]++;
        }
        int nonEmptyClasses = 0;
        for (int size : classSize) {
            if (size > 0) {
                nonEmptyClasses++;
            }
        }
        PRIOR = new double[GRAPHS.size()];
        for (int i = 0; i < PRIOR.length; i++) {
            PRIOR[i] = 1.0 / nonEmptyClasses / classSize[FIXED_CONDITIONS[i]];
            INDEX.put(GRAPHS.get(i), i);
        }
    }

    private GraphCatalog() {
    }

    /**
     * Builds the graph of per-axis conditions: {@code conditions[axis]} holds the conditions on the two other axes in
     * increasing order, each -1, +1 or {@link #ANY}.
     */
    public static Graph fromConditions(int[][] conditions) {
        int mask = 0;
        for (int e = 0; e < LatentCube.EDGES; e++) {
            int axis = LatentCube.edgeAxis(e);
            int low = LatentCube.edgeLow(e);
            int k = 0;
            boolean present = true;
            for (int other = 0; other < LatentCube.AXES; other++) {
                if (other == axis) {
                    continue;
                }
                int condition = conditions[axis][k++];
                if (condition != ANY && LatentCube.coordinate(low, other) != condition) {
                    present = false;
                }
            }
            if (present) {
                mask |= 1 << e;
            }
        }
        return new Graph(mask);
    }

    /** Every vertex touches an edge and all vertices are connected. */
    public static boolean isValid(Graph graph) {
        boolean[] seen = new boolean[LatentCube.VERTICES];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(0);
        seen[0] = true;
        int reached = 1;
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int axis = 0; axis < LatentCube.AXES; axis++) {
                int w = v ^ (1 << axis);
                if (graph.hasEdge(v, axis) && !seen[w]) {
                    seen[w] = true;
                    reached++;
                    queue.add(w);
                }
            }
        }
        return reached == LatentCube.VERTICES;
    }

    /** The 109 valid graphs in enumeration order. */
    public static List<Graph> validGraphs() {
        return GRAPHS;
    }

    /** Number of fixed conditions (0 to 3) of valid graph {@code index}. */
    public static int fixedConditions(int index) {
        return FIXED_CONDITIONS[index];
    }

    /** Prior probability of valid graph {@code index} under "random_bottleneck". */
    public static double prior(int index) {
        return PRIOR[index];
    }

    /** Index of {@code graph} among the valid graphs, or -1 when it is not one of them. */
    public static int indexOf(Graph graph) {
        return INDEX.getOrDefault(graph, -1);
    }

    /** The reference's "bottleneck1": axis 0 moves only where axis 1 is -1 and axis 2 is +1 (9 edges). */
    public static Graph bottleneck1() {
        return fromConditions(new int[][] {{-1, 1}, {ANY, ANY}, {ANY, ANY}});
    }

    /** The reference's "bottleneck2": axis 0 moves only where axis 1 is -1 (10 edges). */
    public static Graph bottleneck2() {
        return fromConditions(new int[][] {{-1, ANY}, {ANY, ANY}, {ANY, ANY}});
    }

    /** The reference's "bottleneck3": bottleneck1 plus axis 2 moving only where axis 1 is -1 (7 edges). */
    public static Graph bottleneck3() {
        return fromConditions(new int[][] {{-1, 1}, {ANY, ANY}, {ANY, -1}});
    }
}

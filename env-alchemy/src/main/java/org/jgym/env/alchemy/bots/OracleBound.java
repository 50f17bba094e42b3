package org.jgym.env.alchemy.bots;

import java.util.ArrayList;
import java.util.List;
import org.jgym.env.alchemy.Graph;
import org.jgym.env.alchemy.LatentCube;
import org.jgym.env.alchemy.PotionMap;

/**
 * The search oracle's trial value for one known chemistry, in closed form: an upper bound on what any agent that
 * does not know the chemistry can expect (the planner averages it over the belief).
 *
 * <p>With the chemistry known, a stone worth reaching {@code +15} or {@code +1} needs, per colour, as many potions as
 * some walk to such a vertex uses. Only Pareto-minimal colour counts over simple paths matter (a cycle only uses
 * more), so each (graph, potion map, start vertex) keeps a short list of options (value, colour counts). The oracle
 * value of a trial state is the best choice of one option per stone whose summed counts fit the potions left.
 *
 * <p>Colour counts are packed 8 bits per colour in a long, so "fits" is one subtraction with guard bits.
 */
final class OracleBound {
    private static final long GUARD = 0x0000_8080_8080_8080L;
    /** Where {@link #valueAndNeeds} puts the value. */
    static final int VALUE_SHIFT = 48;
    private final int[] start;
    private final byte[] values;
    private final long[] needs;

    /** Options for every combination of {@code graphs} and the potion maps of {@code potionMaps} (indices). */
    OracleBound(List<Graph> graphs, int[] potionMaps) {
        int keys = graphs.size() * PotionMap.COUNT * LatentCube.VERTICES;
        start = new int[keys + 1];
        List<long[]> all = new ArrayList<>();
        int[] colourOf = new int[LatentCube.POTION_TYPES];
        for (int g = 0; g < graphs.size(); g++) {
            List<List<long[]>> latent = new ArrayList<>();
            for (int v = 0; v < LatentCube.VERTICES; v++) {
                latent.add(paretoOptions(graphs.get(g), v));
            }
            for (int pm = 0; pm < PotionMap.COUNT; pm++) {
                boolean used = false;
                for (int p : potionMaps) {
                    used |= p == pm;
                }
                for (int t = 0; t < LatentCube.POTION_TYPES; t++) {
                    colourOf[t] = new PotionMap(pm).colour(t);
                }
                for (int v = 0; v < LatentCube.VERTICES; v++) {
                    int key = (g * PotionMap.COUNT + pm) * LatentCube.VERTICES + v;
                    start[key] = all.size();
                    if (used) {
                        for (long[] option : latent.get(v)) {
                            all.add(new long[] {option[0], toColourLanes(option[1], colourOf)});
                        }
                    }
                }
            }
        }
        start[keys] = all.size();
        values = new byte[all.size()];
        needs = new long[all.size()];
        for (int i = 0; i < all.size(); i++) {
            values[i] = (byte) all.get(i)[0];
            needs[i] = all.get(i)[1];
        }
    }

    /** Packs 4-bit colour counts (as in the planner's state) into 8-bit lanes with guard bits set. */
    static long guardedLanes(long nibbles) {
        long lanes = 0;
        for (int c = 0; c < LatentCube.POTION_TYPES; c++) {
            lanes |= ((nibbles >>> (4 * c)) & 15) << (8 * c);
        }
        return lanes | GUARD;
    }

    /**
     * Oracle value of stones on latent vertices {@code v0..v2} (-1 = absent) under dynamics {@code dynamics}
     * ({@code graphIndex * 48 + potionMap}) with {@code guardedLanes} potions left.
     */
    int value(int dynamics, int v0, int v1, int v2, long guardedLanes) {
        return (int) (valueAndNeeds(dynamics, v0, v1, v2, guardedLanes) >>> VALUE_SHIFT);
    }

    /**
     * As {@link #value}, packed with the colour counts (8-bit lanes, no guard bits) of a best choice of options:
     * {@code value << VALUE_SHIFT | needs}.
     */
    long valueAndNeeds(int dynamics, int v0, int v1, int v2, long guardedLanes) {
        int base = dynamics * LatentCube.VERTICES;
        int a0 = v0 < 0 ? -1 : start[base + v0];
        int a1 = v0 < 0 ? -1 : start[base + v0 + 1];
        int b0 = v1 < 0 ? -1 : start[base + v1];
        int b1 = v1 < 0 ? -1 : start[base + v1 + 1];
        int c0 = v2 < 0 ? -1 : start[base + v2];
        int c1 = v2 < 0 ? -1 : start[base + v2 + 1];
        // an absent stone is one option worth 0 that needs nothing: index -1
        int maxB = b0 < 0 ? 0 : values[b0];
        int maxC = c0 < 0 ? 0 : values[c0];
        int best = 0;
        long bestNeeds = 0;
        for (int a = a0; a < Math.max(a1, a0 + 1); a++) {
            int va = a < 0 ? 0 : values[a];
            if (va + maxB + maxC <= best) {
                break;
            }
            long na = a < 0 ? 0 : needs[a];
            if (((guardedLanes - na) & GUARD) != GUARD) {
                continue;
            }
            for (int b = b0; b < Math.max(b1, b0 + 1); b++) {
                int vb = b < 0 ? 0 : values[b];
                if (va + vb + maxC <= best) {
                    break;
                }
                long nab = na + (b < 0 ? 0 : needs[b]);
                if (((guardedLanes - nab) & GUARD) != GUARD) {
                    continue;
                }
                for (int c = c0; c < Math.max(c1, c0 + 1); c++) {
                    int vc = c < 0 ? 0 : values[c];
                    if (va + vb + vc <= best) {
                        break;
                    }
                    long nabc = nab + (c < 0 ? 0 : needs[c]);
                    if (((guardedLanes - nabc) & GUARD) == GUARD) {
                        best = va + vb + vc;
                        bestNeeds = nabc;
                        break;
                    }
                }
            }
        }
        return (long) best << VALUE_SHIFT | bestNeeds;
    }

    /**
     * Options {value, latent-type counts in 8-bit lanes} of a stone on {@code from}, best value first: Pareto-minimal
     * counts over simple paths to a +15 vertex, then to a +1 vertex, then "cash nothing" (0, no potions).
     */
    private static List<long[]> paretoOptions(Graph graph, int from) {
        List<long[]> found = new ArrayList<>();
        walk(graph, from, 1 << from, 0L, found);
        List<long[]> kept = new ArrayList<>();
        for (int value : new int[] {15, 1, 0}) {
            for (long[] option : found) {
                if (option[0] == value && !dominated(option, found) && !contains(kept, option)) {
                    kept.add(option);
                }
            }
        }
        return kept;
    }

    private static void walk(Graph graph, int at, int visited, long counts, List<long[]> found) {
        found.add(new long[] {Math.max(0, LatentCube.value(at)), counts});
        for (int axis = 0; axis < LatentCube.AXES; axis++) {
            int next = at ^ (1 << axis);
            if ((visited >> next & 1) == 0 && graph.hasEdge(at, axis)) {
                int type = LatentCube.potionType(axis, LatentCube.coordinate(next, axis));
                walk(graph, next, visited | 1 << next, counts + (1L << (8 * type)), found);
            }
        }
        if (visited == 1 << at) {
            found.add(new long[] {0, 0L});
        }
    }

    /** Whether another option is at least as valuable and needs at most as much of every colour. */
    private static boolean dominated(long[] option, List<long[]> all) {
        for (long[] other : all) {
            boolean better = other[0] > option[0] || other[0] == option[0] && other[1] != option[1];
            if (better && covers(option[1], other[1])) {
                return true;
            }
        }
        return false;
    }

    private static boolean covers(long bigger, long smaller) {
        return (((bigger | GUARD) - smaller) & GUARD) == GUARD;
    }

    private static boolean contains(List<long[]> list, long[] option) {
        for (long[] o : list) {
            if (o[0] == option[0] && o[1] == option[1]) {
                return true;
            }
        }
        return false;
    }

    private static long toColourLanes(long typeLanes, int[] colourOf) {
        long lanes = 0;
        for (int t = 0; t < LatentCube.POTION_TYPES; t++) {
            lanes += ((typeLanes >>> (8 * t)) & 0xFF) << (8 * colourOf[t]);
        }
        return lanes;
    }
}

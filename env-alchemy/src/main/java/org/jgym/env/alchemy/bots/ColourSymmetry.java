package org.jgym.env.alchemy.bots;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.jgym.env.alchemy.Chemistry;
import org.jgym.env.alchemy.PotionMap;

/**
 * Relabellings of potion colours that the planner may exploit: a colour permutation {@code g} that keeps the three
 * colour pairs as pairs (48 of them) maps each chemistry {@code h} to the chemistry {@code g.h} whose potion map
 * reads colour {@code c} as {@code h} reads {@code g(c)}. When a node's hypotheses (with their weights) are closed
 * under {@code g} and its potion counts are too, dipping a stone into {@code c} or into {@code g(c)} is worth the
 * same and takes as long, so only the lowest colour of each orbit needs searching; the search keeps choosing the
 * lowest-index best action, so its result is unchanged.
 *
 * <p>Only relabellings under which the whole space is closed with equal prior weights are kept (all 47 on levels
 * with a uniformly random potion map, none on levels with a fixed one).
 */
final class ColourSymmetry {
    private static final int COLOURS = HypothesisSpace.COLOURS;
    private final int[][] colourMaps;
    private final int[][] images;

    /** The relabellings of a space of {@code size} chemistries {@code chemistryAt} with weights {@code weight}. */
    ColourSymmetry(int size, IntFunction<Chemistry> chemistryAt, long[] weight) {
        Chemistry[] chemistries = new Chemistry[size];
        Map<Chemistry, Integer> index = new HashMap<>();
        for (int h = 0; h < size; h++) {
            chemistries[h] = chemistryAt.apply(h);
            index.put(chemistries[h], h);
        }
        List<int[]> maps = new ArrayList<>();
        List<int[]> perms = new ArrayList<>();
        for (int[] g : pairPreservingPermutations()) {
            int[] image = imageOf(g, chemistries, index, weight);
            if (image != null) {
                maps.add(g);
                perms.add(image);
            }
        }
        this.colourMaps = maps.toArray(new int[0][]);
        this.images = perms.toArray(new int[0][]);
    }

    /** Number of usable relabellings (identity excluded). */
    int count() {
        return colourMaps.length;
    }

    /**
     * Colours not to search at a node with hypotheses {@code arena[from, to)} and 4-bit colour counts
     * {@code potions}: those with a lower colour in their orbit under the relabellings that fix the node.
     * {@code stamp} (one entry per chemistry) is the caller's scratch; {@code generation} must differ from every
     * value it holds.
     */
    int redundantColours(int[] arena, int from, int to, long potions, int[] stamp, int generation) {
        int redundant = 0;
        boolean marked = false;
        for (int s = 0; s < colourMaps.length; s++) {
            int[] g = colourMaps[s];
            int moves = 0;
            boolean fixesCounts = true;
            for (int c = 0; c < COLOURS && fixesCounts; c++) {
                fixesCounts = count(potions, g[c]) == count(potions, c);
                if (g[c] < c) {
                    moves |= 1 << c;
                }
            }
            if (!fixesCounts || (moves & ~redundant) == 0) {
                continue;
            }
            if (!marked) {
                for (int k = from; k < to; k++) {
                    stamp[arena[k]] = generation;
                }
                marked = true;
            }
            if (fixesBelief(images[s], arena, from, to, stamp, generation)) {
                redundant |= moves;
            }
        }
        return redundant;
    }

    private static boolean fixesBelief(int[] image, int[] arena, int from, int to, int[] stamp, int generation) {
        // a map of a finite set into itself that is one-to-one is onto, so "into" suffices
        for (int k = from; k < to; k++) {
            if (stamp[image[arena[k]]] != generation) {
                return false;
            }
        }
        return true;
    }

    private static int count(long potions, int colour) {
        return (int) (potions >>> (4 * colour)) & 15;
    }

    /** h to g.h, or null when some image is missing from the space or has another weight. */
    private static int[] imageOf(int[] g, Chemistry[] chemistries, Map<Chemistry, Integer> index, long[] weight) {
        int[] composed = new int[PotionMap.COUNT];
        boolean identity = true;
        for (int c = 0; c < COLOURS; c++) {
            identity &= g[c] == c;
        }
        if (identity) {
            return null;
        }
        for (int pm = 0; pm < PotionMap.COUNT; pm++) {
            composed[pm] = compose(new PotionMap(pm), g);
        }
        int[] image = new int[chemistries.length];
        for (int h = 0; h < chemistries.length; h++) {
            Chemistry c = chemistries[h];
            Chemistry mapped = new Chemistry(c.graph(), new PotionMap(composed[c.potionMap().index()]), c.stoneMap(),
                    c.rotation());
            Integer target = index.get(mapped);
            if (target == null || weight[target] != weight[h]) {
                return null;
            }
            image[h] = target;
        }
        return image;
    }

    /** The potion map reading colour c as {@code map} reads g(c). */
    private static int compose(PotionMap map, int[] g) {
        for (int pm = 0; pm < PotionMap.COUNT; pm++) {
            PotionMap candidate = new PotionMap(pm);
            boolean same = true;
            for (int c = 0; c < COLOURS && same; c++) {
                same = candidate.latentType(c) == map.latentType(g[c]);
            }
            if (same) {
                return pm;
            }
        }
        throw new IllegalStateException("ColourSymmetry: relabelling is not pair-preserving");
    }

    /** The 48 permutations of colours 0..5 that map pairs {0,1}, {2,3}, {4,5} to pairs. */
    private static List<int[]> pairPreservingPermutations() {
        int[][] orders = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
        List<int[]> all = new ArrayList<>();
        for (int[] order : orders) {
            for (int flips = 0; flips < 8; flips++) {
                int[] g = new int[COLOURS];
                for (int c = 0; c < COLOURS; c++) {
                    g[c] = 2 * order[c >> 1] + ((c & 1) ^ (flips >> (c >> 1) & 1));
                }
                all.add(g);
            }
        }
        return all;
    }
}

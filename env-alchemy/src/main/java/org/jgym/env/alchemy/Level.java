package org.jgym.env.alchemy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The symbolic Alchemy levels, named as in the reference. A level is a prior over chemistries: which graphs
 * (fixed, or the 109-graph "random_bottleneck" prior), whether the potion and stone maps are uniform over 48 and 8
 * or fixed, and whether the rotation is uniform over 4 or the identity.
 */
public enum Level {
    /** The canonical task: everything random, 167,424 chemistries. */
    PERCEPTUAL_MAPPING_RANDOMIZED_WITH_ROTATION_AND_RANDOM_BOTTLENECK(
            "perceptual_mapping_randomized_with_rotation_and_random_bottleneck", null, true, true),
    /** The level of the reference's released evaluation episodes: no rotation, 41,856 chemistries. */
    PERCEPTUAL_MAPPING_RANDOMIZED_WITH_RANDOM_BOTTLENECK(
            "perceptual_mapping_randomized_with_random_bottleneck", null, true, false),
    /** Full cube, random maps and rotation: 1,536 chemistries. */
    PERCEPTUAL_MAPPING_RANDOMIZED_WITH_ROTATION(
            "perceptual_mapping_randomized_with_rotation", Graph.FULL_CUBE, true, true),
    /** Full cube, random maps: 384 chemistries. */
    PERCEPTUAL_MAPPING_RANDOMIZED("perceptual_mapping_randomized", Graph.FULL_CUBE, true, false),
    /** Everything fixed, full cube. */
    ALL_FIXED("all_fixed", Graph.FULL_CUBE, false, false),
    /** Everything fixed, graph "bottleneck1". */
    ALL_FIXED_BOTTLENECK1("all_fixed_bottleneck1", GraphCatalog.bottleneck1(), false, false),
    /** Everything fixed, graph "bottleneck2". */
    ALL_FIXED_BOTTLENECK2("all_fixed_bottleneck2", GraphCatalog.bottleneck2(), false, false),
    /** Everything fixed, graph "bottleneck3". */
    ALL_FIXED_BOTTLENECK3("all_fixed_bottleneck3", GraphCatalog.bottleneck3(), false, false);

    /** Default level of {@code SymbolicAlchemy-v0}. */
    public static final Level DEFAULT = PERCEPTUAL_MAPPING_RANDOMIZED_WITH_ROTATION_AND_RANDOM_BOTTLENECK;
    /** Level of the reference's evaluation set and published bot scores. */
    public static final Level EVALUATION = PERCEPTUAL_MAPPING_RANDOMIZED_WITH_RANDOM_BOTTLENECK;

    private final String referenceName;
    private final List<Graph> graphs;
    private final double[] graphCumulative;
    private final double[] graphPrior;
    private final boolean randomMaps;
    private final boolean randomRotation;

    Level(String referenceName, Graph fixedGraph, boolean randomMaps, boolean randomRotation) {
        this.referenceName = referenceName;
        this.randomMaps = randomMaps;
        this.randomRotation = randomRotation;
        if (fixedGraph == null) {
            graphs = GraphCatalog.validGraphs();
            graphPrior = new double[graphs.size()];
            for (int i = 0; i < graphPrior.length; i++) {
                graphPrior[i] = GraphCatalog.prior(i);
            }
        } else {
            graphs = List.of(fixedGraph);
            graphPrior = new double[] {1.0};
        }
        graphCumulative = new double[graphPrior.length];
        double sum = 0;
        for (int i = 0; i < graphPrior.length; i++) {
            sum += graphPrior[i];
            graphCumulative[i] = sum;
        }
    }

    /** The reference's level name, e.g. {@code perceptual_mapping_randomized_with_random_bottleneck}. */
    public String referenceName() {
        return referenceName;
    }

    /** Level of reference name {@code name}; throws listing the valid names otherwise. */
    public static Level fromReferenceName(String name) {
        for (Level level : values()) {
            if (level.referenceName.equals(name)) {
                return level;
            }
        }
        throw new IllegalArgumentException("Alchemy level: unknown name '" + name + "'; valid names are "
                + Arrays.toString(referenceNames()));
    }

    /** All reference names in declaration order. */
    public static String[] referenceNames() {
        return Arrays.stream(values()).map(Level::referenceName).toArray(String[]::new);
    }

    /** Whether potion and stone maps are random (else fixed). */
    public boolean randomMaps() {
        return randomMaps;
    }

    /** Whether the rotation is random (else the identity). */
    public boolean randomRotation() {
        return randomRotation;
    }

    private int potionMapCount() {
        return randomMaps ? PotionMap.COUNT : 1;
    }

    private int stoneMapCount() {
        return randomMaps ? StoneMap.COUNT : 1;
    }

    private int rotationCount() {
        return randomRotation ? Rotation.values().length : 1;
    }

    /** Number of chemistries in the support of this level (e.g. 167,424 for the canonical level). */
    public int size() {
        return graphs.size() * potionMapCount() * stoneMapCount() * rotationCount();
    }

    /**
     * Chemistry number {@code index} (0 to size() - 1) of this level's enumeration, ordered by graph, then potion
     * map, stone map and rotation.
     */
    public Chemistry chemistryAt(int index) {
        if (index < 0 || index >= size()) {
            throw new IllegalArgumentException("Level " + referenceName + ": chemistry index must be in [0, "
                    + (size() - 1) + "], got " + index);
        }
        int rotation = index % rotationCount();
        int rest = index / rotationCount();
        int stone = rest % stoneMapCount();
        rest /= stoneMapCount();
        int potion = rest % potionMapCount();
        int graph = rest / potionMapCount();
        return new Chemistry(graphs.get(graph),
                randomMaps ? new PotionMap(potion) : PotionMap.FIXED,
                randomMaps ? new StoneMap(stone) : StoneMap.FIXED,
                Rotation.ofIndex(rotation));
    }

    /** Index of {@code chemistry} in this level's enumeration, or -1 when it is outside the level's support. */
    public int indexOf(Chemistry chemistry) {
        int graph = graphs.indexOf(chemistry.graph());
        if (graph < 0) {
            return -1;
        }
        int potion = chemistry.potionMap().index();
        int stone = chemistry.stoneMap().index();
        int rotation = chemistry.rotation().ordinal();
        if (!randomMaps) {
            if (!chemistry.potionMap().equals(PotionMap.FIXED) || !chemistry.stoneMap().equals(StoneMap.FIXED)) {
                return -1;
            }
            potion = 0;
            stone = 0;
        }
        if (!randomRotation && rotation != 0) {
            return -1;
        }
        return ((graph * potionMapCount() + potion) * stoneMapCount() + stone) * rotationCount() + rotation;
    }

    /** Prior probability of chemistry number {@code index}. */
    public double probabilityAt(int index) {
        int graph = index / (rotationCount() * stoneMapCount() * potionMapCount());
        return graphPrior[graph] / ((double) potionMapCount() * stoneMapCount() * rotationCount());
    }

    /** Every chemistry of the support in enumeration order. */
    public List<Chemistry> enumerate() {
        List<Chemistry> all = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            all.add(chemistryAt(i));
        }
        return all;
    }

    /** Draws a chemistry from this level's prior. */
    public Chemistry sample(RandomGenerator rng) {
        int graph = 0;
        if (graphs.size() > 1) {
            double u = rng.nextDouble() * graphCumulative[graphCumulative.length - 1];
            while (graph < graphCumulative.length - 1 && u >= graphCumulative[graph]) {
                graph++;
            }
        }
        PotionMap potionMap = randomMaps ? new PotionMap(rng.nextInt(PotionMap.COUNT)) : PotionMap.FIXED;
        StoneMap stoneMap = randomMaps ? new StoneMap(rng.nextInt(StoneMap.COUNT)) : StoneMap.FIXED;
        Rotation rotation = randomRotation ? Rotation.ofIndex(rng.nextInt(4)) : Rotation.NONE;
        return new Chemistry(graphs.get(graph), potionMap, stoneMap, rotation);
    }
}

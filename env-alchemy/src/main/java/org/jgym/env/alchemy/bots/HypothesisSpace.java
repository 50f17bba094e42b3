package org.jgym.env.alchemy.bots;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import org.jgym.env.alchemy.Chemistry;
import org.jgym.env.alchemy.Graph;
import org.jgym.env.alchemy.LatentCube;
import org.jgym.env.alchemy.Level;
import org.jgym.env.alchemy.PotionMap;

/**
 * Every chemistry of a level with its prior and precomputed observation tables, as the planners see them: what a
 * stone of a given appearance turns into when dipped into a potion of a given colour. Built once per level and
 * shared (immutable).
 *
 * <p>A stone is identified by its observed code {@code appearance * 4 + plusCount} (0 to 107): its perceived
 * features and its reward indicator.
 *
 * <p>For the planner it also holds integer prior weights (priors are multiples of the smallest one, so sums of
 * weights are exact), each hypothesis's latent stone vertex per appearance and its oracle bound, and per colour a
 * random key of the hypothesis's whole outcome row: hypotheses with equal keys for every colour still on the table
 * behave identically for the rest of the trial.
 */
public final class HypothesisSpace {
    /** Number of stone appearance codes. */
    public static final int APPEARANCES = Chemistry.APPEARANCES;
    /** Number of potion colours. */
    public static final int COLOURS = LatentCube.POTION_TYPES;
    /** Number of observed stone codes. */
    public static final int STONE_CODES = APPEARANCES * 4;

    private static final Map<Level, HypothesisSpace> CACHE = new EnumMap<>(Level.class);

    private final String name;
    private final int size;
    private final byte[] outcome;
    private final byte[] plusCountOf;
    private final double[] prior;
    private final long[] zobrist;
    private final long[] weight;
    private final byte[] vertexOf;
    private final int[] dynamicsOf;
    private final long[] colourKey;
    private final OracleBound oracle;
    private final ColourSymmetry symmetry;

    private HypothesisSpace(String name, int size, IntFunction<Chemistry> chemistryAt, IntToDoubleFunction priorAt) {
        this.name = name;
        this.size = size;
        this.outcome = new byte[COLOURS * APPEARANCES * size];
        this.plusCountOf = new byte[APPEARANCES * size];
        this.prior = new double[size];
        this.zobrist = new long[size];
        this.weight = new long[size];
        this.vertexOf = new byte[APPEARANCES * size];
        this.dynamicsOf = new int[size];
        this.colourKey = new long[size * COLOURS];
        Arrays.fill(outcome, (byte) -1);
        Arrays.fill(plusCountOf, (byte) -1);
        Arrays.fill(vertexOf, (byte) -1);
        SplittableRandom random = new SplittableRandom(0x5eed_a1c4e3L);
        int[] appearanceOfVertex = new int[LatentCube.VERTICES];
        Map<Integer, Integer> graphIds = new HashMap<>();
        List<Graph> graphs = new ArrayList<>();
        boolean[] potionMapUsed = new boolean[PotionMap.COUNT];
        for (int h = 0; h < size; h++) {
            Chemistry chemistry = chemistryAt.apply(h);
            prior[h] = priorAt.applyAsDouble(h);
            zobrist[h] = random.nextLong();
            Integer graphId = graphIds.get(chemistry.graph().edgeMask());
            if (graphId == null) {
                graphId = graphs.size();
                graphIds.put(chemistry.graph().edgeMask(), graphId);
                graphs.add(chemistry.graph());
            }
            dynamicsOf[h] = graphId * PotionMap.COUNT + chemistry.potionMap().index();
            potionMapUsed[chemistry.potionMap().index()] = true;
            for (int v = 0; v < LatentCube.VERTICES; v++) {
                appearanceOfVertex[v] = chemistry.appearance(v);
                plusCountOf[appearanceOfVertex[v] * size + h] = (byte) LatentCube.plusCount(v);
                vertexOf[appearanceOfVertex[v] * size + h] = (byte) v;
            }
            for (int colour = 0; colour < COLOURS; colour++) {
                int type = chemistry.potionMap().latentType(colour);
                for (int v = 0; v < LatentCube.VERTICES; v++) {
                    int next = chemistry.graph().apply(v, type);
                    int code = appearanceOfVertex[next] * 4 + LatentCube.plusCount(next);
                    outcome[(colour * APPEARANCES + appearanceOfVertex[v]) * size + h] = (byte) code;
                }
            }
        }
        double smallest = Arrays.stream(prior).min().orElse(1);
        for (int h = 0; h < size; h++) {
            weight[h] = Math.round(prior[h] / smallest);
        }
        long[] codeKeys = new long[COLOURS * APPEARANCES * (STONE_CODES + 1)];
        for (int i = 0; i < codeKeys.length; i++) {
            codeKeys[i] = random.nextLong();
        }
        for (int colour = 0; colour < COLOURS; colour++) {
            for (int a = 0; a < APPEARANCES; a++) {
                int keyBase = (colour * APPEARANCES + a) * (STONE_CODES + 1) + 1; // code -1 (impossible) included
                int row = outcomeRow(colour, a);
                for (int h = 0; h < size; h++) {
                    colourKey[h * COLOURS + colour] += codeKeys[keyBase + outcome[row + h]];
                }
            }
        }
        int[] potionMaps = java.util.stream.IntStream.range(0, PotionMap.COUNT).filter(p -> potionMapUsed[p]).toArray();
        this.oracle = new OracleBound(graphs, potionMaps);
        this.symmetry = new ColourSymmetry(size, chemistryAt, weight);
    }

    /** The shared space of {@code level}, built on first use. */
    public static synchronized HypothesisSpace of(Level level) {
        return CACHE.computeIfAbsent(level,
                l -> new HypothesisSpace("level " + l.referenceName(), l.size(), l::chemistryAt, l::probabilityAt));
    }

    /** A space holding only {@code chemistry} (the chemistry is known), cheap to build. */
    public static HypothesisSpace single(Chemistry chemistry) {
        return new HypothesisSpace("known chemistry", 1, h -> chemistry, h -> 1.0);
    }

    /** What these hypotheses are, for messages. */
    public String name() {
        return name;
    }

    /** Number of hypotheses (chemistries of the level). */
    public int size() {
        return size;
    }

    /** Prior probability of hypothesis {@code h}. */
    public double prior(int h) {
        return prior[h];
    }

    double[] priorArray() {
        return prior;
    }

    long[] zobristArray() {
        return zobrist;
    }

    /** Integer prior weights: prior / smallest prior. */
    long[] weightArray() {
        return weight;
    }

    /** Latent vertex per (appearance, h) at {@code appearance * size() + h}, or -1 when impossible under h. */
    byte[] vertexArray() {
        return vertexOf;
    }

    /** Per h, its oracle-bound dynamics id (graph and potion map). */
    int[] dynamicsArray() {
        return dynamicsOf;
    }

    /** Per {@code h * COLOURS + colour}, a random key of h's outcomes for that colour over every appearance. */
    long[] colourKeyArray() {
        return colourKey;
    }

    OracleBound oracle() {
        return oracle;
    }

    /** The colour relabellings the space is closed under. */
    ColourSymmetry symmetry() {
        return symmetry;
    }

    /** Random 64-bit key of hypothesis {@code h}; sums of keys fingerprint hypothesis sets. */
    public long zobrist(int h) {
        return zobrist[h];
    }

    /**
     * Code seen after dipping a stone of {@code appearance} into a potion of {@code colour} under {@code h}, or -1
     * when no stone of that appearance exists under {@code h}.
     */
    public int outcome(int h, int colour, int appearance) {
        return outcome[(colour * APPEARANCES + appearance) * size + h];
    }

    /** Offset of the row of ({@code colour}, {@code appearance}) in {@link #outcomeTable()}; add h. */
    int outcomeRow(int colour, int appearance) {
        return (colour * APPEARANCES + appearance) * size;
    }

    /** The raw outcome table, rows by (colour, appearance), hypotheses contiguous for cache-friendly scans. */
    byte[] outcomeTable() {
        return outcome;
    }

    /** Whether a stone of {@code appearance} showing {@code plusCount} latent +1 coordinates can exist under h. */
    public boolean explainsStone(int h, int appearance, int plusCount) {
        return plusCountOf[appearance * size + h] == plusCount;
    }
}

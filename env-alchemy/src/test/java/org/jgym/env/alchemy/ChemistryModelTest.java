package org.jgym.env.alchemy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChemistryModelTest {

    @Test
    void graphGrammarGives109ValidGraphsInFourEqualWeightClasses() {
        List<Graph> graphs = GraphCatalog.validGraphs();
        assertEquals(109, graphs.size());
        assertEquals(109, new HashSet<>(graphs).size());
        int[] classSize = new int[7];
        double[] classMass = new double[7];
        TreeMap<Integer, Integer> byEdges = new TreeMap<>();
        for (int i = 0; i < graphs.size(); i++) {
            classSize[GraphCatalog.fixedConditions(i)]++;
            classMass[GraphCatalog.fixedConditions(i)] += GraphCatalog.prior(i);
            byEdges.merge(graphs.get(i).edgeCount(), 1, Integer::sum);
        }
        assertEquals(List.of(1, 12, 48, 48, 0, 0, 0), List.of(classSize[0], classSize[1], classSize[2],
                classSize[3], classSize[4], classSize[5], classSize[6]));
        for (int c = 0; c < 4; c++) {
            assertEquals(0.25, classMass[c], 1e-12);
        }
        assertEquals(new TreeMap<>(java.util.Map.of(12, 1, 10, 12, 9, 12, 8, 36, 7, 48)), byEdges);
    }

    @Test
    void namedBottlenecksHaveTheReferenceEdgeCounts() {
        assertEquals(12, Graph.FULL_CUBE.edgeCount());
        assertEquals(9, GraphCatalog.bottleneck1().edgeCount());
        assertEquals(10, GraphCatalog.bottleneck2().edgeCount());
        assertEquals(7, GraphCatalog.bottleneck3().edgeCount());
        // bottleneck1: the only axis-0 edge joins (-,-,+) = 4 and (+,-,+) = 5
        assertTrue(GraphCatalog.bottleneck1().hasEdge(4, 0));
        assertTrue(!GraphCatalog.bottleneck1().hasEdge(6, 0));
        assertTrue(GraphCatalog.indexOf(GraphCatalog.bottleneck3()) >= 0);
    }

    @Test
    void referenceGraphCodeRoundTrips() {
        Graph graph = GraphCatalog.bottleneck3();
        int[] code = graph.toReferenceCode();
        // axis 0 only where y = -1 and z = +1: edge (4,5) (index 8) present, edge (0,1) (index 0) absent
        assertEquals(0, code[0]);
        assertEquals(2, code[8]);
        assertEquals(4, code[1]); // edge (0,2) runs along axis 1, always present
        assertEquals(graph, Graph.fromReferenceCode(code));
    }

    @ParameterizedTest
    @CsvSource({
        "perceptual_mapping_randomized_with_rotation_and_random_bottleneck, 167424",
        "perceptual_mapping_randomized_with_random_bottleneck, 41856",
        "perceptual_mapping_randomized_with_rotation, 1536",
        "perceptual_mapping_randomized, 384",
        "all_fixed, 1",
        "all_fixed_bottleneck1, 1",
        "all_fixed_bottleneck2, 1",
        "all_fixed_bottleneck3, 1",
    })
    void enumerationGivesTheSheetCountsOfDistinctChemistries(String name, int expected) {
        Level level = Level.fromReferenceName(name);
        List<Chemistry> all = level.enumerate();
        assertEquals(expected, all.size());
        assertEquals(expected, level.size());
        Set<Chemistry> distinct = new HashSet<>(all);
        assertEquals(expected, distinct.size());
        double mass = 0;
        for (int i = 0; i < all.size(); i++) {
            assertEquals(i, level.indexOf(all.get(i)));
            mass += level.probabilityAt(i);
        }
        assertEquals(1.0, mass, 1e-9);
    }

    @Test
    void potionMapsAreBijectionsKeepingColourPairsOnOneAxis() {
        Set<String> tables = new HashSet<>();
        for (int m = 0; m < PotionMap.COUNT; m++) {
            PotionMap map = new PotionMap(m);
            StringBuilder table = new StringBuilder();
            for (int colour = 0; colour < 6; colour++) {
                int type = map.latentType(colour);
                assertEquals(colour, map.colour(type));
                table.append(type);
                if (colour % 2 == 1) {
                    int partner = map.latentType(colour - 1);
                    assertEquals(LatentCube.potionAxis(type), LatentCube.potionAxis(partner));
                    assertEquals(-LatentCube.potionDirection(type), LatentCube.potionDirection(partner));
                }
            }
            tables.add(table.toString());
            assertEquals(map, PotionMap.of(new int[] {map.dimMap(0), map.dimMap(1), map.dimMap(2)},
                    new int[] {map.dirMap(0), map.dirMap(1), map.dirMap(2)}));
        }
        assertEquals(48, tables.size());
        for (int colour = 0; colour < 6; colour++) {
            assertEquals(colour, PotionMap.FIXED.latentType(colour)); // fixed map: identity
        }
        assertThrows(IllegalArgumentException.class, () -> new PotionMap(48));
    }

    @Test
    void rotationsZeroExactlyOneFeatureOfTheMixedPair() {
        int[] perceived = new int[3];
        for (Rotation rotation : Rotation.values()) {
            Set<String> appearances = new HashSet<>();
            for (int v = 0; v < 8; v++) {
                new Chemistry(Graph.FULL_CUBE, PotionMap.FIXED, StoneMap.FIXED, rotation).perceiveStone(v, perceived);
                int zeros = 0;
                for (int p : perceived) {
                    assertTrue(p >= -1 && p <= 1);
                    zeros += p == 0 ? 1 : 0;
                }
                assertEquals(rotation == Rotation.NONE ? 0 : 1, zeros);
                appearances.add(java.util.Arrays.toString(perceived));
            }
            assertEquals(8, appearances.size(), "a rotation must keep the 8 vertices apart");
        }
        // rotation 1 (colour/size): p0 = (a0 - a1) / 2, p1 = (a0 + a1) / 2
        new Chemistry(Graph.FULL_CUBE, PotionMap.FIXED, StoneMap.FIXED, Rotation.COLOUR_SIZE).perceiveStone(3,
                perceived);
        assertEquals(List.of(0, 1, -1), List.of(perceived[0], perceived[1], perceived[2]));
    }

    @Test
    void stoneValuesAndIndicators() {
        assertEquals(-3, LatentCube.value(0));
        assertEquals(-1, LatentCube.value(4));
        assertEquals(1, LatentCube.value(6));
        assertEquals(15, LatentCube.value(7));
        assertEquals(1f / 3f, LatentCube.rewardIndicator(5), 1e-6);
        assertEquals(-1f, LatentCube.rewardIndicator(0), 1e-6);
    }

    @Test
    void unknownLevelNameListsTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Level.fromReferenceName("perceptual_mapping"));
        assertTrue(e.getMessage().contains("all_fixed_bottleneck3"), e.getMessage());
    }
}

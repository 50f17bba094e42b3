package org.jgym.env.alchemy.bots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jgym.env.alchemy.Chemistry;
import org.jgym.env.alchemy.Graph;
import org.jgym.env.alchemy.GraphCatalog;
import org.jgym.env.alchemy.LatentCube;
import org.jgym.env.alchemy.Level;
import org.jgym.env.alchemy.PotionMap;
import org.jgym.env.alchemy.Rotation;
import org.jgym.env.alchemy.StoneMap;
import org.junit.jupiter.api.Test;

class TrialPlannerTest {
    private static final int ABSENT = TrialPlanner.ABSENT;

    private static int code(Chemistry chemistry, int vertex) {
        return chemistry.appearance(vertex) * 4 + LatentCube.plusCount(vertex);
    }

    @Test
    void knownChemistryPlansTheShortestWayToPlus15() {
        Chemistry chemistry = new Chemistry(Graph.FULL_CUBE, PotionMap.FIXED, StoneMap.FIXED, Rotation.NONE);
        Belief known = new Belief(HypothesisSpace.single(chemistry));
        TrialPlanner planner = new TrialPlanner(1, 10);
        // fixed map: colour = latent type; types 1, 3, 5 push axes 0, 1, 2 towards +1
        int[] stones = {code(chemistry, 0), ABSENT, ABSENT};
        assertEquals(0, planner.plan(known, stones, new int[] {2, 1, 0, 1, 0, 1}));
        assertEquals(15.0, planner.bestValue(), 1e-12);
        assertTrue(planner.bestColour() % 2 == 1, "only +1 potions help");
        // two useful potions only: best is two +1 coordinates, worth +1
        assertEquals(0, planner.plan(known, stones, new int[] {3, 1, 3, 1, 3, 0}));
        assertEquals(1.0, planner.bestValue(), 1e-12);
        // nothing useful: stop, and stones below 0 stay out of the cauldron
        assertEquals(TrialPlanner.STOP, planner.plan(known, stones, new int[] {4, 0, 4, 0, 4, 0}));
        assertEquals(0.0, planner.bestValue(), 1e-12);
    }

    @Test
    void potionsAreSharedBetweenStones() {
        Chemistry chemistry = new Chemistry(Graph.FULL_CUBE, PotionMap.FIXED, StoneMap.FIXED, Rotation.NONE);
        Belief known = new Belief(HypothesisSpace.single(chemistry));
        TrialPlanner planner = new TrialPlanner(1, 10);
        // stones on 6 = (-,+,+) and 5 = (+,-,+): each needs one potion, only one of type 1 (axis 0 up) exists
        int[] stones = {code(chemistry, 6), code(chemistry, 5), ABSENT};
        planner.plan(known, stones, new int[] {0, 1, 0, 0, 0, 0});
        assertEquals(15 + 1, planner.bestValue(), 1e-12);
        planner.plan(known, stones, new int[] {0, 1, 0, 1, 0, 0});
        assertEquals(30, planner.bestValue(), 1e-12);
    }

    @Test
    void bottleneckForcesADetour() {
        // bottleneck1: axis 0 only moves at (y=-1, z=+1); from 2 = (-,+,-) the way to 7 goes 2 -> 0 -> 4 -> 5 -> 7
        Chemistry chemistry = new Chemistry(GraphCatalog.bottleneck1(), PotionMap.FIXED, StoneMap.FIXED,
                Rotation.NONE);
        Belief known = new Belief(HypothesisSpace.single(chemistry));
        TrialPlanner planner = new TrialPlanner(1, 10);
        int[] stones = {code(chemistry, 2), ABSENT, ABSENT};
        assertEquals(0, planner.plan(known, stones, new int[] {0, 1, 1, 1, 0, 1}));
        assertEquals(15, planner.bestValue(), 1e-12);
        assertEquals(2, planner.bestColour(), "first step goes down along axis 1");
    }

    @Test
    void beliefKeepsTheTrueChemistryAndNarrows() {
        Level level = Level.PERCEPTUAL_MAPPING_RANDOMIZED;
        HypothesisSpace space = HypothesisSpace.of(level);
        Chemistry truth = new Chemistry(Graph.FULL_CUBE, new PotionMap(29), new StoneMap(3), Rotation.NONE);
        int truthIndex = level.indexOf(truth);
        Belief belief = new Belief(space);
        assertEquals(384, belief.count());
        belief.observeStone(truth.appearance(0), 0);
        assertEquals(48, belief.count(), "a -3 stone reveals the stone map");
        int colour = 3; // yellow: under this map axis 2 towards +1, so the -3 stone moves
        int next = new org.jgym.env.alchemy.Graph(Graph.FULL_CUBE.edgeMask())
                .apply(0, truth.potionMap().latentType(colour));
        belief.observeDip(colour, truth.appearance(0), code(truth, next));
        assertEquals(8, belief.count(), "a move reveals the colour pair's axis and sign");
        boolean found = false;
        for (int k = 0; k < belief.count(); k++) {
            found |= belief.get(k) == truthIndex;
        }
        assertTrue(found);
    }

    @Test
    void idealObserverPlannerAgreesWithTheOracleWhenOnlyOneChemistryIsPossible() {
        HypothesisSpace space = HypothesisSpace.of(Level.ALL_FIXED_BOTTLENECK3);
        Chemistry chemistry = Level.ALL_FIXED_BOTTLENECK3.chemistryAt(0);
        TrialPlanner levelPlanner = new TrialPlanner(1, 10);
        TrialPlanner oraclePlanner = new TrialPlanner(1, 10);
        int[] stones = {code(chemistry, 0), code(chemistry, 3), code(chemistry, 6)};
        int[] potions = {2, 2, 2, 2, 2, 2};
        levelPlanner.plan(new Belief(space), stones, potions);
        oraclePlanner.plan(new Belief(HypothesisSpace.single(chemistry)), stones, potions);
        assertEquals(oraclePlanner.bestValue(), levelPlanner.bestValue(), 1e-12);
        assertTrue(levelPlanner.bestValue() >= 1, "a +1 stone can always be cashed");
    }
}

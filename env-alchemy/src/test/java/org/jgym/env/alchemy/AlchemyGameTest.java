package org.jgym.env.alchemy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.random.RandomGenerator;
import org.jgym.env.api.Seeding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AlchemyGameTest {
    private static final int E = AlchemyGame.EMPTY;
    /** Fixed maps, no rotation: perceived features equal latent coordinates, colour = latent potion type. */
    private static final Chemistry FIXED_BOTTLENECK1 =
            new Chemistry(GraphCatalog.bottleneck1(), PotionMap.FIXED, StoneMap.FIXED, Rotation.NONE);

    private final RandomGenerator rng = Seeding.generator(7);
    private AlchemyGame game;
    private ActionLayout actions;

    @BeforeEach
    void start() {
        game = new AlchemyGame(false);
        actions = game.actions();
        game.startEpisode(FIXED_BOTTLENECK1, rng);
    }

    private void items(int[] stones, int[] potions) {
        game.setTrialItems(stones, potions);
    }

    @Test
    void potionMovesTheStoneAlongAnExistingEdge() {
        // stone on 4 = (-,-,+); potion type 1 = axis 0 towards +1; edge (4,5) exists in bottleneck1
        items(new int[] {4, E, E}, new int[] {1, E, E, E, E, E, E, E, E, E, E, E});
        assertEquals(0, game.step(actions.dip(0, 0), rng));
        assertEquals(5, game.stone(0));
        assertEquals(E, game.potion(0), "the potion is consumed");
    }

    @Test
    void potionLeavesTheStoneWhenTheEdgeIsMissingButIsStillConsumed() {
        // stone on 0 = (-,-,-): axis-0 edge (0,1) is absent in bottleneck1
        items(new int[] {0, E, E}, new int[] {1, 1, E, E, E, E, E, E, E, E, E, E});
        game.step(actions.dip(0, 1), rng);
        assertEquals(0, game.stone(0));
        assertEquals(E, game.potion(1));
        assertEquals(1, game.potion(0));
    }

    @Test
    void potionLeavesTheStoneAlreadyOnItsFace() {
        // stone on 7 = (+,+,+), potion type 3 = axis 1 towards +1: nothing to do
        items(new int[] {7, E, E}, new int[] {3, E, E, E, E, E, E, E, E, E, E, E});
        game.step(actions.dip(0, 0), rng);
        assertEquals(7, game.stone(0));
        assertEquals(E, game.potion(0));
        // axis-1 edges all exist: type 2 moves it down to (+,-,+) = 5
        items(new int[] {7, E, E}, new int[] {2, E, E, E, E, E, E, E, E, E, E, E});
        game.step(actions.dip(0, 0), rng);
        assertEquals(5, game.stone(0));
    }

    @Test
    void usedPotionAndEmptyStoneSlotsDoNothingButSpendTheStep() {
        items(new int[] {6, E, E}, new int[] {1, E, E, E, E, E, E, E, E, E, E, E});
        game.step(actions.dip(0, 1), rng); // potion slot 1 is used
        assertEquals(6, game.stone(0));
        game.step(actions.dip(1, 0), rng); // stone slot 1 is empty
        assertEquals(1, game.potion(0));
        assertEquals(0, game.step(actions.cauldron(2), rng));
        assertEquals(3, game.stepInTrial());
    }

    @Test
    void cauldronPaysTheStoneValueAndEmptiesTheSlot() {
        items(new int[] {0, 2, 7}, new int[12]);
        assertEquals(-3, game.step(actions.cauldron(0), rng));
        assertEquals(-1, game.step(actions.cauldron(1), rng));
        assertEquals(15, game.step(actions.cauldron(2), rng));
        assertEquals(0, game.step(actions.cauldron(2), rng), "a cashed stone cannot be cashed twice");
        items(new int[] {3, E, E}, new int[12]);
        assertEquals(1, game.step(actions.cauldron(0), rng));
        assertEquals(4, game.cauldronStones()); // same trial: setTrialItems does not empty the cauldron
        assertEquals(-3 - 1 + 15 + 1, game.cauldronValue());
    }

    @Test
    void observationLayoutAndSentinels() {
        items(new int[] {5, E, 0}, new int[] {0, 5, E, 2, 1, 3, 4, E, E, E, E, E});
        float[] obs = new float[AlchemyGame.OBSERVATION_SIZE];
        game.writeObservation(obs, 0);
        assertEquals(39, obs.length);
        // stone 0 on 5 = (+,-,+): two +1 coordinates -> indicator +1/3, not used
        assertArrayEquals(new float[] {1, -1, 1, 1f / 3f, 0}, slice(obs, 0, 5), 1e-6f);
        assertArrayEquals(new float[] {2, 2, 2, 2, 1}, slice(obs, 5, 5), 0f);
        assertArrayEquals(new float[] {-1, -1, -1, -1, 0}, slice(obs, 10, 5), 1e-6f);
        // potions: colour code = colour / 3 - 1 (fixed map: colour = latent type); used slots read (1, 1)
        assertArrayEquals(new float[] {-1, 0, 2f / 3f, 0, 1, 1, -1f / 3f, 0}, slice(obs, 15, 8), 1e-6f);
        assertArrayEquals(new float[] {1, 1}, slice(obs, 15 + 2 * 11, 2), 0f);
    }

    @Test
    void rotatedStonesShowAZeroFeature() {
        game.startEpisode(new Chemistry(Graph.FULL_CUBE, PotionMap.FIXED, StoneMap.FIXED, Rotation.SIZE_ROUNDNESS),
                rng);
        items(new int[] {7, E, E}, new int[12]);
        float[] obs = new float[AlchemyGame.OBSERVATION_SIZE];
        game.writeObservation(obs, 0);
        // x rotation: p1 = (a1 - a2) / 2 = 0, p2 = (a1 + a2) / 2 = 1
        assertArrayEquals(new float[] {1, 0, 1, 1}, slice(obs, 0, 4), 1e-6f);
    }

    @Test
    void episodeIsTenTrialsOfTwentyStepsAndTheTrialEndShowsTheNextItems() {
        int steps = 0;
        int trialEnds = 0;
        while (!game.isOver()) {
            int trialBefore = game.trial();
            game.step(actions.noOp(), rng);
            steps++;
            if (game.lastStepEndedTrial()) {
                trialEnds++;
                assertEquals(0, steps % 20);
                if (!game.isOver()) {
                    assertEquals(trialBefore + 1, game.trial());
                    assertEquals(0, game.stepInTrial());
                }
            }
        }
        assertEquals(200, steps);
        assertEquals(10, trialEnds);
        assertThrows(IllegalStateException.class, () -> game.step(0, rng));
    }

    @Test
    void newTrialRedrawsStonesAndPotions() {
        items(new int[] {E, E, E}, new int[] {E, E, E, E, E, E, E, E, E, E, E, E});
        for (int i = 0; i < 20; i++) {
            game.step(actions.noOp(), rng);
        }
        assertEquals(1, game.trial());
        for (int s = 0; s < 3; s++) {
            assertTrue(game.stone(s) >= 0);
        }
        for (int p = 0; p < 12; p++) {
            assertTrue(game.potion(p) >= 0);
        }
    }

    @Test
    void endTrialActionEndsTheTrialAtOnce() {
        AlchemyGame withEnd = new AlchemyGame(true);
        assertEquals(41, withEnd.actions().count());
        withEnd.startEpisode(FIXED_BOTTLENECK1, rng);
        withEnd.step(withEnd.actions().noOp(), rng);
        assertFalse(withEnd.lastStepEndedTrial());
        withEnd.step(withEnd.actions().endTrial(), rng);
        assertTrue(withEnd.lastStepEndedTrial());
        assertEquals(1, withEnd.trial());
        assertEquals(0, withEnd.stepInTrial());
        int steps = 2;
        while (!withEnd.isOver()) {
            withEnd.step(0, rng);
            steps++;
        }
        assertEquals(11, steps);
    }

    @Test
    void actionEncodingMatchesTheReference() {
        assertEquals(40, actions.count());
        assertEquals(20, actions.dip(1, 5), "stone 1 into potion 5 is action 20");
        assertEquals(1, actions.cauldron(0));
        assertEquals(39, actions.dip(2, 11));
        ActionLayout withEnd = new ActionLayout(true);
        assertEquals(21, withEnd.dip(1, 5));
        assertEquals(1, withEnd.noOp());
        assertThrows(IllegalArgumentException.class, () -> game.step(40, rng));
        assertThrows(IllegalArgumentException.class, () -> game.step(-1, rng));
    }

    private static float[] slice(float[] a, int from, int length) {
        return java.util.Arrays.copyOfRange(a, from, from + length);
    }
}

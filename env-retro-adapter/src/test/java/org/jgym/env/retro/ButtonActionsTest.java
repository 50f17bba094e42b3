package org.jgym.env.retro;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jgym.env.api.spaces.Discrete;
import org.jgym.env.api.spaces.MultiBinary;
import org.jgym.env.api.spaces.MultiDiscrete;
import org.junit.jupiter.api.Test;

/** The action modes on the Genesis pad (buttons and groups of stable-retro's genesis.json). */
class ButtonActionsTest {
    static final List<String> BUTTONS = List.of("B", "A", "MODE", "START", "UP", "DOWN", "LEFT", "RIGHT", "C", "Y", "X", "Z");
    static final List<List<List<String>>> GROUPS = List.of(
            List.of(List.of(), List.of("UP"), List.of("DOWN")),
            List.of(List.of(), List.of("LEFT"), List.of("RIGHT")),
            List.of(List.of(), List.of("A"), List.of("B"), List.of("C"), List.of("X"), List.of("Y"), List.of("Z"),
                    List.of("A", "B"), List.of("B", "C"), List.of("A", "X"), List.of("B", "Y"), List.of("C", "Z"),
                    List.of("X", "Y"), List.of("Y", "Z")));
    static final int B = 1, A = 2, START = 8, UP = 16, DOWN = 32, LEFT = 64, RIGHT = 128, C = 256, Y = 512, X = 1024,
            Z = 2048;

    private static byte[] pressed(int mask) {
        byte[] a = new byte[12];
        for (int i = 0; i < 12; i++) {
            a[i] = (byte) (mask >> i & 1);
        }
        return a;
    }

    @Test
    void spacesOfEachMode() {
        assertEquals(new MultiBinary(12), new ButtonActions(BUTTONS, GROUPS, ButtonActions.Mode.ALL).space());
        assertEquals(new MultiBinary(12), new ButtonActions(BUTTONS, GROUPS, ButtonActions.Mode.FILTERED).space());
        assertEquals(new Discrete(126), new ButtonActions(BUTTONS, GROUPS, ButtonActions.Mode.DISCRETE).space());
        assertEquals(new MultiDiscrete(3, 3, 14), new ButtonActions(BUTTONS, GROUPS, ButtonActions.Mode.MULTI_DISCRETE).space());
    }

    @Test
    void groupsAreOrderedByMaskAndCombosByValue() {
        List<int[]> g = new ButtonActions(BUTTONS, GROUPS, ButtonActions.Mode.DISCRETE).groups();
        assertArrayEquals(new int[] {0, UP, DOWN}, g.get(0));
        assertArrayEquals(new int[] {0, LEFT, RIGHT}, g.get(1));
        assertArrayEquals(new int[] {0, B, A, B | A, C, B | C, Y, B | Y, X, A | X, Y | X, Z, C | Z, Y | Z}, g.get(2));
    }

    @Test
    void filteredDropsUnlistedCombinationsAndStart() {
        ButtonActions f = new ButtonActions(BUTTONS, GROUPS, ButtonActions.Mode.FILTERED);
        assertEquals(0, f.toMask(pressed(UP | DOWN)));
        assertEquals(LEFT, f.toMask(pressed(UP | DOWN | LEFT)));
        assertEquals(B | A | RIGHT, f.toMask(pressed(B | A | RIGHT | START)));
        assertEquals(0, f.toMask(pressed(A | C)), "A+C is not a listed combination");
        ButtonActions all = new ButtonActions(BUTTONS, GROUPS, ButtonActions.Mode.ALL);
        assertEquals(UP | DOWN | START, all.toMask(pressed(UP | DOWN | START)));
    }

    @Test
    void discreteIsMixedRadixWithGroupZeroLeastSignificant() {
        ButtonActions d = new ButtonActions(BUTTONS, GROUPS, ButtonActions.Mode.DISCRETE);
        assertEquals(0, d.toMask(0));
        assertEquals(DOWN, d.toMask(2));
        assertEquals(LEFT, d.toMask(3));
        assertEquals(UP | RIGHT | B, d.toMask(1 + 3 * 2 + 9 * 1));
        assertEquals(DOWN | RIGHT | Y | Z, d.toMask(125));
        ButtonActions m = new ButtonActions(BUTTONS, GROUPS, ButtonActions.Mode.MULTI_DISCRETE);
        assertEquals(DOWN | LEFT | A | X, m.toMask(new int[] {2, 1, 9}));
    }

    @Test
    void twoPlayersRepeatTheSpacesWithPlayerZeroFirst() {
        assertEquals(new MultiBinary(24), new ButtonActions(BUTTONS, GROUPS, ButtonActions.Mode.FILTERED, 2).space());
        assertEquals(new Discrete(126 * 126), new ButtonActions(BUTTONS, GROUPS, ButtonActions.Mode.DISCRETE, 2).space());
        assertEquals(new MultiDiscrete(3, 3, 14, 3, 3, 14),
                new ButtonActions(BUTTONS, GROUPS, ButtonActions.Mode.MULTI_DISCRETE, 2).space());
        int[] masks = new int[2];
        byte[] both = new byte[24];
        System.arraycopy(pressed(UP | DOWN | LEFT), 0, both, 0, 12);
        System.arraycopy(pressed(B | A | START), 0, both, 12, 12);
        new ButtonActions(BUTTONS, GROUPS, ButtonActions.Mode.FILTERED, 2).toMasks(both, masks);
        assertArrayEquals(new int[] {LEFT, B | A}, masks, "each player's pad filtered on its own");
        new ButtonActions(BUTTONS, GROUPS, ButtonActions.Mode.DISCRETE, 2).toMasks(2 + 126 * 3, masks);
        assertArrayEquals(new int[] {DOWN, LEFT}, masks, "player 1's digits follow player 0's");
        new ButtonActions(BUTTONS, GROUPS, ButtonActions.Mode.MULTI_DISCRETE, 2).toMasks(new int[] {2, 1, 9, 0, 2, 1}, masks);
        assertArrayEquals(new int[] {DOWN | LEFT | A | X, RIGHT | B}, masks);
    }

    @Test
    void tooManyDiscreteCombinationsAreRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new ButtonActions(BUTTONS, GROUPS, ButtonActions.Mode.ALL, 0));
        RetroException e = org.junit.jupiter.api.Assertions.assertThrows(RetroException.class,
                () -> new ButtonActions(BUTTONS, GROUPS, ButtonActions.Mode.DISCRETE, 5)); // 126^5 > 2^31
        assertEquals("discrete actions for 5 players number more than 2147483647; use multi_discrete, filtered or all",
                e.getMessage());
    }
}

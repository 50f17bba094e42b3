package org.jgym.env.navigation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ObstacleLayoutTest {

    @Test
    void layoutsHaveTheSegmentsOfThePaper() {
        assertEquals(0, ObstacleLayout.NONE.segmentCount());
        assertEquals(1, ObstacleLayout.EASY.segmentCount());
        assertEquals(2, ObstacleLayout.MEDIUM.segmentCount());
        assertEquals(8, ObstacleLayout.HARD.segmentCount());
        assertArrayEquals(new double[] {3, 5, 7, 5}, ObstacleLayout.MEDIUM.segment(1));
        assertArrayEquals(new double[] {5.5, 4.5, 5.5, 1.5}, ObstacleLayout.HARD.segment(7));
    }

    @Test
    void catchesWithinTwoHundredthsInsideTheSegment() {
        assertTrue(ObstacleLayout.EASY.catches(5.0, 4));
        assertTrue(ObstacleLayout.EASY.catches(5.019, 6.9));
        assertTrue(ObstacleLayout.EASY.catches(4.985, 3.1));
        assertFalse(ObstacleLayout.EASY.catches(5.03, 4));
        assertFalse(ObstacleLayout.EASY.catches(4.9, 4));
    }

    @Test
    void doesNotCatchBeyondOrExactlyOnTheEndPoints() {
        assertFalse(ObstacleLayout.EASY.catches(5.0, 7.01));
        assertFalse(ObstacleLayout.EASY.catches(5.0, 2.99));
        assertFalse(ObstacleLayout.EASY.catches(5.0, 7.0));
        assertFalse(ObstacleLayout.EASY.catches(5.0, 3.0));
    }

    @Test
    void noneCatchesNothing() {
        assertFalse(ObstacleLayout.NONE.catches(5, 5));
    }

    @Test
    void hardLayoutLeavesTheCorridorsOpen() {
        assertFalse(ObstacleLayout.HARD.catches(5.0, 5.0));
        assertFalse(ObstacleLayout.HARD.catches(5.0, 8.0));
        assertTrue(ObstacleLayout.HARD.catches(4.5, 7.0));
        assertTrue(ObstacleLayout.HARD.catches(3.0, 5.51));
    }

    @Test
    void kwargNamesRoundTrip() {
        for (ObstacleLayout l : ObstacleLayout.values()) {
            assertEquals(l, ObstacleLayout.fromKwarg(l.kwarg()));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ObstacleLayout.fromKwarg("x"));
        assertTrue(e.getMessage().contains("[none, easy, medium, hard]"));
    }
}

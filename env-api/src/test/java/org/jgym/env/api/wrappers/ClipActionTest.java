package org.jgym.env.api.wrappers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jgym.env.api.InvalidActionException;
import org.jgym.env.api.fixtures.CountingEnv;
import org.jgym.env.api.fixtures.EchoEnv;
import org.jgym.env.api.spaces.Box;
import org.junit.jupiter.api.Test;

class ClipActionTest {

    @Test
    void exposesAnUnboundedBoxOfTheSameShapeAndDtype() {
        ClipAction<float[], float[]> env = new ClipAction<>(new EchoEnv());
        assertEquals(Box.float32(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 2), env.actionSpace());
        assertEquals(Box.float32(-1, 1, 2), env.observationSpace());
    }

    @Test
    void clipsIntoTheInnerBoundsWithoutTouchingTheCallersArray() {
        ClipAction<float[], float[]> env = new ClipAction<>(new EchoEnv());
        env.reset(0);
        float[] action = {5f, -0.25f};
        assertArrayEquals(new float[] {1f, -0.25f}, env.step(action).observation());
        assertArrayEquals(new float[] {5f, -0.25f}, action);
        assertArrayEquals(new float[] {-1f, 1f}, env.step(new float[] {Float.NEGATIVE_INFINITY, 3e30f}).observation());
    }

    @Test
    void rejectsNanAndWrongShape() {
        ClipAction<float[], float[]> env = new ClipAction<>(new EchoEnv());
        env.reset(0);
        assertEquals("ClipAction: action rejected, element [1] is NaN; every element must be a number in its bounds",
                assertThrows(InvalidActionException.class, () -> env.step(new float[] {0, Float.NaN})).getMessage());
        assertThrows(InvalidActionException.class, () -> env.step(new float[] {0}));
    }

    @Test
    void needsAFloatBoxActionSpace() {
        assertEquals("ClipAction needs a float Box action space, got Discrete(3)",
                assertThrows(IllegalArgumentException.class, () -> new ClipAction<>(new CountingEnv(3))).getMessage());
    }
}

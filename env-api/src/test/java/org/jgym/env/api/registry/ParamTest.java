package org.jgym.env.api.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.jgym.env.api.InvalidKwargsException;
import org.junit.jupiter.api.Test;

class ParamTest {
    private final Param threshold = Param.integer("threshold", 5, 1, 100, "");
    private final Param mode = Param.string("mode", "up", "", "up", "down");
    private final Param scale = Param.doubleValue("scale", 1, 0, 10, "");
    private final Param flag = Param.bool("flag", false, "");

    private static String error(Param p, Object value) {
        return assertThrows(InvalidKwargsException.class, () -> p.validate(value)).getMessage();
    }

    @Test
    void integerAcceptsWholeNumbersOfAnyBoxedTypeExceptFloat() {
        assertEquals(7, threshold.validate(7));
        assertEquals(7, threshold.validate(7L));
        assertEquals(7, threshold.validate(7.0));
        assertEquals("kwarg 'threshold' must be an integer in [1, 100], got 7.0 (a 32-bit float)", error(threshold, 7.0f));
    }

    @Test
    void integerRejectsStringsFractionsAndOutOfRange() {
        assertEquals("kwarg 'threshold' must be an integer in [1, 100], got '5'", error(threshold, "5"));
        assertEquals("kwarg 'threshold' must be an integer in [1, 100], got 1.5", error(threshold, 1.5));
        assertEquals("kwarg 'threshold' must be an integer in [1, 100], got 101", error(threshold, 101));
        assertEquals("kwarg 'threshold' must be an integer in [1, 100], got 0", error(threshold, 0));
        assertEquals("kwarg 'threshold' must be an integer in [1, 100], got true", error(threshold, true));
    }

    @Test
    void stringChecksChoices() {
        assertEquals("down", mode.validate("down"));
        assertEquals("kwarg 'mode' must be one of [up, down], got 'sideways'", error(mode, "sideways"));
        assertEquals("kwarg 'mode' must be one of [up, down], got 1", error(mode, 1));
        assertEquals("free", Param.string("name", null, "").validate("free"));
    }

    @Test
    void doubleAcceptsAnyNumberInRange() {
        assertEquals(2.0, scale.validate(2));
        assertEquals(2.5, scale.validate(2.5f));
        assertEquals("kwarg 'scale' must be a number in [0.0, 10.0], got 10.5", error(scale, 10.5));
        assertEquals("kwarg 'scale' must be a number in [0.0, 10.0], got NaN", error(scale, Double.NaN));
    }

    @Test
    void boolAcceptsOnlyBooleans() {
        assertEquals(true, flag.validate(true));
        assertEquals("kwarg 'flag' must be true or false, got 'true'", error(flag, "true"));
    }

    @Test
    void jsonAcceptsAnything() {
        Param p = Param.json("layout", null, "");
        assertEquals(List.of(1, 2), p.validate(List.of(1, 2)));
    }

    @Test
    void invalidDefaultIsRejectedAtDeclaration() {
        assertEquals("kwarg 'x' must be an integer in [1, 3], got 9",
                assertThrows(InvalidKwargsException.class, () -> Param.integer("x", 9, 1, 3, "")).getMessage());
    }

    @Test
    void toStringDescribesTheKwarg() {
        assertEquals("mode (one of [up, down], default up): ", mode.toString());
    }
}

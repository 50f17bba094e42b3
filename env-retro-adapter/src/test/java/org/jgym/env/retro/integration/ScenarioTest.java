package org.jgym.env.retro.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.util.HashMap;
import java.util.Map;
import org.jgym.env.retro.RetroException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hand-made scenario.json files: every op, both measurements, reward/penalty, time, nodes and conditions. */
class ScenarioTest {
    /** Variable values and deltas set by hand. */
    private static final class Fixed implements Scenario.Values {
        final Map<String, long[]> v = new HashMap<>();

        Fixed set(String name, long value, long delta) {
            v.put(name, new long[] {value, delta});
            return this;
        }

        @Override
        public long value(String name) {
            return v.get(name)[0];
        }

        @Override
        public long delta(String name) {
            return v.get(name)[1];
        }
    }

    private static Scenario parse(String json) {
        return Scenario.parse(JsonParser.parseString(json).getAsJsonObject(), "test");
    }

    @ParameterizedTest(name = "{0} ref {1} on {2} = {3}")
    @CsvSource({
        "equal, 3, 3, 1", "equal, 3, 4, 0", "negative-equal, 3, -3, 1", "negative-equal, 3, 3, 0",
        "not-equal, 3, 4, 1", "not-equal, 3, 3, 0", "less-than, 3, 2, 1", "less-than, 3, 3, 0",
        "greater-than, 3, 4, 1", "greater-than, 3, 3, 0", "less-or-equal, 3, 3, 1", "less-or-equal, 3, 4, 0",
        "greater-or-equal, 3, 3, 1", "greater-or-equal, 3, 2, 0", "nonzero, 0, 5, 1", "nonzero, 0, 0, 0",
        "zero, 0, 0, 1", "zero, 0, -1, 0", "positive, 0, 2, 1", "positive, 0, 0, 0", "negative, 0, -2, 1",
        "negative, 0, 0, 0", "sign, 0, -7, -1", "sign, 0, 0, 0", "sign, 0, 9, 1",
    })
    void everyOpAsAnAbsoluteRewardWithPenalty(String op, long reference, long value, long expected) {
        Scenario s = parse("{\"reward\": {\"variables\": {\"x\": {\"measurement\": \"absolute\", \"op\": \"" + op
                + "\", \"reference\": " + reference + ", \"reward\": 2.0, \"penalty\": 0.5}}}}");
        float want = expected > 0 ? 2f * expected : 0.5f * expected;
        assertEquals(want, s.reward(new Fixed().set("x", value, 1000)), 0);
    }

    @Test
    void deltaRewardIgnoresDecreasesWithoutPenalty() {
        Scenario s = parse("{\"reward\": {\"variables\": {\"score\": {\"reward\": 1.0}}}}");
        assertEquals(20f, s.reward(new Fixed().set("score", 120, 20)), 0);
        assertEquals(0f, s.reward(new Fixed().set("score", 100, -20)), 0, "no penalty given: a decrease pays 0");
        Scenario p = parse("{\"reward\": {\"variables\": {\"score\": {\"reward\": 1.0, \"penalty\": 0.25}}}}");
        assertEquals(-5f, p.reward(new Fixed().set("score", 100, -20)), 0);
    }

    @Test
    void timeRewardAndSinglePrecisionSum() {
        Scenario s = parse("{\"reward\": {\"time\": {\"reward\": -0.1}, \"variables\": {\"a\": {\"reward\": 0.1},"
                + " \"b\": {\"reward\": 0.2}}}}");
        float expected = -0.1f + 0.1f * 3 + 0.2f * 1;
        assertEquals(expected, s.reward(new Fixed().set("a", 0, 3).set("b", 0, 1)), 0);
        assertEquals(0f, parse("{}").reward(new Fixed()), 0);
    }

    @Test
    void doneConditionsAnyAllAndNestedNodes() {
        String vars = "\"variables\": {\"gameover\": {\"op\": \"equal\", \"reference\": 1}, \"lives\": {\"op\": \"zero\"}}";
        Scenario all = parse("{\"done\": {\"condition\": \"all\", " + vars + "}}");
        Scenario any = parse("{\"done\": {" + vars + "}}");
        Fixed oneOfTwo = new Fixed().set("gameover", 1, 0).set("lives", 3, 0);
        Fixed both = new Fixed().set("gameover", 1, 0).set("lives", 0, -1);
        assertFalse(all.done(oneOfTwo));
        assertTrue(all.done(both));
        assertTrue(any.done(oneOfTwo));
        assertFalse(any.done(new Fixed().set("gameover", 0, 0).set("lives", 2, 0)));
        Scenario delta = parse("{\"done\": {\"variables\": {\"lives\": {\"measurement\": \"delta\", \"op\": \"negative\"}}}}");
        assertTrue(delta.done(new Fixed().set("lives", 2, -1)));
        assertFalse(delta.done(new Fixed().set("lives", 2, 0)));
        Scenario noOp = parse("{\"done\": {\"variables\": {\"flag\": {}}}}");
        assertTrue(noOp.done(new Fixed().set("flag", 3, 0)), "without an op the raw value fires when > 0");
        assertFalse(noOp.done(new Fixed().set("flag", -3, 0)));
        Scenario nested = parse("{\"done\": {\"nodes\": {\"n\": {\"condition\": \"all\", \"variables\": {"
                + "\"a\": {\"op\": \"positive\"}, \"b\": {\"op\": \"positive\"}}}}, \"variables\": {\"c\": {\"op\": \"zero\"}}}}");
        assertTrue(nested.done(new Fixed().set("a", 1, 0).set("b", 1, 0).set("c", 5, 0)));
        assertFalse(nested.done(new Fixed().set("a", 1, 0).set("b", 0, 0).set("c", 5, 0)));
        assertTrue(nested.done(new Fixed().set("a", 0, 0).set("b", 0, 0).set("c", 0, 0)));
        assertFalse(parse("{\"done\": {}}").done(new Fixed()), "an empty spec never ends under any");
        assertTrue(parse("{\"done\": {\"condition\": \"all\"}}").done(new Fixed()), "and ends at once under all");
    }

    @Test
    void actionsCropAndVariablesUsed() {
        Scenario s = parse("{\"actions\": [[[], [\"UP\"]], [[\"B\"], [\"B\", \"START\"]]], \"crop\": [8, 0, 240, 224],"
                + " \"reward\": {\"variables\": {\"x\": {\"reward\": 1}}}, \"done\": {\"nodes\": {\"n\":"
                + " {\"variables\": {\"y\": {\"op\": \"zero\"}}}}}}");
        assertEquals(2, s.actions().size());
        assertEquals(java.util.List.of("B", "START"), s.actions().get(1).get(1));
        assertEquals(240, s.crop()[2]);
        assertEquals(java.util.List.of("x", "y"), s.variablesUsed());
    }

    @Test
    void unknownOpsMeasurementsAndLuaScriptsAreClearErrors() {
        RetroException op = assertThrows(RetroException.class,
                () -> parse("{\"done\": {\"variables\": {\"x\": {\"op\": \"equals\"}}}}"));
        assertTrue(op.getMessage().contains("'equals'") && op.getMessage().contains("greater-or-equal"), op.getMessage());
        assertThrows(RetroException.class,
                () -> parse("{\"reward\": {\"variables\": {\"x\": {\"measurement\": \"relative\"}}}}"));
        RetroException lua = assertThrows(RetroException.class, () -> parse("{\"reward\": {\"script\": \"lua:reward\"}}"));
        assertTrue(lua.getMessage().contains("Lua"), lua.getMessage());
    }
}

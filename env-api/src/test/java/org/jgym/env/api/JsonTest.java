package org.jgym.env.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

class JsonTest {
    private static String error(String text) {
        return assertThrows(JgymException.class, () -> Json.parse(text, "kwargs")).getMessage();
    }

    @Test
    void lenientFormsAreRejectedWithOnePlainLine() {
        assertEquals("kwargs is not valid JSON: unexpected hard (a string needs double quotes) at column 15: "
                + "{\"obstacles\": hard}", error("{\"obstacles\": hard}"));
        assertEquals("kwargs is not valid JSON: keys need double quotes, not single quotes at column 2: {'a': 1}",
                error("{'a': 1}"));
        assertEquals("kwargs is not valid JSON: strings need double quotes, not single quotes at column 7: "
                + "{\"a\": 'x'}", error("{\"a\": 'x'}"));
        assertEquals("kwargs is not valid JSON: the key \"a\" appears twice at column 10: {\"a\": 1, \"a\": 2}",
                error("{\"a\": 1, \"a\": 2}"));
        assertEquals("kwargs is not valid JSON: more text after the JSON value at column 10: {\"a\": 1} x",
                error("{\"a\": 1} x"));
        assertEquals("kwargs is not valid JSON: expected a key in double quotes at column 10: {\"a\": 1, }",
                error("{\"a\": 1, }"));
        assertEquals("kwargs is not valid JSON: the text ends where '}' is expected at column 8: {\"a\": 1",
                error("{\"a\": 1"));
        for (String bad : new String[] {"{\"a\": 01}", "[1,]", "// c\n{}", "{\"a\": True}", "", "\"\\x\""}) {
            String message = error(bad);
            assertTrue(message.startsWith("kwargs is not valid JSON: ") && !message.contains("LENIENT")
                    && !message.contains("\n"), message);
        }
    }

    @Test
    void validJsonReadsAsGsonReadsIt() {
        String text = " {\"a\": [1, -2.5e3, true, false, null, \"x\\\"y\\u00e9\\n\"], \"b\": {\"c\": {}}, \"d\": []} ";
        JsonElement strict = Json.parse(text, "t");
        assertEquals(JsonParser.parseString(text), strict);
        assertEquals(1.0, Json.GSON.fromJson(strict, java.util.Map.class).get("a") instanceof java.util.List<?> l
                ? ((Number) l.get(0)).doubleValue() : -1);
    }

    @Test
    void pythonsNonFiniteNumbersAreAccepted() {
        JsonElement e = Json.parse("[NaN, Infinity, -Infinity]", "action");
        assertTrue(Double.isNaN(e.getAsJsonArray().get(0).getAsDouble()));
        assertEquals(Double.POSITIVE_INFINITY, e.getAsJsonArray().get(1).getAsDouble());
        assertEquals(Double.NEGATIVE_INFINITY, e.getAsJsonArray().get(2).getAsDouble());
    }
}

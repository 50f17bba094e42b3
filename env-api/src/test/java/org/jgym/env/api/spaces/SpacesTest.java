package org.jgym.env.api.spaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonObject;
import org.jgym.env.api.Json;
import org.junit.jupiter.api.Test;

class SpacesTest {

    private static JsonObject json(String text) {
        return Json.parse(text, "space").getAsJsonObject();
    }

    @Test
    void unknownTypeListsAllowedTypes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Spaces.fromJson(json("{\"type\": \"Text\"}")));
        assertEquals("$.type: unknown space type 'Text'; allowed: Box, Discrete, MultiBinary, MultiDiscrete, Tuple, Dict",
                e.getMessage());
    }

    @Test
    void missingTypeNamesThePath() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Spaces.fromJson(json("{}")));
        assertEquals("$.type: missing or not a string in {}", e.getMessage());
    }

    @Test
    void badNestedFieldNamesItsJsonPath() {
        String text = "{\"type\":\"Tuple\",\"spaces\":[{\"type\":\"Discrete\",\"n\":2},"
                + "{\"type\":\"Dict\",\"spaces\":{\"a\":{\"type\":\"Box\",\"dtype\":\"float32\",\"low\":0,\"high\":1}}}]}";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Spaces.fromJson(json(text)));
        assertEquals("$.spaces[1].spaces.a.shape: missing or not a list in "
                + "{\"type\":\"Box\",\"dtype\":\"float32\",\"low\":0,\"high\":1}", e.getMessage());
    }

    @Test
    void missingDiscreteNNamesThePath() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Spaces.fromJson(json("{\"type\":\"Tuple\",\"spaces\":[{\"type\":\"Discrete\"}]}")));
        assertEquals("$.spaces[0].n: missing or not a number in {\"type\":\"Discrete\"}", e.getMessage());
    }

    @Test
    void missingTupleSpacesNamesThePath() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Spaces.fromJson(json("{\"type\":\"Tuple\"}")));
        assertEquals("$.spaces: missing or not a list in {\"type\":\"Tuple\"}", e.getMessage());
    }

    @Test
    void unknownDtypeListsAllowedDtypes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Spaces.fromJson(
                json("{\"type\":\"Box\",\"dtype\":\"float16\",\"shape\":[1],\"low\":0,\"high\":1}")));
        assertEquals("unknown dtype 'float16'; allowed: float32, float64, int32, int64, uint8", e.getMessage());
    }

    @Test
    void discreteAndMultiDiscreteStartDefaultToZero() {
        assertEquals(new Discrete(4), Spaces.fromJson(json("{\"type\":\"Discrete\",\"n\":4}")));
        assertEquals(new MultiDiscrete(2, 3), Spaces.fromJson(json("{\"type\":\"MultiDiscrete\",\"nvec\":[2,3]}")));
    }
}

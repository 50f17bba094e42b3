package org.jgym.env.api.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnvIdsTest {

    @Test
    void parsesNamespaceNameAndVersion() {
        assertEquals(new EnvIds.ParsedId("ALE", "Pong", 5), EnvIds.parse("ALE/Pong-v5"));
        assertEquals(new EnvIds.ParsedId(null, "CartPole", 1), EnvIds.parse("CartPole-v1"));
        assertEquals(new EnvIds.ParsedId("my-ns", "Nav2D", 0), EnvIds.parse("my-ns/Nav2D-v0"));
        assertEquals(new EnvIds.ParsedId(null, "Plain", null), EnvIds.parse("Plain"));
        assertEquals(new EnvIds.ParsedId(null, "dotted.name", 12), EnvIds.parse("dotted.name-v12"));
    }

    @Test
    void unversionedDropsTheVersionOnly() {
        assertEquals("ns/Name", EnvIds.parse("ns/Name-v3").unversioned());
        assertEquals("Name", EnvIds.parse("Name-v3").unversioned());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "two words-v0", "a/b/c-v0", "ns//Name-v0", "/Name-v0", "Name!"})
    void rejectsMalformedIds(String id) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EnvIds.parse(id));
        assertEquals("malformed env id '" + id + "'; expected [namespace/]Name-vN, e.g. Navigation2D-v0", e.getMessage());
    }

    @Test
    void rejectsNull() {
        assertEquals("malformed env id 'null'; expected [namespace/]Name-vN, e.g. Navigation2D-v0",
                assertThrows(IllegalArgumentException.class, () -> EnvIds.parse(null)).getMessage());
    }

    @Test
    void closestIsCaseInsensitiveAndOrderedByDistance() {
        List<String> known = List.of("CartPole-v1", "Counting-v0", "Countdown-v0", "Pendulum-v1");
        assertEquals(List.of("Counting-v0", "Countdown-v0"), EnvIds.closest("countng-v0", known, 3));
        assertEquals(List.of("CartPole-v1"), EnvIds.closest("cartpole-v1", known, 1));
        assertEquals(List.of(), EnvIds.closest("Zebra", known, 3));
    }

    @Test
    void levenshteinDistance() {
        assertEquals(3, EnvIds.distance("kitten", "sitting"));
        assertEquals(0, EnvIds.distance("", ""));
        assertEquals(4, EnvIds.distance("", "abcd"));
    }
}

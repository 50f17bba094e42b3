package org.jgym.env.api.spaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jgym.env.api.Json;
import org.jgym.env.api.Values;
import org.junit.jupiter.api.Test;

class DictSpaceTest {

    /** Keys deliberately not in sorted order. */
    private static DictSpace space() {
        Map<String, Space<?>> m = new LinkedHashMap<>();
        m.put("zeta", Box.float64(0, 1, 3));
        m.put("alpha", new Discrete(4, 1));
        m.put("mid", new TupleSpace(new MultiDiscrete(2, 2), new MultiBinary(2)));
        return new DictSpace(m);
    }

    private static Map<String, Object> value() {
        Map<String, Object> v = new HashMap<>();
        v.put("alpha", 4);
        v.put("zeta", new double[] {0, 0.5, 1});
        v.put("mid", new Object[] {new int[] {1, 0}, new byte[] {0, 1}});
        return v;
    }

    @Test
    void rejectsNoKeys() {
        assertEquals("DictSpace: needs at least one key",
                assertThrows(IllegalArgumentException.class, () -> new DictSpace(Map.of())).getMessage());
    }

    @Test
    void keyOrderIsKeptAsGiven() {
        assertEquals(List.of("zeta", "alpha", "mid"), new ArrayList<>(space().spaces().keySet()));
        assertEquals(List.of("zeta", "alpha", "mid"), new ArrayList<>(space().sample().keySet()));
        Map<String, Space<?>> sorted = new TreeMap<>(space().spaces());
        assertEquals(List.of("alpha", "mid", "zeta"), new ArrayList<>(new DictSpace(sorted).spaces().keySet()));
    }

    @Test
    void containsNeedsExactlyTheKeysAndNestedValues() {
        DictSpace d = space();
        assertTrue(d.contains(value()), d.describeViolation(value()));
        Map<String, Object> extra = value();
        extra.put("other", 1);
        assertFalse(d.contains(extra));
        assertEquals("expected a Map with exactly the keys [zeta, alpha, mid], got HashMap " + Values.toString(extra),
                d.describeViolation(extra));
        Map<String, Object> missing = value();
        missing.remove("mid");
        assertFalse(d.contains(missing));
        Map<String, Object> bad = value();
        bad.put("mid", new Object[] {new int[] {1, 2}, new byte[] {0, 1}});
        assertEquals("key 'mid': part [0]: element [1] = 2 is outside [0, 1]", d.describeViolation(bad));
        assertNull(d.describeViolation(value()));
    }

    @Test
    void compositeSeedingIsDeterministic() {
        DictSpace a = space();
        DictSpace b = space();
        a.seed(99);
        b.seed(99);
        for (int k = 0; k < 50; k++) {
            Map<String, Object> x = a.sample();
            assertTrue(a.contains(x), a.describeViolation(x));
            assertTrue(Values.equal(x, b.sample()));
        }
        DictSpace c = space();
        c.seed(100);
        a.seed(99);
        assertFalse(Values.equal(a.sample(), c.sample()));
    }

    @Test
    void batchingFollowsKeyOrderAndRoundTrips() {
        DictSpace d = space();
        DictSpace b = d.batched(3);
        assertEquals(List.of("zeta", "alpha", "mid"), new ArrayList<>(b.spaces().keySet()));
        @SuppressWarnings("unchecked")
        Map<String, Object> batch = (Map<String, Object>) d.newBatch(3);
        assertEquals(9, ((double[]) batch.get("zeta")).length);
        d.seed(1);
        List<Map<String, Object>> values = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            values.add(d.sample());
            d.writeToBatch(values.get(i), batch, i);
        }
        assertTrue(b.contains(batch), b.describeViolation(batch));
        Map<String, Object> reuse = null;
        for (int i = 0; i < 3; i++) {
            reuse = d.readFromBatch(batch, i, reuse);
            assertTrue(Values.equal(values.get(i), reuse), "copy " + i);
        }
    }

    @Test
    void copyIsDeep() {
        DictSpace d = space();
        Map<String, Object> v = value();
        Map<String, Object> c = d.copy(v);
        ((double[]) v.get("zeta"))[0] = 1;
        assertEquals(0.0, ((double[]) c.get("zeta"))[0]);
    }

    @Test
    void jsonRoundTripKeepsKeyOrder() {
        DictSpace d = space();
        String text = Json.GSON.toJson(d.toJson());
        assertTrue(text.indexOf("zeta") < text.indexOf("alpha") && text.indexOf("alpha") < text.indexOf("mid"), text);
        DictSpace back = (DictSpace) Spaces.fromJson(Json.parse(text, "space").getAsJsonObject());
        assertEquals(d, back);
        assertEquals(List.of("zeta", "alpha", "mid"), new ArrayList<>(back.spaces().keySet()));
    }
}

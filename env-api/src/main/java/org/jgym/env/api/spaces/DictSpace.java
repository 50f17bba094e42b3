package org.jgym.env.api.spaces;

import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgym.env.api.Values;

/**
 * Named values of other spaces, as Gymnasium's {@code Dict}; values are {@code Map<String, Object>}s.
 *
 * <p>Keys keep the iteration order of the map given (pass a {@link java.util.TreeMap} for Gymnasium's sorted order);
 * batching and JSON follow that order.
 */
public final class DictSpace extends Space<Map<String, Object>> {
    private final LinkedHashMap<String, Space<?>> spaces;

    public DictSpace(Map<String, ? extends Space<?>> spaces) {
        if (spaces.isEmpty()) {
            throw new IllegalArgumentException("DictSpace: needs at least one key");
        }
        this.spaces = new LinkedHashMap<>(spaces);
    }

    public Map<String, Space<?>> spaces() {
        return java.util.Collections.unmodifiableMap(spaces);
    }

    @Override
    public boolean contains(Object x) {
        return describeViolation(x) == null;
    }

    @Override
    public String describeViolation(Object x) {
        if (!(x instanceof Map<?, ?> m) || !m.keySet().equals(spaces.keySet())) {
            return "expected a Map with exactly the keys " + spaces.keySet() + ", got " + Values.describeType(x);
        }
        for (Map.Entry<String, Space<?>> e : spaces.entrySet()) {
            String inner = e.getValue().describeViolation(m.get(e.getKey()));
            if (inner != null) {
                return "key '" + e.getKey() + "': " + inner;
            }
        }
        return null;
    }

    @Override
    public Map<String, Object> sample() {
        Map<String, Object> out = new LinkedHashMap<>();
        spaces.forEach((k, s) -> out.put(k, s.sample()));
        return out;
    }

    /** Seeds this space, then each value space with a seed drawn from it, in key order. */
    @Override
    public long seed(long seed) {
        super.seed(seed);
        spaces.values().forEach(s -> s.seed(random().nextInt(Integer.MAX_VALUE)));
        return seed;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Map<String, Object> copy(Map<String, Object> value) {
        Map<String, Object> out = new LinkedHashMap<>();
        spaces.forEach((k, s) -> out.put(k, ((Space) s).copy(value.get(k))));
        return out;
    }

    @Override
    public JsonObject toJson() {
        JsonObject o = new JsonObject();
        o.addProperty("type", "Dict");
        JsonObject inner = new JsonObject();
        spaces.forEach((k, s) -> inner.add(k, s.toJson()));
        o.add("spaces", inner);
        return o;
    }

    @Override
    public DictSpace batched(int n) {
        LinkedHashMap<String, Space<?>> b = new LinkedHashMap<>();
        spaces.forEach((k, s) -> b.put(k, s.batched(n)));
        return new DictSpace(b);
    }

    @Override
    public Object newBatch(int n) {
        Map<String, Object> out = new LinkedHashMap<>();
        spaces.forEach((k, s) -> out.put(k, s.newBatch(n)));
        return out;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void writeToBatch(Map<String, Object> value, Object batch, int index) {
        Map<String, Object> parts = (Map<String, Object>) batch;
        spaces.forEach((k, s) -> ((Space) s).writeToBatch(value.get(k), parts.get(k), index));
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Map<String, Object> readFromBatch(Object batch, int index, Map<String, Object> reuse) {
        Map<String, Object> parts = (Map<String, Object>) batch;
        Map<String, Object> out = reuse != null ? reuse : new LinkedHashMap<>();
        spaces.forEach((k, s) -> out.put(k, ((Space) s).readFromBatch(parts.get(k), index, out.get(k))));
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DictSpace d && d.spaces.equals(spaces);
    }

    @Override
    public int hashCode() {
        return spaces.hashCode();
    }

    @Override
    public String toString() {
        return "Dict" + spaces;
    }
}

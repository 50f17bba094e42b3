package org.jgym.env.api.spaces;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import org.jgym.env.api.Values;

/** A fixed-length tuple of values of other spaces, as Gymnasium's {@code Tuple}; values are {@code Object[]}s. */
public final class TupleSpace extends Space<Object[]> {
    private final List<Space<?>> spaces;

    public TupleSpace(Space<?>... spaces) {
        this(List.of(spaces));
    }

    public TupleSpace(List<? extends Space<?>> spaces) {
        if (spaces.isEmpty()) {
            throw new IllegalArgumentException("TupleSpace: needs at least one sub-space");
        }
        this.spaces = List.copyOf(spaces);
    }

    public List<Space<?>> spaces() {
        return spaces;
    }

    @Override
    public boolean contains(Object x) {
        return describeViolation(x) == null;
    }

    @Override
    public String describeViolation(Object x) {
        if (!(x instanceof Object[] v) || v.length != spaces.size()) {
            return "expected Object[] of length " + spaces.size() + ", got " + Values.describeType(x);
        }
        for (int i = 0; i < v.length; i++) {
            String inner = spaces.get(i).describeViolation(v[i]);
            if (inner != null) {
                return "part [" + i + "]: " + inner;
            }
        }
        return null;
    }

    @Override
    public Object[] sample() {
        Object[] out = new Object[spaces.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = spaces.get(i).sample();
        }
        return out;
    }

    /** Seeds this space, then each part with a seed drawn from it (Gymnasium's composite seeding). */
    @Override
    public long seed(long seed) {
        super.seed(seed);
        for (Space<?> s : spaces) {
            s.seed(random().nextInt(Integer.MAX_VALUE));
        }
        return seed;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Object[] copy(Object[] value) {
        Object[] out = new Object[value.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((Space) spaces.get(i)).copy(value[i]);
        }
        return out;
    }

    @Override
    public JsonObject toJson() {
        JsonObject o = new JsonObject();
        o.addProperty("type", "Tuple");
        JsonArray a = new JsonArray();
        spaces.forEach(s -> a.add(s.toJson()));
        o.add("spaces", a);
        return o;
    }

    @Override
    public TupleSpace batched(int n) {
        return new TupleSpace(spaces.stream().<Space<?>>map(s -> s.batched(n)).toList());
    }

    @Override
    public Object newBatch(int n) {
        Object[] out = new Object[spaces.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = spaces.get(i).newBatch(n);
        }
        return out;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void writeToBatch(Object[] value, Object batch, int index) {
        Object[] parts = (Object[]) batch;
        for (int i = 0; i < parts.length; i++) {
            ((Space) spaces.get(i)).writeToBatch(value[i], parts[i], index);
        }
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Object[] readFromBatch(Object batch, int index, Object[] reuse) {
        Object[] parts = (Object[]) batch;
        Object[] out = reuse != null ? reuse : new Object[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = ((Space) spaces.get(i)).readFromBatch(parts[i], index, reuse != null ? reuse[i] : null);
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TupleSpace t && t.spaces.equals(spaces);
    }

    @Override
    public int hashCode() {
        return spaces.hashCode();
    }

    @Override
    public String toString() {
        return "Tuple" + spaces;
    }
}

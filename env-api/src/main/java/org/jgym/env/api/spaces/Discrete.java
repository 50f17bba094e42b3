package org.jgym.env.api.spaces;

import com.google.gson.JsonObject;
import org.jgym.env.api.Values;

/**
 * The integers {@code start, start+1, ..., start+n-1}, as Gymnasium's {@code Discrete(n, start=start)}.
 * Values are {@link Integer}s (small ones are cached by the JVM, so acting allocates nothing).
 */
public final class Discrete extends Space<Integer> {
    private final int n;
    private final int start;

    public Discrete(int n) {
        this(n, 0);
    }

    public Discrete(int n, int start) {
        if (n <= 0) {
            throw new IllegalArgumentException("Discrete: n must be > 0, got " + n);
        }
        this.n = n;
        this.start = start;
    }

    public int n() {
        return n;
    }

    public int start() {
        return start;
    }

    @Override
    public boolean contains(Object x) {
        return x instanceof Integer i && i >= start && i < start + n;
    }

    @Override
    public String describeViolation(Object x) {
        if (contains(x)) {
            return null;
        }
        String allowed = "an Integer in [" + start + ", " + (start + n - 1) + "]";
        if (x instanceof Integer) {
            return "value " + x + " is out of range; expected " + allowed;
        }
        return "expected " + allowed + ", got " + Values.describeType(x);
    }

    @Override
    public Integer sample() {
        return start + random().nextInt(n);
    }

    @Override
    public Integer copy(Integer value) {
        return value;
    }

    @Override
    public JsonObject toJson() {
        JsonObject o = new JsonObject();
        o.addProperty("type", "Discrete");
        o.addProperty("n", n);
        o.addProperty("start", start);
        return o;
    }

    @Override
    public MultiDiscrete batched(int n) {
        checkBatchSize(n);
        int[] nvec = new int[n];
        int[] starts = new int[n];
        java.util.Arrays.fill(nvec, this.n);
        java.util.Arrays.fill(starts, start);
        return new MultiDiscrete(nvec, starts);
    }

    @Override
    public Object newBatch(int n) {
        return new int[checkBatchSize(n)];
    }

    @Override
    public void writeToBatch(Integer value, Object batch, int index) {
        ((int[]) batch)[index] = value;
    }

    @Override
    public Integer readFromBatch(Object batch, int index, Integer reuse) {
        return ((int[]) batch)[index];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Discrete d && d.n == n && d.start == start;
    }

    @Override
    public int hashCode() {
        return n * 31 + start;
    }

    @Override
    public String toString() {
        return start == 0 ? "Discrete(" + n + ")" : "Discrete(" + n + ", start=" + start + ")";
    }
}

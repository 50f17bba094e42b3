package org.jgym.env.api.spaces;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Arrays;
import org.jgym.env.api.Values;

/** Several discrete choices at once: element i lies in [start[i], start[i] + nvec[i] - 1]; values are {@code int[]}s. */
public final class MultiDiscrete extends Space<int[]> {
    private final int[] nvec;
    private final int[] start;

    public MultiDiscrete(int... nvec) {
        this(nvec, new int[nvec.length]);
    }

    public MultiDiscrete(int[] nvec, int[] start) {
        if (nvec.length == 0 || start.length != nvec.length) {
            throw new IllegalArgumentException("MultiDiscrete: nvec must be non-empty and start must have its length, got nvec "
                    + Arrays.toString(nvec) + " and start " + Arrays.toString(start));
        }
        for (int i = 0; i < nvec.length; i++) {
            if (nvec[i] <= 0) {
                throw new IllegalArgumentException("MultiDiscrete: nvec[" + i + "] must be > 0, got " + nvec[i]);
            }
        }
        this.nvec = nvec.clone();
        this.start = start.clone();
    }

    public int[] nvec() {
        return nvec.clone();
    }

    public int[] start() {
        return start.clone();
    }

    @Override
    public boolean contains(Object x) {
        return describeViolation(x) == null;
    }

    @Override
    public String describeViolation(Object x) {
        if (!(x instanceof int[] v) || v.length != nvec.length) {
            return "expected int[] of length " + nvec.length + " (" + this + "), got " + Values.describeType(x);
        }
        for (int i = 0; i < nvec.length; i++) {
            if (v[i] < start[i] || v[i] >= start[i] + nvec[i]) {
                return "element [" + i + "] = " + v[i] + " is outside [" + start[i] + ", " + (start[i] + nvec[i] - 1) + "]";
            }
        }
        return null;
    }

    @Override
    public int[] sample() {
        int[] out = new int[nvec.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = start[i] + random().nextInt(nvec[i]);
        }
        return out;
    }

    @Override
    public int[] copy(int[] value) {
        return value.clone();
    }

    @Override
    public JsonObject toJson() {
        JsonObject o = new JsonObject();
        o.addProperty("type", "MultiDiscrete");
        JsonArray n = new JsonArray();
        JsonArray s = new JsonArray();
        for (int i = 0; i < nvec.length; i++) {
            n.add(nvec[i]);
            s.add(start[i]);
        }
        o.add("nvec", n);
        o.add("start", s);
        return o;
    }

    @Override
    public MultiDiscrete batched(int n) {
        checkBatchSize(n);
        int[] nv = new int[n * nvec.length];
        int[] st = new int[n * nvec.length];
        for (int k = 0; k < n; k++) {
            System.arraycopy(nvec, 0, nv, k * nvec.length, nvec.length);
            System.arraycopy(start, 0, st, k * nvec.length, nvec.length);
        }
        return new MultiDiscrete(nv, st);
    }

    @Override
    public Object newBatch(int n) {
        return new int[checkBatchSize(n) * nvec.length];
    }

    @Override
    public void writeToBatch(int[] value, Object batch, int index) {
        System.arraycopy(value, 0, batch, index * nvec.length, nvec.length);
    }

    @Override
    public int[] readFromBatch(Object batch, int index, int[] reuse) {
        int[] out = reuse != null ? reuse : new int[nvec.length];
        System.arraycopy(batch, index * nvec.length, out, 0, nvec.length);
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MultiDiscrete m && Arrays.equals(m.nvec, nvec) && Arrays.equals(m.start, start);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(nvec);
    }

    @Override
    public String toString() {
        boolean zeroStart = Arrays.stream(start).allMatch(v -> v == 0);
        return "MultiDiscrete(" + Arrays.toString(nvec) + (zeroStart ? "" : ", start=" + Arrays.toString(start)) + ")";
    }
}

package org.jgym.env.api.spaces;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Arrays;
import org.jgym.env.api.Values;

/** Arrays of 0/1 flags of a fixed shape (e.g. the buttons of a game pad); values are flat {@code byte[]}s. */
public final class MultiBinary extends Space<byte[]> {
    private final int[] shape;
    private final int size;

    public MultiBinary(int... shape) {
        if (shape.length == 0) {
            throw new IllegalArgumentException("MultiBinary: shape must have at least one dimension");
        }
        int s = 1;
        for (int d : shape) {
            if (d <= 0) {
                throw new IllegalArgumentException("MultiBinary: dimensions must be > 0, got " + Arrays.toString(shape));
            }
            s *= d;
        }
        this.shape = shape.clone();
        this.size = s;
    }

    public int[] shape() {
        return shape.clone();
    }

    public int size() {
        return size;
    }

    @Override
    public boolean contains(Object x) {
        if (!(x instanceof byte[] v) || v.length != size) {
            return false;
        }
        for (byte b : v) {
            if (b != 0 && b != 1) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String describeViolation(Object x) {
        if (!(x instanceof byte[] v) || v.length != size) {
            return "expected byte[] of length " + size + " with values 0 or 1 (" + this + "), got " + Values.describeType(x);
        }
        for (int i = 0; i < size; i++) {
            if (v[i] != 0 && v[i] != 1) {
                return "element [" + i + "] = " + v[i] + " is not 0 or 1";
            }
        }
        return null;
    }

    @Override
    public byte[] sample() {
        byte[] out = new byte[size];
        for (int i = 0; i < size; i++) {
            out[i] = (byte) (random().nextBoolean() ? 1 : 0);
        }
        return out;
    }

    @Override
    public byte[] copy(byte[] value) {
        return value.clone();
    }

    @Override
    public JsonObject toJson() {
        JsonObject o = new JsonObject();
        o.addProperty("type", "MultiBinary");
        JsonArray s = new JsonArray();
        for (int d : shape) {
            s.add(d);
        }
        o.add("shape", s);
        return o;
    }

    @Override
    public MultiBinary batched(int n) {
        int[] s = new int[shape.length + 1];
        s[0] = checkBatchSize(n);
        System.arraycopy(shape, 0, s, 1, shape.length);
        return new MultiBinary(s);
    }

    @Override
    public Object newBatch(int n) {
        return new byte[checkBatchSize(n) * size];
    }

    @Override
    public void writeToBatch(byte[] value, Object batch, int index) {
        System.arraycopy(value, 0, batch, index * size, size);
    }

    @Override
    public byte[] readFromBatch(Object batch, int index, byte[] reuse) {
        byte[] out = reuse != null ? reuse : new byte[size];
        System.arraycopy(batch, index * size, out, 0, size);
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MultiBinary m && Arrays.equals(m.shape, shape);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(shape);
    }

    @Override
    public String toString() {
        return "MultiBinary(" + Arrays.toString(shape) + ")";
    }
}

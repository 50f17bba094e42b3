package org.jgym.env.api.spaces;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.jgym.env.api.Values;

/**
 * A box in R^n: every element lies in [low[i], high[i]], stored as a flat row-major primitive array of its dtype.
 *
 * <p>Sampling follows Gymnasium: uniform on bounded coordinates, a shifted exponential on half-bounded ones, a
 * standard normal on unbounded ones; integer dtypes draw on [low, high + 1) and floor.
 *
 * @param <T> {@code float[]}, {@code double[]}, {@code int[]}, {@code long[]} or {@code byte[]} (uint8)
 */
public final class Box<T> extends Space<T> {
    private final DType dtype;
    private final int[] shape;
    private final int size;
    private final double[] low;
    private final double[] high;
    private final boolean fullRange;

    private Box(DType dtype, double[] low, double[] high, int[] shape) {
        this.dtype = dtype;
        this.shape = shape.clone();
        int n = 1;
        for (int d : shape) {
            if (d <= 0) {
                throw new IllegalArgumentException("Box: every dimension of shape must be > 0, got " + Arrays.toString(shape));
            }
            n = Math.multiplyExact(n, d);
        }
        this.size = n;
        this.low = broadcast(low, n, "low");
        this.high = broadcast(high, n, "high");
        boolean full = true;
        for (int i = 0; i < n; i++) {
            this.low[i] = dtype.round(this.low[i]);
            this.high[i] = dtype.isFloat() ? dtype.round(this.high[i]) : Math.floor(this.high[i]);
            if (Double.isNaN(this.low[i]) || Double.isNaN(this.high[i])) {
                throw new IllegalArgumentException("Box: low[" + i + "] and high[" + i + "] must not be NaN");
            }
            if (this.low[i] > this.high[i]) {
                throw new IllegalArgumentException("Box: low[" + i + "]=" + this.low[i] + " is above high[" + i + "]="
                        + this.high[i] + "; every low must be <= high");
            }
            if (this.low[i] < dtype.min() || this.high[i] > dtype.max()) {
                throw new IllegalArgumentException("Box: bounds [" + this.low[i] + ", " + this.high[i] + "] at index " + i
                        + " exceed the range of " + dtype.numpyName() + " [" + dtype.min() + ", " + dtype.max() + "]");
            }
            full &= this.low[i] <= dtype.min() && this.high[i] >= dtype.max();
        }
        this.fullRange = full && !dtype.isFloat();
    }

    /** A float32 box; {@code low}/{@code high} have length 1 (broadcast) or prod(shape). */
    public static Box<float[]> float32(double[] low, double[] high, int... shape) {
        return new Box<>(DType.FLOAT32, low, high, shape);
    }

    /** A float32 box with the same bounds on every element. */
    public static Box<float[]> float32(double low, double high, int... shape) {
        return float32(new double[] {low}, new double[] {high}, shape);
    }

    public static Box<double[]> float64(double[] low, double[] high, int... shape) {
        return new Box<>(DType.FLOAT64, low, high, shape);
    }

    public static Box<double[]> float64(double low, double high, int... shape) {
        return float64(new double[] {low}, new double[] {high}, shape);
    }

    public static Box<int[]> int32(double low, double high, int... shape) {
        return new Box<>(DType.INT32, new double[] {low}, new double[] {high}, shape);
    }

    public static Box<long[]> int64(double low, double high, int... shape) {
        return new Box<>(DType.INT64, new double[] {low}, new double[] {high}, shape);
    }

    /** An unsigned-byte box, e.g. an image of shape (H, W, 3) with bounds [0, 255]. */
    public static Box<byte[]> uint8(double low, double high, int... shape) {
        return new Box<>(DType.UINT8, new double[] {low}, new double[] {high}, shape);
    }

    /** A box of any dtype; the value type is the dtype's array class. */
    public static Box<?> of(DType dtype, double[] low, double[] high, int... shape) {
        return new Box<>(dtype, low, high, shape);
    }

    public DType dtype() {
        return dtype;
    }

    public int[] shape() {
        return shape.clone();
    }

    /** Number of elements, prod(shape). */
    public int size() {
        return size;
    }

    public double low(int i) {
        return low[i];
    }

    public double high(int i) {
        return high[i];
    }

    public double[] low() {
        return low.clone();
    }

    public double[] high() {
        return high.clone();
    }

    public boolean isBounded() {
        for (int i = 0; i < size; i++) {
            if (Double.isInfinite(low[i]) || Double.isInfinite(high[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean contains(Object x) {
        if (x == null || x.getClass() != dtype.arrayClass() || java.lang.reflect.Array.getLength(x) != size) {
            return false;
        }
        if (fullRange) {
            return true;
        }
        return firstViolation(x) < 0;
    }

    /** Index of the first element outside its bounds (or NaN), or -1. */
    private int firstViolation(Object x) {
        switch (dtype) {
            case FLOAT32 -> {
                float[] v = (float[]) x;
                for (int i = 0; i < size; i++) {
                    if (!(v[i] >= low[i] && v[i] <= high[i])) {
                        return i;
                    }
                }
            }
            case FLOAT64 -> {
                double[] v = (double[]) x;
                for (int i = 0; i < size; i++) {
                    if (!(v[i] >= low[i] && v[i] <= high[i])) {
                        return i;
                    }
                }
            }
            default -> {
                for (int i = 0; i < size; i++) {
                    double e = dtype.get(x, i);
                    if (e < low[i] || e > high[i]) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }

    @Override
    public String describeViolation(Object x) {
        String expected = "expected " + dtype.arrayClass().getSimpleName() + " of length " + size + " (" + this + ")";
        if (x == null) {
            return expected + ", got null";
        }
        if (x.getClass() != dtype.arrayClass()) {
            return expected + ", got " + Values.describeType(x);
        }
        int length = java.lang.reflect.Array.getLength(x);
        if (length != size) {
            return expected + ", got wrong shape: length " + length;
        }
        int i = fullRange ? -1 : firstViolation(x);
        if (i < 0) {
            return null;
        }
        double e = dtype.get(x, i);
        if (Double.isNaN(e)) {
            return "element [" + i + "] is NaN; every element must be a number in its bounds";
        }
        return "element [" + i + "] = " + e + " is outside [" + low[i] + ", " + high[i] + "]";
    }

    @Override
    @SuppressWarnings("unchecked")
    public T sample() {
        RandomGenerator r = random();
        Object out = dtype.newArray(size);
        for (int i = 0; i < size; i++) {
            double lo = low[i];
            double hi = dtype.isFloat() ? high[i] : high[i] + 1;
            boolean below = !Double.isInfinite(lo);
            boolean above = !Double.isInfinite(hi);
            double v;
            if (below && above) {
                v = lo + (hi - lo) * r.nextDouble();
            } else if (below) {
                v = lo + r.nextExponential();
            } else if (above) {
                v = hi - r.nextExponential();
            } else {
                v = r.nextGaussian();
            }
            if (dtype.isFloat()) {
                v = Math.min(Math.max(dtype.round(v), low[i]), high[i]);
            } else {
                v = Math.min(Math.max(Math.floor(v), low[i]), high[i]);
            }
            dtype.set(out, i, v);
        }
        return (T) out;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T copy(T value) {
        Object out = dtype.newArray(size);
        System.arraycopy(value, 0, out, 0, size);
        return (T) out;
    }

    /** Clips a value into the box in place (NaN elements become low). */
    public void clip(T value) {
        for (int i = 0; i < size; i++) {
            double e = dtype.get(value, i);
            double c = e >= low[i] ? Math.min(e, high[i]) : low[i];
            if (c != e) {
                dtype.set(value, i, c);
            }
        }
    }

    @Override
    public JsonObject toJson() {
        JsonObject o = new JsonObject();
        o.addProperty("type", "Box");
        o.addProperty("dtype", dtype.numpyName());
        JsonArray s = new JsonArray();
        for (int d : shape) {
            s.add(d);
        }
        o.add("shape", s);
        o.add("low", bounds(low));
        o.add("high", bounds(high));
        return o;
    }

    /** A scalar when all bounds are equal (large images stay small), else the flat list. */
    private static JsonElement bounds(double[] b) {
        boolean same = true;
        for (double v : b) {
            same &= v == b[0];
        }
        if (same) {
            return new JsonPrimitive(b[0]);
        }
        JsonArray a = new JsonArray();
        for (double v : b) {
            a.add(v);
        }
        return a;
    }

    @Override
    public Box<T> batched(int n) {
        checkBatchSize(n);
        int[] s = new int[shape.length + 1];
        s[0] = n;
        System.arraycopy(shape, 0, s, 1, shape.length);
        double[] lo = new double[size * n];
        double[] hi = new double[size * n];
        for (int k = 0; k < n; k++) {
            System.arraycopy(low, 0, lo, k * size, size);
            System.arraycopy(high, 0, hi, k * size, size);
        }
        return new Box<>(dtype, lo, hi, s);
    }

    @Override
    public Object newBatch(int n) {
        return dtype.newArray(checkBatchSize(n) * size);
    }

    @Override
    public void writeToBatch(T value, Object batch, int index) {
        System.arraycopy(value, 0, batch, index * size, size);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T readFromBatch(Object batch, int index, T reuse) {
        Object out = reuse != null ? reuse : dtype.newArray(size);
        System.arraycopy(batch, index * size, out, 0, size);
        return (T) out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Box<?> b && b.dtype == dtype && Arrays.equals(b.shape, shape) && Arrays.equals(b.low, low)
                && Arrays.equals(b.high, high);
    }

    @Override
    public int hashCode() {
        return dtype.hashCode() * 31 + Arrays.hashCode(shape);
    }

    @Override
    public String toString() {
        JsonObject j = toJson();
        return "Box(" + j.get("low") + ", " + j.get("high") + ", " + Arrays.toString(shape) + ", " + dtype.numpyName() + ")";
    }

    private static double[] broadcast(double[] b, int n, String name) {
        if (b.length == n) {
            return b.clone();
        }
        if (b.length == 1) {
            double[] out = new double[n];
            Arrays.fill(out, b[0]);
            return out;
        }
        throw new IllegalArgumentException("Box: " + name + " has " + b.length + " values; it must have 1 or prod(shape)="
                + n);
    }
}

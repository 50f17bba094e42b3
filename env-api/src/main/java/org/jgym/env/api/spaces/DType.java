package org.jgym.env.api.spaces;

/** Element types of {@link Box}, with the Java array that holds them and their numpy name. */
public enum DType {
    FLOAT32("float32", float[].class, Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY),
    FLOAT64("float64", double[].class, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
    INT32("int32", int[].class, Integer.MIN_VALUE, Integer.MAX_VALUE),
    INT64("int64", long[].class, Long.MIN_VALUE, Long.MAX_VALUE),
    UINT8("uint8", byte[].class, 0, 255);

    private final String numpyName;
    private final Class<?> arrayClass;
    private final double min;
    private final double max;

    DType(String numpyName, Class<?> arrayClass, double min, double max) {
        this.numpyName = numpyName;
        this.arrayClass = arrayClass;
        this.min = min;
        this.max = max;
    }

    /** The numpy dtype name, e.g. {@code float32}. */
    public String numpyName() {
        return numpyName;
    }

    /** The Java array class holding values, e.g. {@code float[].class}. */
    public Class<?> arrayClass() {
        return arrayClass;
    }

    /** Smallest representable value (-inf for floats). */
    public double min() {
        return min;
    }

    /** Largest representable value (+inf for floats). */
    public double max() {
        return max;
    }

    public boolean isFloat() {
        return this == FLOAT32 || this == FLOAT64;
    }

    /** Bytes per element. */
    public int size() {
        return switch (this) {
            case FLOAT32, INT32 -> 4;
            case FLOAT64, INT64 -> 8;
            case UINT8 -> 1;
        };
    }

    /** A new zero-filled array of this dtype. */
    public Object newArray(int length) {
        return switch (this) {
            case FLOAT32 -> new float[length];
            case FLOAT64 -> new double[length];
            case INT32 -> new int[length];
            case INT64 -> new long[length];
            case UINT8 -> new byte[length];
        };
    }

    /** Element {@code i} of an array of this dtype, as a double (uint8 read as unsigned). */
    public double get(Object array, int i) {
        return switch (this) {
            case FLOAT32 -> ((float[]) array)[i];
            case FLOAT64 -> ((double[]) array)[i];
            case INT32 -> ((int[]) array)[i];
            case INT64 -> ((long[]) array)[i];
            case UINT8 -> ((byte[]) array)[i] & 0xFF;
        };
    }

    /** Stores {@code value} (already in range) at element {@code i}. */
    public void set(Object array, int i, double value) {
        switch (this) {
            case FLOAT32 -> ((float[]) array)[i] = (float) value;
            case FLOAT64 -> ((double[]) array)[i] = value;
            case INT32 -> ((int[]) array)[i] = (int) value;
            case INT64 -> ((long[]) array)[i] = (long) value;
            case UINT8 -> ((byte[]) array)[i] = (byte) (int) value;
        }
    }

    /** The value as this dtype would store it (float32 rounding, integer truncation). */
    public double round(double value) {
        return switch (this) {
            case FLOAT32 -> (float) value;
            case FLOAT64 -> value;
            case INT32, INT64, UINT8 -> Double.isInfinite(value) ? value : Math.floor(value);
        };
    }

    /** The dtype with this numpy name. */
    public static DType fromNumpyName(String name) {
        for (DType d : values()) {
            if (d.numpyName.equals(name)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown dtype '" + name + "'; allowed: float32, float64, int32, int64, uint8");
    }
}

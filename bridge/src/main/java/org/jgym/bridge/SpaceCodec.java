package org.jgym.bridge;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgym.env.api.spaces.Box;
import org.jgym.env.api.spaces.DictSpace;
import org.jgym.env.api.spaces.Discrete;
import org.jgym.env.api.spaces.MultiBinary;
import org.jgym.env.api.spaces.MultiDiscrete;
import org.jgym.env.api.spaces.Space;
import org.jgym.env.api.spaces.TupleSpace;

/**
 * Copies values of one space to and from a fixed slot of a shared-memory region, little-endian, without allocating.
 *
 * <p>A value is stored as its leaves in depth-first order (Tuple parts in order, Dict values in key order), each
 * leaf a flat array: Box in its dtype, Discrete and MultiDiscrete as int32, MultiBinary as int8. {@link #layoutJson}
 * tells Python where each leaf lies.
 */
abstract class SpaceCodec {
    /** Bytes the slot takes, leaves padded to 8-byte boundaries. */
    abstract int byteSize();

    /** Writes {@code value} into the slot. */
    abstract void write(Object value);

    /**
     * Reads the slot.
     *
     * @param reuse a value of the space to overwrite, or null to allocate
     */
    abstract Object read(Object reuse);

    /** Adds this codec's leaves ({@code offset}, {@code dtype}, {@code count}) to {@code leaves}. */
    abstract void describe(JsonArray leaves);

    /** The leaves as JSON, in storage order. */
    final JsonArray layoutJson() {
        JsonArray leaves = new JsonArray();
        describe(leaves);
        return leaves;
    }

    /** The bytes a codec for {@code space} needs, before a region exists. */
    static int sizeOf(Space<?> space) {
        if (space instanceof TupleSpace t) {
            return t.spaces().stream().mapToInt(SpaceCodec::sizeOf).sum();
        }
        if (space instanceof DictSpace d) {
            return d.spaces().values().stream().mapToInt(SpaceCodec::sizeOf).sum();
        }
        return align(leafBytes(space));
    }

    /** A codec for {@code space} over {@code region} starting at byte {@code offset}. */
    static SpaceCodec create(Space<?> space, ByteBuffer region, int offset) {
        if (space instanceof TupleSpace t) {
            List<SpaceCodec> parts = new ArrayList<>();
            int at = offset;
            for (Space<?> s : t.spaces()) {
                SpaceCodec c = create(s, region, at);
                parts.add(c);
                at += c.byteSize();
            }
            return new TupleCodec(parts);
        }
        if (space instanceof DictSpace d) {
            Map<String, SpaceCodec> parts = new LinkedHashMap<>();
            int at = offset;
            for (Map.Entry<String, Space<?>> e : d.spaces().entrySet()) {
                SpaceCodec c = create(e.getValue(), region, at);
                parts.put(e.getKey(), c);
                at += c.byteSize();
            }
            return new DictCodec(parts);
        }
        ByteBuffer slot = region.slice(offset, align(leafBytes(space))).order(ByteOrder.LITTLE_ENDIAN);
        if (space instanceof Box<?> box) {
            return switch (box.dtype()) {
                case FLOAT32 -> new Float32Leaf(slot, offset, box.size());
                case FLOAT64 -> new Float64Leaf(slot, offset, box.size());
                case INT32 -> new Int32Leaf(slot, offset, box.size(), false);
                case INT64 -> new Int64Leaf(slot, offset, box.size());
                case UINT8 -> new ByteLeaf(slot, offset, box.size(), "uint8");
            };
        }
        if (space instanceof Discrete) {
            return new Int32Leaf(slot, offset, 1, true);
        }
        if (space instanceof MultiDiscrete m) {
            return new Int32Leaf(slot, offset, m.nvec().length, false);
        }
        if (space instanceof MultiBinary m) {
            return new ByteLeaf(slot, offset, m.size(), "int8");
        }
        throw new IllegalArgumentException("the bridge cannot transport values of " + space
                + "; supported: Box, Discrete, MultiBinary, MultiDiscrete, Tuple, Dict");
    }

    private static int leafBytes(Space<?> space) {
        if (space instanceof Box<?> box) {
            return box.size() * box.dtype().size();
        }
        if (space instanceof Discrete) {
            return 4;
        }
        if (space instanceof MultiDiscrete m) {
            return 4 * m.nvec().length;
        }
        if (space instanceof MultiBinary m) {
            return m.size();
        }
        throw new IllegalArgumentException("the bridge cannot transport values of " + space
                + "; supported: Box, Discrete, MultiBinary, MultiDiscrete, Tuple, Dict");
    }

    static int align(int bytes) {
        return (bytes + 7) & ~7;
    }

    private abstract static class Leaf extends SpaceCodec {
        final int offset;
        final int count;
        private final String dtype;
        private final int bytes;

        Leaf(int offset, int count, String dtype, int elementSize) {
            this.offset = offset;
            this.count = count;
            this.dtype = dtype;
            this.bytes = align(count * elementSize);
        }

        @Override
        int byteSize() {
            return bytes;
        }

        @Override
        void describe(JsonArray leaves) {
            JsonObject o = new JsonObject();
            o.addProperty("offset", offset);
            o.addProperty("dtype", dtype);
            o.addProperty("count", count);
            leaves.add(o);
        }
    }

    private static final class Float32Leaf extends Leaf {
        private final FloatBuffer view;

        Float32Leaf(ByteBuffer slot, int offset, int count) {
            super(offset, count, "float32", 4);
            this.view = slot.asFloatBuffer();
        }

        @Override
        void write(Object value) {
            view.put(0, (float[]) value, 0, count);
        }

        @Override
        Object read(Object reuse) {
            float[] out = reuse != null ? (float[]) reuse : new float[count];
            view.get(0, out, 0, count);
            return out;
        }
    }

    private static final class Float64Leaf extends Leaf {
        private final DoubleBuffer view;

        Float64Leaf(ByteBuffer slot, int offset, int count) {
            super(offset, count, "float64", 8);
            this.view = slot.asDoubleBuffer();
        }

        @Override
        void write(Object value) {
            view.put(0, (double[]) value, 0, count);
        }

        @Override
        Object read(Object reuse) {
            double[] out = reuse != null ? (double[]) reuse : new double[count];
            view.get(0, out, 0, count);
            return out;
        }
    }

    /** int32 arrays, or a single Integer when {@code scalar} (Discrete). */
    private static final class Int32Leaf extends Leaf {
        private final IntBuffer view;
        private final boolean scalar;

        Int32Leaf(ByteBuffer slot, int offset, int count, boolean scalar) {
            super(offset, count, "int32", 4);
            this.view = slot.asIntBuffer();
            this.scalar = scalar;
        }

        @Override
        void write(Object value) {
            if (scalar) {
                view.put(0, (Integer) value);
            } else {
                view.put(0, (int[]) value, 0, count);
            }
        }

        @Override
        Object read(Object reuse) {
            if (scalar) {
                return view.get(0);
            }
            int[] out = reuse != null ? (int[]) reuse : new int[count];
            view.get(0, out, 0, count);
            return out;
        }
    }

    private static final class Int64Leaf extends Leaf {
        private final LongBuffer view;

        Int64Leaf(ByteBuffer slot, int offset, int count) {
            super(offset, count, "int64", 8);
            this.view = slot.asLongBuffer();
        }

        @Override
        void write(Object value) {
            view.put(0, (long[]) value, 0, count);
        }

        @Override
        Object read(Object reuse) {
            long[] out = reuse != null ? (long[]) reuse : new long[count];
            view.get(0, out, 0, count);
            return out;
        }
    }

    private static final class ByteLeaf extends Leaf {
        private final ByteBuffer view;

        ByteLeaf(ByteBuffer slot, int offset, int count, String dtype) {
            super(offset, count, dtype, 1);
            this.view = slot;
        }

        @Override
        void write(Object value) {
            view.put(0, (byte[]) value, 0, count);
        }

        @Override
        Object read(Object reuse) {
            byte[] out = reuse != null ? (byte[]) reuse : new byte[count];
            view.get(0, out, 0, count);
            return out;
        }
    }

    private static final class TupleCodec extends SpaceCodec {
        private final List<SpaceCodec> parts;
        private final int bytes;

        TupleCodec(List<SpaceCodec> parts) {
            this.parts = parts;
            this.bytes = parts.stream().mapToInt(SpaceCodec::byteSize).sum();
        }

        @Override
        int byteSize() {
            return bytes;
        }

        @Override
        void write(Object value) {
            Object[] v = (Object[]) value;
            for (int i = 0; i < parts.size(); i++) {
                parts.get(i).write(v[i]);
            }
        }

        @Override
        Object read(Object reuse) {
            Object[] out = reuse != null ? (Object[]) reuse : new Object[parts.size()];
            for (int i = 0; i < parts.size(); i++) {
                out[i] = parts.get(i).read(reuse != null ? out[i] : null);
            }
            return out;
        }

        @Override
        void describe(JsonArray leaves) {
            parts.forEach(p -> p.describe(leaves));
        }
    }

    private static final class DictCodec extends SpaceCodec {
        private final Map<String, SpaceCodec> parts;
        private final int bytes;

        DictCodec(Map<String, SpaceCodec> parts) {
            this.parts = parts;
            this.bytes = parts.values().stream().mapToInt(SpaceCodec::byteSize).sum();
        }

        @Override
        int byteSize() {
            return bytes;
        }

        @Override
        @SuppressWarnings("unchecked")
        void write(Object value) {
            Map<String, Object> v = (Map<String, Object>) value;
            parts.forEach((k, c) -> c.write(v.get(k)));
        }

        @Override
        @SuppressWarnings("unchecked")
        Object read(Object reuse) {
            Map<String, Object> out = reuse != null ? (Map<String, Object>) reuse : new LinkedHashMap<>();
            parts.forEach((k, c) -> out.put(k, c.read(out.get(k))));
            return out;
        }

        @Override
        void describe(JsonArray leaves) {
            parts.values().forEach(p -> p.describe(leaves));
        }
    }
}

package org.jgym.bridge;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgym.env.api.InvalidActionException;
import org.jgym.env.api.spaces.Box;
import org.jgym.env.api.spaces.DType;
import org.jgym.env.api.spaces.DictSpace;
import org.jgym.env.api.spaces.Discrete;
import org.jgym.env.api.spaces.MultiBinary;
import org.jgym.env.api.spaces.MultiDiscrete;
import org.jgym.env.api.spaces.Space;
import org.jgym.env.api.spaces.TupleSpace;

/**
 * The slow path for actions that cannot go through shared memory as they are (wrong shape, wrong type): Python
 * sends them as JSON and this class turns them into space values or explains, in Java's words, what is wrong.
 *
 * <p>Arrays arrive as {@code {"shape": [...], "data": [flat values]}}, Discrete values as numbers, Tuple values as
 * lists and Dict values as objects. Range checks are left to the env, which rejects values outside its space.
 */
final class JsonActions {
    private JsonActions() {
    }

    /** The value of {@code space} that {@code json} describes. */
    static Object decode(Space<?> space, JsonElement json) {
        return decode(space, json, "action");
    }

    private static Object decode(Space<?> space, JsonElement json, String where) {
        if (space instanceof TupleSpace t) {
            if (!json.isJsonArray() || json.getAsJsonArray().size() != t.spaces().size()) {
                throw new InvalidActionException(where + ": expected a tuple of " + t.spaces().size() + " parts for "
                        + space + ", got " + json);
            }
            Object[] out = new Object[t.spaces().size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = decode(t.spaces().get(i), json.getAsJsonArray().get(i), where + "[" + i + "]");
            }
            return out;
        }
        if (space instanceof DictSpace d) {
            if (!json.isJsonObject() || !json.getAsJsonObject().keySet().equals(d.spaces().keySet())) {
                throw new InvalidActionException(where + ": expected a dict with exactly the keys " + d.spaces().keySet()
                        + ", got " + json);
            }
            Map<String, Object> out = new LinkedHashMap<>();
            d.spaces().forEach((k, s) -> out.put(k, decode(s, json.getAsJsonObject().get(k), where + "['" + k + "']")));
            return out;
        }
        if (space instanceof Discrete) {
            return integer(json, where + " of " + space);
        }
        int[] shape;
        DType dtype;
        if (space instanceof Box<?> b) {
            shape = b.shape();
            dtype = b.dtype();
        } else if (space instanceof MultiBinary m) {
            shape = m.shape();
            dtype = null;
        } else if (space instanceof MultiDiscrete m) {
            shape = new int[] {m.nvec().length};
            dtype = DType.INT32;
        } else {
            throw new InvalidActionException(where + ": the bridge cannot decode values of " + space);
        }
        JsonArray data = array(json, shape, where, space);
        if (dtype == null) {
            byte[] out = new byte[data.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = (byte) integer(data.get(i), where + " element [" + i + "] of " + space);
            }
            return out;
        }
        Object out = dtype.newArray(data.size());
        for (int i = 0; i < data.size(); i++) {
            String what = where + " element [" + i + "] of " + space;
            dtype.set(out, i, dtype.isFloat() ? number(data.get(i), what) : integer(data.get(i), what));
        }
        return out;
    }

    /** The flat data of an array message after checking its shape against {@code shape}. */
    private static JsonArray array(JsonElement json, int[] shape, String where, Space<?> space) {
        if (!json.isJsonObject() || !json.getAsJsonObject().has("shape") || !json.getAsJsonObject().has("data")) {
            throw new InvalidActionException(where + ": expected an array of shape " + Arrays.toString(shape) + " for "
                    + space + ", got " + json);
        }
        JsonObject o = json.getAsJsonObject();
        JsonArray s = o.getAsJsonArray("shape");
        int[] given = new int[s.size()];
        for (int i = 0; i < given.length; i++) {
            given[i] = s.get(i).getAsInt();
        }
        if (!Arrays.equals(given, shape)) {
            throw new InvalidActionException(where + ": wrong shape " + Arrays.toString(given) + "; " + space
                    + " needs shape " + Arrays.toString(shape));
        }
        return o.getAsJsonArray("data");
    }

    private static double number(JsonElement e, String what) {
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) {
            return e.getAsDouble();
        }
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isBoolean()) {
            return e.getAsBoolean() ? 1 : 0;
        }
        throw new InvalidActionException(what + ": expected a number, got " + e);
    }

    private static int integer(JsonElement e, String what) {
        double v = number(e, what);
        if (v != Math.rint(v) || v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new InvalidActionException(what + ": expected an integer, got " + e);
        }
        return (int) v;
    }
}

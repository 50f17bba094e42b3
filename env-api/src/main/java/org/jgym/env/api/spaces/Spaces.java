package org.jgym.env.api.spaces;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rebuilds spaces from the JSON that {@link Space#toJson()} writes. */
public final class Spaces {
    private Spaces() {
    }

    /**
     * The space described by {@code json}.
     *
     * @throws IllegalArgumentException naming the JSON path of a missing or bad field
     */
    public static Space<?> fromJson(JsonObject json) {
        return fromJson(json, "$");
    }

    private static Space<?> fromJson(JsonObject json, String path) {
        String type = string(json, "type", path);
        switch (type) {
            case "Box" -> {
                int[] shape = ints(json, "shape", path);
                return Box.of(DType.fromNumpyName(string(json, "dtype", path)), doubles(json, "low", path),
                        doubles(json, "high", path), shape);
            }
            case "Discrete" -> {
                return new Discrete(integer(json, "n", path), json.has("start") ? integer(json, "start", path) : 0);
            }
            case "MultiBinary" -> {
                return new MultiBinary(ints(json, "shape", path));
            }
            case "MultiDiscrete" -> {
                int[] nvec = ints(json, "nvec", path);
                return new MultiDiscrete(nvec, json.has("start") ? ints(json, "start", path) : new int[nvec.length]);
            }
            case "Tuple" -> {
                List<Space<?>> parts = new ArrayList<>();
                JsonArray a = array(json, "spaces", path);
                for (int i = 0; i < a.size(); i++) {
                    parts.add(fromJson(a.get(i).getAsJsonObject(), path + ".spaces[" + i + "]"));
                }
                return new TupleSpace(parts);
            }
            case "Dict" -> {
                Map<String, Space<?>> parts = new LinkedHashMap<>();
                JsonElement inner = json.get("spaces");
                if (inner == null || !inner.isJsonObject()) {
                    throw new IllegalArgumentException(path + ".spaces: missing or not an object in " + json);
                }
                for (Map.Entry<String, JsonElement> e : inner.getAsJsonObject().entrySet()) {
                    parts.put(e.getKey(), fromJson(e.getValue().getAsJsonObject(), path + ".spaces." + e.getKey()));
                }
                return new DictSpace(parts);
            }
            default -> throw new IllegalArgumentException(path + ".type: unknown space type '" + type
                    + "'; allowed: Box, Discrete, MultiBinary, MultiDiscrete, Tuple, Dict");
        }
    }

    private static String string(JsonObject json, String key, String path) {
        JsonElement e = json.get(key);
        if (e == null || !e.isJsonPrimitive()) {
            throw new IllegalArgumentException(path + "." + key + ": missing or not a string in " + json);
        }
        return e.getAsString();
    }

    private static int integer(JsonObject json, String key, String path) {
        JsonElement e = json.get(key);
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw new IllegalArgumentException(path + "." + key + ": missing or not a number in " + json);
        }
        return e.getAsInt();
    }

    private static JsonArray array(JsonObject json, String key, String path) {
        JsonElement e = json.get(key);
        if (e == null || !e.isJsonArray()) {
            throw new IllegalArgumentException(path + "." + key + ": missing or not a list in " + json);
        }
        return e.getAsJsonArray();
    }

    private static int[] ints(JsonObject json, String key, String path) {
        JsonArray a = array(json, key, path);
        int[] out = new int[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).getAsInt();
        }
        return out;
    }

    private static double[] doubles(JsonObject json, String key, String path) {
        JsonElement e = json.get(key);
        if (e == null) {
            throw new IllegalArgumentException(path + "." + key + ": missing in " + json);
        }
        if (e.isJsonPrimitive()) {
            return new double[] {e.getAsDouble()};
        }
        JsonArray a = e.getAsJsonArray();
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).getAsDouble();
        }
        return out;
    }
}

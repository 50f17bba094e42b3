package org.jgym.env.retro.integration;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgym.env.retro.RetroException;

/**
 * The reward and done rules of a scenario.json file, evaluated as Gym Retro does after every frame.
 *
 * <p>Reward: the sum over {@code reward.variables} of op(delta) (or op(value) with {@code "measurement":
 * "absolute"}), times {@code reward} when positive and {@code penalty} when negative (absent coefficients are 0),
 * plus {@code reward.time} applied to the constant 1; computed in single precision like the reference. Done:
 * {@code done.variables} measured as op(value) by default fire when the result is positive; {@code condition}
 * "any" (default) or "all", recursively through {@code done.nodes}. Lua {@code script} rules are not supported.
 */
public final class Scenario {
    /** The comparison applied to a measured number; results are 0/1 except {@code SIGN} and {@code NONE}. */
    public enum Op {
        NONE(null), EQUAL("equal"), NEGATIVE_EQUAL("negative-equal"), NOT_EQUAL("not-equal"),
        LESS_THAN("less-than"), GREATER_THAN("greater-than"), LESS_OR_EQUAL("less-or-equal"),
        GREATER_OR_EQUAL("greater-or-equal"), NONZERO("nonzero"), ZERO("zero"), POSITIVE("positive"),
        NEGATIVE("negative"), SIGN("sign");

        private final String jsonName;

        Op(String jsonName) {
            this.jsonName = jsonName;
        }

        /** Applies the op to {@code value} with {@code reference}. */
        public long apply(long reference, long value) {
            return switch (this) {
                case NONE -> value;
                case EQUAL -> flag(value == reference);
                case NEGATIVE_EQUAL -> flag(value == -reference);
                case NOT_EQUAL -> flag(value != reference);
                case LESS_THAN -> flag(value < reference);
                case GREATER_THAN -> flag(value > reference);
                case LESS_OR_EQUAL -> flag(value <= reference);
                case GREATER_OR_EQUAL -> flag(value >= reference);
                case NONZERO -> flag(value != 0);
                case ZERO -> flag(value == 0);
                case POSITIVE -> flag(value > 0);
                case NEGATIVE -> flag(value < 0);
                case SIGN -> Long.signum(value);
            };
        }

        private static long flag(boolean b) {
            return b ? 1 : 0;
        }

        static Op parse(String name, String where) {
            if (name == null) {
                return NONE;
            }
            for (Op op : values()) {
                if (name.equals(op.jsonName)) {
                    return op;
                }
            }
            List<String> names = new ArrayList<>();
            for (Op op : values()) {
                if (op.jsonName != null) {
                    names.add(op.jsonName);
                }
            }
            throw new RetroException(where + ": unknown op '" + name + "'; allowed: " + names);
        }
    }

    /** Current value and delta of variables, from the game's memory snapshots. */
    public interface Values {
        long value(String variable);

        long delta(String variable);

        /**
         * The byte at a bus address (through the system's overlay, as a {@code |u1} variable there), for Lua's
         * {@code data[address]}; throws a {@link RetroException} when no memory block holds it.
         */
        default long byteAt(long address) {
            throw new RetroException("raw memory reads are not available here");
        }
    }

    /** One reward rule. */
    public record RewardRule(boolean absolute, Op op, long reference, float reward, float penalty) {
        /** The rule's contribution for a variable with this value and delta. */
        public float calculate(long value, long delta) {
            float measured = op.apply(reference, absolute ? value : delta);
            if (measured < 0) {
                measured *= penalty;
            } else if (measured > 0) {
                measured *= reward;
            }
            return measured;
        }
    }

    /** One done rule. */
    public record DoneRule(boolean absolute, Op op, long reference) {
        public boolean test(long value, long change) {
            return op.apply(reference, absolute ? value : change) > 0;
        }
    }

    /** A group of done rules and sub-groups with its own condition. */
    public record DoneNode(Map<String, DoneRule> variables, Map<String, DoneNode> nodes, boolean all) {
        boolean evaluate(Values values) {
            for (Map.Entry<String, DoneRule> e : variables.entrySet()) {
                boolean fired = e.getValue().test(values.value(e.getKey()), values.delta(e.getKey()));
                if (fired && !all) {
                    return true;
                }
                if (!fired && all) {
                    return false;
                }
            }
            for (DoneNode node : nodes.values()) {
                boolean fired = node.evaluate(values);
                if (fired && !all) {
                    return true;
                }
                if (!fired && all) {
                    return false;
                }
            }
            return all;
        }
    }

    private static final RewardRule NO_TIME_REWARD = new RewardRule(false, Op.NONE, 0, 0, 0);

    private final Map<String, RewardRule> rewardVariables;
    private final RewardRule timeReward;
    private final DoneNode done;
    private final List<List<List<String>>> actions;
    private final int[] crop;
    private final LuaScripts lua;

    private Scenario(Map<String, RewardRule> rewardVariables, RewardRule timeReward, DoneNode done,
            List<List<List<String>>> actions, int[] crop, LuaScripts lua) {
        this.lua = lua;
        this.rewardVariables = rewardVariables;
        this.timeReward = timeReward;
        this.done = done;
        this.actions = actions;
        this.crop = crop;
    }

    /** Reads scenario.json content that lists no {@code "scripts"}; {@code source} names it in error messages. */
    public static Scenario parse(JsonObject json, String source) {
        return parse(json, source, null);
    }

    /**
     * Reads scenario.json content; {@code source} names the file in error messages; its {@code "scripts"} are read
     * from {@code baseDir} (the scenario file's folder).
     */
    public static Scenario parse(JsonObject json, String source, Path baseDir) {
        JsonObject reward = object(json, "reward", source);
        if (reward == null && json.has("rewards") && json.get("rewards").isJsonArray()
                && json.getAsJsonArray("rewards").size() > 0) {
            reward = json.getAsJsonArray("rewards").get(0).getAsJsonObject(); // player 1's rules
        }
        Map<String, RewardRule> rewardVariables = new LinkedHashMap<>();
        RewardRule time = NO_TIME_REWARD;
        if (reward != null) {
            JsonObject vars = object(reward, "variables", source);
            if (vars != null) {
                for (Map.Entry<String, JsonElement> e : vars.entrySet()) {
                    rewardVariables.put(e.getKey(), rewardRule(e.getValue().getAsJsonObject(),
                            source + " reward variable '" + e.getKey() + "'"));
                }
            }
            JsonObject t = object(reward, "time", source);
            if (t != null) {
                time = rewardRule(t, source + " reward time");
            }
        }
        JsonObject doneJson = object(json, "done", source);
        DoneNode done = doneJson == null ? new DoneNode(Map.of(), Map.of(), false) : doneNode(doneJson, source + " done");
        List<List<List<String>>> actions = json.has("actions") ? actionGroups(json.get("actions"), source) : null;
        int[] crop = null;
        if (json.has("crop")) {
            JsonArray c = json.getAsJsonArray("crop");
            if (c.size() != 4) {
                throw new RetroException(source + ": \"crop\" must be [x, y, width, height]");
            }
            crop = new int[] {c.get(0).getAsInt(), c.get(1).getAsInt(), c.get(2).getAsInt(), c.get(3).getAsInt()};
        }
        LuaScripts lua = LuaScripts.parse(json, reward, doneJson, baseDir, source);
        return new Scenario(rewardVariables, time, done, actions, crop, lua);
    }

    private static RewardRule rewardRule(JsonObject o, String where) {
        return new RewardRule(measurement(o, false, where), Op.parse(string(o, "op"), where), integer(o, "reference"),
                number(o, "reward"), number(o, "penalty"));
    }

    private static DoneNode doneNode(JsonObject o, String where) {
        Map<String, DoneRule> vars = new LinkedHashMap<>();
        JsonObject v = object(o, "variables", where);
        if (v != null) {
            for (Map.Entry<String, JsonElement> e : v.entrySet()) {
                JsonObject r = e.getValue().getAsJsonObject();
                String w = where + " variable '" + e.getKey() + "'";
                vars.put(e.getKey(), new DoneRule(measurement(r, true, w), Op.parse(string(r, "op"), w),
                        integer(r, "reference")));
            }
        }
        Map<String, DoneNode> nodes = new LinkedHashMap<>();
        JsonObject n = object(o, "nodes", where);
        if (n != null) {
            for (Map.Entry<String, JsonElement> e : n.entrySet()) {
                nodes.put(e.getKey(), doneNode(e.getValue().getAsJsonObject(), where + " node '" + e.getKey() + "'"));
            }
        }
        return new DoneNode(vars, nodes, "all".equals(string(o, "condition")));
    }

    /** True for "absolute", false for "delta"; absent means the rule kind's default. */
    private static boolean measurement(JsonObject o, boolean absoluteByDefault, String where) {
        String m = string(o, "measurement");
        if (m == null) {
            return absoluteByDefault;
        }
        return switch (m) {
            case "absolute" -> true;
            case "delta" -> false;
            default -> throw new RetroException(where + ": unknown measurement '" + m + "'; allowed: absolute, delta");
        };
    }

    private static List<List<List<String>>> actionGroups(JsonElement e, String source) {
        List<List<List<String>>> groups = new ArrayList<>();
        for (JsonElement g : e.getAsJsonArray()) {
            List<List<String>> combos = new ArrayList<>();
            for (JsonElement c : g.getAsJsonArray()) {
                List<String> buttons = new ArrayList<>();
                for (JsonElement b : c.getAsJsonArray()) {
                    buttons.add(b.isJsonNull() ? "" : b.getAsString());
                }
                combos.add(buttons);
            }
            groups.add(combos);
        }
        return groups;
    }

    private static JsonObject object(JsonObject o, String key, String where) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonObject()) {
            throw new RetroException(where + ": \"" + key + "\" must be an object, got " + e);
        }
        return e.getAsJsonObject();
    }

    private static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    private static long integer(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber() ? 0
                : e.getAsBigDecimal().longValue();
    }

    private static float number(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber() ? 0f : e.getAsFloat();
    }

    /** The step's reward, in single precision as the reference computes it. */
    public float reward(Values values) {
        float r = timeReward.calculate(1, 1);
        for (Map.Entry<String, RewardRule> e : rewardVariables.entrySet()) {
            r += e.getValue().calculate(values.value(e.getKey()), values.delta(e.getKey()));
        }
        return r;
    }

    /** Whether the episode is over. */
    public boolean done(Values values) {
        return done.evaluate(values);
    }

    /** The scenario's Lua scripts and script rules (none when {@link LuaScripts#present()} is false). */
    public LuaScripts lua() {
        return lua;
    }

    /** Every variable name the rules read. */
    public List<String> variablesUsed() {
        List<String> names = new ArrayList<>(rewardVariables.keySet());
        collect(done, names);
        return names;
    }

    private static void collect(DoneNode node, List<String> out) {
        out.addAll(node.variables().keySet());
        node.nodes().values().forEach(n -> collect(n, out));
    }

    /** The scenario's own action groups (replacing the system's), or null. */
    public List<List<List<String>>> actions() {
        return actions;
    }

    /** The crop rectangle {x, y, width, height} of the observation, or null. */
    public int[] crop() {
        return crop == null ? null : crop.clone();
    }

    @Override
    public String toString() {
        return "Scenario[reward=" + rewardVariables + ", time=" + timeReward + ", done=" + done + ", actions="
                + actions + ", crop=" + Arrays.toString(crop) + ", scripts=" + lua.files() + "]";
    }
}

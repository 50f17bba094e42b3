package org.jgym.env.retro.integration;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgym.env.retro.RetroException;

/** The variables of a data.json file ({@code {"info": {name: {"address", "type", "mask"?}}}}). */
public final class GameData {
    private final Map<String, Variable> variables;

    private GameData(Map<String, Variable> variables) {
        this.variables = Collections.unmodifiableMap(variables);
    }

    /**
     * Reads data.json content; {@code source} names the file in error messages.
     *
     * @throws RetroException when "info" is missing or a variable lacks an address or a valid type
     */
    public static GameData parse(JsonObject json, String source) {
        JsonElement info = json.get("info");
        if (info == null || !info.isJsonObject()) {
            throw new RetroException(source + ": no \"info\" object; data.json must be {\"info\": {name: {\"address\": "
                    + "<int>, \"type\": \"<code>\"}}}");
        }
        Map<String, Variable> vars = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : info.getAsJsonObject().entrySet()) {
            String name = e.getKey();
            if (!e.getValue().isJsonObject()) {
                throw new RetroException(source + ": variable '" + name + "' must be an object with address and type");
            }
            JsonObject v = e.getValue().getAsJsonObject();
            if (!v.has("address") || !v.has("type")) {
                throw new RetroException(source + ": variable '" + name + "' needs both \"address\" and \"type\"");
            }
            DataType type;
            try {
                type = DataType.parse(v.get("type").getAsString());
            } catch (RetroException ex) {
                throw new RetroException(source + ": variable '" + name + "': " + ex.getMessage());
            }
            long mask = v.has("mask") ? unsigned64(v.get("mask"), source, name) : -1L;
            vars.put(name, new Variable(name, unsigned64(v.get("address"), source, name), type, mask));
        }
        return new GameData(vars);
    }

    private static long unsigned64(JsonElement e, String source, String name) {
        try {
            return new BigDecimal(e.getAsString()).toBigIntegerExact().longValue();
        } catch (RuntimeException ex) {
            throw new RetroException(source + ": variable '" + name + "': expected an integer, got " + e);
        }
    }

    /** Variables by name, in file order. */
    public Map<String, Variable> variables() {
        return variables;
    }

    /** The variable called {@code name}; throws listing the known names when there is none. */
    public Variable variable(String name) {
        Variable v = variables.get(name);
        if (v == null) {
            throw new RetroException("unknown variable '" + name + "'; data.json defines " + variables.keySet());
        }
        return v;
    }
}

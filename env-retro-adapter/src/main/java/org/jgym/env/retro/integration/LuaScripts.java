package org.jgym.env.retro.integration;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jgym.env.retro.RetroException;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.Prototype;
import org.luaj.vm2.compiler.LuaC;

/**
 * The Lua part of a scenario.json file, compiled once: the files of {@code "scripts"} (resolved against the
 * scenario's folder, as Gym Retro does) and the functions named by {@code reward.script} / {@code done.script}
 * ({@code "lua:name"} or {@code "name"}). Each env runs them in its own {@link LuaScenario}.
 *
 * @param source         the scenario, for error messages
 * @param chunks         the compiled scripts, in the order they run
 * @param rewardFunction the global function giving the reward, or null for the variable rules
 * @param doneFunction   the global function telling whether the episode is over, or null for the variable rules
 */
public record LuaScripts(String source, List<Chunk> chunks, String rewardFunction, String doneFunction) {
    /** One compiled script file. */
    public record Chunk(String file, Prototype code) {
    }

    /** True when the scenario has scripts to run or script rules to call. */
    public boolean present() {
        return !chunks.isEmpty() || rewardFunction != null || doneFunction != null;
    }

    /** The file names, for messages. */
    public List<String> files() {
        return chunks.stream().map(Chunk::file).toList();
    }

    /**
     * Reads {@code "scripts"} and the script rules of a scenario.
     *
     * @param baseDir the scenario file's folder, or null when the scenario does not come from a file
     */
    static LuaScripts parse(JsonObject json, JsonObject reward, JsonObject done, Path baseDir, String source) {
        String rewardFunction = function(reward, source + " reward");
        String doneFunction = function(done, source + " done");
        List<Chunk> chunks = new ArrayList<>();
        JsonElement scripts = json.get("scripts");
        if (scripts != null && !scripts.isJsonNull()) {
            if (!scripts.isJsonArray()) {
                throw new RetroException(source + ": \"scripts\" must be a list of file names, got " + scripts);
            }
            for (JsonElement e : (JsonArray) scripts) {
                chunks.add(compile(e.getAsString(), baseDir, source));
            }
        }
        if ((rewardFunction != null || doneFunction != null) && chunks.isEmpty()) {
            throw new RetroException(source + " calls Lua function '" + (rewardFunction != null ? rewardFunction
                    : doneFunction) + "' but lists no \"scripts\" defining it");
        }
        return new LuaScripts(source, List.copyOf(chunks), rewardFunction, doneFunction);
    }

    /** The function of a {@code "script"} rule ({@code "lua:name"} or {@code "name"}), or null. */
    private static String function(JsonObject rule, String where) {
        if (rule == null || !rule.has("script")) {
            return null;
        }
        String spec = rule.get("script").getAsString();
        int colon = spec.indexOf(':');
        String type = colon < 0 ? "lua" : spec.substring(0, colon);
        String name = spec.substring(colon + 1);
        if (!type.equals("lua") || name.isEmpty()) {
            throw new RetroException(where + ": script '" + spec + "' is not a Lua function; expected \"lua:<function>\"");
        }
        return name;
    }

    private static Chunk compile(String file, Path baseDir, String source) {
        if (!file.endsWith(".lua")) {
            throw new RetroException(source + ": script '" + file + "' is not a .lua file; only Lua scripts are supported");
        }
        if (baseDir == null) {
            throw new RetroException(source + ": script '" + file + "' cannot be found without the scenario's folder");
        }
        Path path = baseDir.resolve(file);
        try (InputStream in = Files.newInputStream(path)) {
            return new Chunk(file, LuaC.instance.compile(in, "@" + file));
        } catch (IOException e) {
            throw new RetroException(source + ": cannot read script " + path + ": " + e.getMessage(), e);
        } catch (LuaError e) {
            throw new RetroException(source + ": script " + path + " does not compile: " + e.getMessage(), e);
        }
    }
}

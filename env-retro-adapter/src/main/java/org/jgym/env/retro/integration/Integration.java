package org.jgym.env.retro.integration;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.jgym.env.api.registry.EnvIds;
import org.jgym.env.retro.RetroException;

/**
 * One game's integration, resolved and checked: ROM (SHA-1 listed in rom.sha), system, data.json variables,
 * scenario rules and the gunzipped start state.
 *
 * @param game         integration name, e.g. {@code Airstriker-Genesis-v0}
 * @param system       the console
 * @param rom          the ROM file
 * @param romBytes     its content
 * @param data         the variables
 * @param scenario     the reward and done rules
 * @param stateName    the start state's name, or null to start from power-on
 * @param initialState the core's save state restored by every reset, or null
 */
public record Integration(String game, SystemSpec system, Path rom, byte[] romBytes, GameData data, Scenario scenario,
        String stateName, byte[] initialState) {
    /** Start from the metadata's default state. */
    public static final String DEFAULT_STATE = "DEFAULT";
    /** Start from power-on, restoring nothing. */
    public static final String NO_STATE = "NONE";

    /**
     * Resolves a game in the catalog.
     *
     * @param state    a state name (or .state path), {@link #DEFAULT_STATE} / null, or {@link #NO_STATE}
     * @param scenario a scenario name in the game folder or a path to a .json file
     * @param info     a data file name in the game folder or a path to a .json file
     */
    public static Integration open(RetroCatalog catalog, String game, String state, String scenario, String info) {
        return open(catalog, game, state, scenario, info, 1);
    }

    /**
     * Resolves a game in the catalog for {@code players} players: the default state is then the metadata's
     * {@code default_player_state[players - 1]} where it lists one, as stable-retro chooses it.
     */
    public static Integration open(RetroCatalog catalog, String game, String state, String scenario, String info,
            int players) {
        if (catalog.find(game, "rom.sha") == null) {
            List<String> near = EnvIds.closest(game, catalog.games(), 3);
            throw new RetroException("unknown Retro game '" + game + "'" + (near.isEmpty() ? "" : "; closest: " + near)
                    + "; integrations are looked up in " + catalog.roots());
        }
        Path rom = catalog.rom(game);
        if (rom == null) {
            throw new RetroException(missingRom(game));
        }
        SystemSpec system = catalog.systemOf(rom);
        byte[] romBytes = read(rom);
        checkSha(catalog, game, system, rom, romBytes);
        GameData data = GameData.parse(json(file(catalog, game, info == null ? "data" : info)), game + " " + info);
        Path scenarioFile = file(catalog, game, scenario == null ? "scenario" : scenario);
        Scenario rules = Scenario.parse(json(scenarioFile), game + " " + scenarioFile.getFileName(),
                scenarioFile.toAbsolutePath().getParent());
        rules.variablesUsed().forEach(data::variable);
        String stateName = state == null || state.equals(DEFAULT_STATE) ? defaultState(catalog, game, players)
                : state.equals(NO_STATE) ? null : state;
        byte[] initial = stateName == null ? null : loadState(catalog, game, stateName);
        return new Integration(game, system, rom, romBytes, data, rules, stateName, initial);
    }

    /** The one-line error for a game whose ROM is not imported. */
    public static String missingRom(String game) {
        return "the ROM of " + game + " is not imported; run `jgym retro import DIR` on a folder holding a dump whose "
                + "SHA-1 is listed in its rom.sha (ROMs are stored in " + RetroPaths.importHome() + ")";
    }

    private static Path file(RetroCatalog catalog, String game, String name) {
        String file = name.endsWith(".json") ? name : name + ".json";
        Path p = catalog.find(game, file);
        if (p == null) {
            throw new RetroException(game + " has no " + file + " in " + catalog.roots());
        }
        return p;
    }

    private static String defaultState(RetroCatalog catalog, String game, int players) {
        Path meta = catalog.find(game, "metadata.json");
        if (meta == null) {
            return null;
        }
        try {
            JsonObject m = JsonParser.parseString(Files.readString(meta)).getAsJsonObject();
            JsonElement perPlayer = m.get("default_player_state");
            if (perPlayer != null && perPlayer.isJsonArray() && players <= perPlayer.getAsJsonArray().size()) {
                return perPlayer.getAsJsonArray().get(players - 1).getAsString();
            }
            JsonElement d = m.get("default_state");
            return d == null || d.isJsonNull() ? null : d.getAsString();
        } catch (IOException | RuntimeException e) {
            return null; // stable-retro ignores an unreadable metadata.json
        }
    }

    /** The gunzipped bytes of a state file. */
    static byte[] loadState(RetroCatalog catalog, String game, String name) {
        String file = name.endsWith(".state") ? name : name + ".state";
        Path p = catalog.find(game, file);
        if (p == null) {
            throw new RetroException("unknown state '" + name + "' of " + game + "; its states: "
                    + catalog.states(game) + " (or NONE for power-on)");
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new RetroException("state file " + p + " is corrupt (not a complete gzip stream: " + e.getMessage()
                    + ")", e);
        }
    }

    private static void checkSha(RetroCatalog catalog, String game, SystemSpec system, Path rom, byte[] bytes) {
        List<String> known;
        try {
            known = Files.readAllLines(catalog.find(game, "rom.sha")).stream().map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new RetroException("could not read rom.sha of " + game + ": " + e.getMessage(), e);
        }
        String sha = sha1(bytes, system.name().equals("Nes") ? 16 : 0);
        if (!known.contains(sha)) {
            throw new RetroException("ROM " + rom + " has SHA-1 " + sha + ", which is not one of the dumps " + game
                    + " was made for " + known + "; import a matching dump with `jgym retro import DIR`");
        }
    }

    /** The hex SHA-1 of {@code bytes} from {@code offset} on. */
    public static String sha1(byte[] bytes, int offset) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-1");
            md.update(bytes, Math.min(offset, bytes.length), Math.max(0, bytes.length - offset));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new RetroException("could not read " + p + ": " + e.getMessage(), e);
        }
    }

    private static JsonObject json(Path p) {
        try {
            return JsonParser.parseString(Files.readString(p)).getAsJsonObject();
        } catch (IOException | RuntimeException e) {
            throw new RetroException(p + " is not a JSON object: " + e.getMessage(), e);
        }
    }
}

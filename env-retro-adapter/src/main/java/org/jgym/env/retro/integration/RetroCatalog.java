package org.jgym.env.retro.integration;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jgym.env.retro.RetroException;

/**
 * The systems (from core info files) and integration roots the adapter knows. A game's files are looked up root by
 * root, first match wins, as stable-retro resolves them: a ROM imported into the user folder is used with the
 * data.json and states of the stable-retro package.
 */
public final class RetroCatalog {
    private static RetroCatalog defaultCatalog;

    private final List<Path> roots;
    private final Map<String, SystemSpec> systems = new LinkedHashMap<>();
    private final Map<String, SystemSpec> byExtension = new LinkedHashMap<>();

    /** A catalog over the given roots, with the systems described by the core info files in {@code coreInfoDirs}. */
    public RetroCatalog(List<Path> roots, List<Path> coreInfoDirs) {
        this.roots = List.copyOf(roots);
        for (Path dir : coreInfoDirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
                for (Path f : files) {
                    JsonObject info = JsonParser.parseString(Files.readString(f)).getAsJsonObject();
                    for (Map.Entry<String, JsonElement> e : info.entrySet()) {
                        SystemSpec s = SystemSpec.parse(e.getKey(), e.getValue().getAsJsonObject());
                        systems.putIfAbsent(s.name(), s);
                        s.extensions().forEach(x -> byExtension.putIfAbsent(x, systems.get(s.name())));
                    }
                }
            } catch (IOException | RuntimeException e) {
                throw new RetroException("could not read core info files in " + dir + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * The catalog of this process: roots {@code extraRoot} (if not null), {@code JGYM_RETRO_DATA}, the import folder
     * and stable-retro's {@code data/stable}; systems from stable-retro's (and {@code JGYM_RETRO_CORES}') core info.
     */
    public static synchronized RetroCatalog standard(Path extraRoot) {
        if (extraRoot == null && defaultCatalog != null) {
            return defaultCatalog;
        }
        List<Path> roots = new ArrayList<>();
        if (extraRoot != null) {
            roots.add(extraRoot);
        }
        roots.addAll(RetroPaths.userRoots());
        roots.add(RetroPaths.importHome());
        Path pkg = RetroPaths.stableRetro();
        if (pkg != null) {
            roots.add(pkg.resolve("data").resolve("stable"));
        }
        RetroCatalog c = new RetroCatalog(roots, RetroPaths.coreDirs());
        if (extraRoot == null) {
            defaultCatalog = c;
        }
        return c;
    }

    public List<Path> roots() {
        return roots;
    }

    public Map<String, SystemSpec> systems() {
        return systems;
    }

    /** The first existing {@code root/game/file}, or null. */
    public Path find(String game, String file) {
        Path f = Path.of(file);
        if (f.isAbsolute()) {
            return Files.isRegularFile(f) ? f : null;
        }
        for (Path root : roots) {
            Path p = root.resolve(game).resolve(file);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    /** Names of every integration (a folder with {@code rom.sha}) in the roots, sorted. */
    public List<String> games() {
        TreeSet<String> names = new TreeSet<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, Files::isDirectory)) {
                for (Path d : dirs) {
                    if (Files.isRegularFile(d.resolve("rom.sha"))) {
                        names.add(d.getFileName().toString());
                    }
                }
            } catch (IOException e) {
                throw new RetroException("could not list integrations in " + root + ": " + e.getMessage(), e);
            }
        }
        return new ArrayList<>(names);
    }

    /** The game's ROM ({@code rom.<ext>} of a known system), or null when it has not been imported. */
    public Path rom(String game) {
        for (String ext : byExtension.keySet()) {
            Path p = find(game, "rom." + ext);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /** The system whose core runs a ROM, from its extension. */
    public SystemSpec systemOf(Path rom) {
        String name = rom.getFileName().toString();
        int dot = name.lastIndexOf('.');
        SystemSpec s = dot < 0 ? null : byExtension.get(name.substring(dot + 1));
        if (s == null) {
            throw new RetroException("no known system runs " + rom + "; known ROM extensions: " + byExtension.keySet());
        }
        return s;
    }

    /** The system a game folder name ends with ({@code Airstriker-Genesis-v0} is Genesis), or null. */
    public SystemSpec systemOfGame(String game) {
        String base = game.replaceFirst("-v\\d+$", "");
        return systems.get(base.substring(base.lastIndexOf('-') + 1));
    }

    /** The game's state names (files {@code *.state} not starting with {@code _}), sorted. */
    public List<String> states(String game) {
        TreeSet<String> names = new TreeSet<>();
        for (Path root : roots) {
            Path dir = root.resolve(game);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.state")) {
                for (Path f : files) {
                    String n = f.getFileName().toString();
                    if (!n.startsWith("_")) {
                        names.add(n.substring(0, n.length() - ".state".length()));
                    }
                }
            } catch (IOException e) {
                throw new RetroException("could not list states in " + dir + ": " + e.getMessage(), e);
            }
        }
        return new ArrayList<>(names);
    }

    /** The core library for a system: {@code corePath} when given, else the first core folder that has it. */
    public Path core(SystemSpec system, Path corePath) {
        if (corePath != null) {
            if (!Files.isRegularFile(corePath)) {
                throw new RetroException("core not found: " + corePath);
            }
            return corePath;
        }
        List<Path> dirs = RetroPaths.coreDirs();
        for (Path dir : dirs) {
            Path p = dir.resolve(system.libraryFile());
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new RetroException("no libretro core " + system.libraryFile() + " for " + system.name() + " in " + dirs
                + "; install stable-retro into .venv (bash bridge/python/setup_venv.sh) or pass the kwarg core");
    }
}

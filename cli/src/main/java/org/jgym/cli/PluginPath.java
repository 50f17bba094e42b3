package org.jgym.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Checks the plugin class path the launcher built: every {@code JGYM_PLUGINS} entry must exist, and a jar both in
 * {@code plugins/} and in {@code JGYM_PLUGINS} is loaded from {@code plugins/} only (it comes first on the path).
 */
final class PluginPath {
    private PluginPath() {
    }

    /** One line per problem; empty when the path is fine. */
    static List<String> warnings(String jgymPlugins, Path pluginsDir) {
        List<String> out = new ArrayList<>();
        Map<String, Path> inPluginsDir = new TreeMap<>();
        if (pluginsDir != null && Files.isDirectory(pluginsDir)) {
            try (Stream<Path> jars = Files.list(pluginsDir)) {
                jars.filter(p -> p.toString().endsWith(".jar")).forEach(p -> inPluginsDir.put(p.getFileName().toString(), p));
            } catch (IOException e) {
                out.add("cannot list " + pluginsDir + ": " + e.getMessage());
            }
        }
        if (jgymPlugins == null) {
            return out;
        }
        for (String entry : jgymPlugins.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path path = Path.of(entry.endsWith("*") ? entry.substring(0, entry.length() - 1) : entry);
            if (!Files.exists(path)) {
                out.add("JGYM_PLUGINS entry " + entry + " does not exist; its plugins are not loaded");
                continue;
            }
            Path twin = path.getFileName() == null ? null : inPluginsDir.get(path.getFileName().toString());
            if (twin != null && !sameFile(twin, path)) {
                out.add(path.getFileName() + " is both in " + pluginsDir + " and in JGYM_PLUGINS (" + entry
                        + "); the copy in " + pluginsDir + " is loaded, the other is ignored");
            }
        }
        return out;
    }

    /** The launcher's path: {@code -Djgym.home} and the {@code JGYM_PLUGINS} environment variable. */
    static List<String> warningsOfThisRun() {
        String home = System.getProperty("jgym.home");
        return warnings(System.getenv("JGYM_PLUGINS"), home == null ? null : Path.of(home, "plugins"));
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}

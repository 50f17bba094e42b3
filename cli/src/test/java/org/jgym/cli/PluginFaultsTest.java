package org.jgym.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken plugin or plugin path costs one warning line; every other env still works. */
class PluginFaultsTest {
    @TempDir
    Path dir;

    @Test
    void aServicesEntryWithoutItsClassIsSkippedWithOneWarningAndBuiltInsStillWork() throws Exception {
        Path bad = dir.resolve("broken-plugin.jar");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(bad))) {
            jar.putNextEntry(new JarEntry("META-INF/services/org.jgym.env.api.registry.EnvProvider"));
            jar.write("com.example.Missing\n".getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        CliRun r = CliProcess.run(List.of(bad), Map.of(), "list", "--json");
        assertEquals(0, r.exitCode(), r.err());
        List<String> errLines = r.err().lines().toList();
        assertEquals(1, errLines.size(), r.err());
        assertTrue(errLines.get(0).startsWith("jgym: warning: skipped plugin provider com.example.Missing in ")
                && errLines.get(0).contains("broken-plugin.jar"), errLines.get(0));
        assertTrue(r.json().getAsJsonArray("envs").toString().contains("Navigation2D-v0"), r.out());
    }

    @Test
    void missingAndDuplicatedPluginPathEntriesAreWarned() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Files.writeString(plugins.resolve("corridor.jar"), "");
        Path other = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(other.resolve("corridor.jar"), "");
        String missing = dir.resolve("nope.jar").toString();
        List<String> warnings = PluginPath.warnings(missing + File.pathSeparator + other.resolve("corridor.jar"), plugins);
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains(missing) && warnings.get(0).contains("does not exist"), warnings.get(0));
        assertTrue(warnings.get(1).contains("corridor.jar") && warnings.get(1).contains(plugins.toString()),
                warnings.get(1));
        assertEquals(List.of(), PluginPath.warnings(plugins.resolve("corridor.jar").toString(), plugins),
                "the plugins/ jar itself named again is fine");
        assertEquals(List.of(), PluginPath.warnings(null, dir.resolve("absent")));
    }

    @Test
    void theLauncherPathWarningsReachStandardError() throws Exception {
        CliRun r = CliProcess.run(List.of(), Map.of("JGYM_PLUGINS", dir.resolve("gone.jar").toString()), "list");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("jgym: warning: JGYM_PLUGINS entry " + dir.resolve("gone.jar")
                + " does not exist; its plugins are not loaded", r.err().strip());
    }
}

package org.jgym.env.retro.integration;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the adapter finds things: the installed stable-retro package (cores and integrations), Debian's libretro
 * cores, the user's integration folders ({@code JGYM_RETRO_DATA}, colon-separated) and the folder where
 * {@code jgym retro import} stores ROMs ({@code JGYM_RETRO_HOME}, default {@code ~/.local/share/jgym/retro}).
 *
 * <p>stable-retro is looked up from {@code JGYM_STABLE_RETRO} (the package folder), the active virtual environment,
 * then a {@code .venv} in the working directory, the jar's folder or their parents.
 */
public final class RetroPaths {
    /** Debian's folder of libretro cores. */
    public static final Path DEBIAN_CORES = Path.of("/usr/lib/x86_64-linux-gnu/libretro");

    private RetroPaths() {
    }

    /** The installed {@code stable_retro} package folder, or null when none is found. */
    public static Path stableRetro() {
        String explicit = System.getenv("JGYM_STABLE_RETRO");
        if (explicit != null && !explicit.isBlank()) {
            return Files.isDirectory(Path.of(explicit)) ? Path.of(explicit) : null;
        }
        Set<Path> venvs = new LinkedHashSet<>();
        String active = System.getenv("VIRTUAL_ENV");
        if (active != null && !active.isBlank()) {
            venvs.add(Path.of(active));
        }
        List<Path> starts = new ArrayList<>();
        starts.add(Path.of("").toAbsolutePath());
        String home = System.getenv("JGYM_HOME");
        if (home != null && !home.isBlank()) {
            starts.add(0, Path.of(home).toAbsolutePath());
        }
        try {
            starts.add(Path.of(RetroPaths.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (Exception ignored) {
            // no code source: only the working directory is searched
        }
        for (Path start : starts) {
            for (Path p = start; p != null; p = p.getParent()) {
                venvs.add(p.resolve(".venv"));
            }
        }
        for (Path venv : venvs) {
            Path lib = venv.resolve("lib");
            if (!Files.isDirectory(lib)) {
                continue;
            }
            try (DirectoryStream<Path> pythons = Files.newDirectoryStream(lib, "python3*")) {
                for (Path py : pythons) {
                    Path pkg = py.resolve("site-packages").resolve("stable_retro");
                    if (Files.isDirectory(pkg.resolve("cores"))) {
                        return pkg;
                    }
                }
            } catch (IOException ignored) {
                // unreadable folder: keep looking
            }
        }
        return null;
    }

    /** The user folder where imported ROMs are stored, next to their integration's name. */
    public static Path importHome() {
        String home = System.getenv("JGYM_RETRO_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home);
        }
        return Path.of(System.getProperty("user.home"), ".local", "share", "jgym", "retro");
    }

    /** Integration roots from {@code JGYM_RETRO_DATA} (colon-separated folders of game folders). */
    public static List<Path> userRoots() {
        List<Path> roots = new ArrayList<>();
        String env = System.getenv("JGYM_RETRO_DATA");
        if (env != null) {
            for (String part : env.split(java.io.File.pathSeparator)) {
                if (!part.isBlank()) {
                    roots.add(Path.of(part));
                }
            }
        }
        return roots;
    }

    /** Folders that hold core libraries, in search order: JGYM_RETRO_CORES, stable-retro's, Debian's. */
    public static List<Path> coreDirs() {
        List<Path> dirs = new ArrayList<>();
        String env = System.getenv("JGYM_RETRO_CORES");
        if (env != null && !env.isBlank()) {
            dirs.add(Path.of(env));
        }
        Path pkg = stableRetro();
        if (pkg != null) {
            dirs.add(pkg.resolve("cores"));
        }
        dirs.add(DEBIAN_CORES);
        return dirs;
    }
}

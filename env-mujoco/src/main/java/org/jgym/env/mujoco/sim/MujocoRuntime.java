package org.jgym.env.mujoco.sim;

import com.sun.jna.Library;
import com.sun.jna.NativeLibrary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jgym.env.mujoco.MujocoException;
import org.jgym.env.mujoco.bind.MujocoLib;

/**
 * Finds, opens and checks the MuJoCo C library once per JVM.
 *
 * <p>The library is {@code libmujoco.so.4.0.0} of the pinned {@code mujoco} PyPI package: the file named by the
 * environment variable {@value #LIBRARY_VARIABLE} (or the system property {@value #LIBRARY_PROPERTY}), else the one
 * in the project's {@code .venv}, searched upward from the working directory and from this jar's location. Opening
 * checks {@code mj_version()} against the version the bindings were generated from and installs the error guard.
 * When the library is missing every call fails with one line saying how to install it.
 */
public final class MujocoRuntime {
    /** Environment variable naming the MuJoCo library file. */
    public static final String LIBRARY_VARIABLE = "JGYM_MUJOCO_LIB";
    /** System property naming the MuJoCo library file (wins over the environment variable). */
    public static final String LIBRARY_PROPERTY = "jgym.mujoco.lib";
    /** The library file name of the pinned version. */
    public static final String LIBRARY_FILE = "libmujoco.so.4.0.0";
    private static final int RTLD_NOW_GLOBAL = 0x2 | 0x100;

    private static Path loaded;
    /** Held for the life of the JVM, so that JNA never closes MuJoCo under live models. */
    private static NativeLibrary library;
    private static String failure;

    private MujocoRuntime() {
    }

    /**
     * Opens MuJoCo on first use; later calls return at once.
     *
     * @return the library file in use
     * @throws MujocoException saying how to install MuJoCo when it is missing or of another version
     */
    public static synchronized Path ensureLoaded() {
        if (loaded != null) {
            return loaded;
        }
        if (failure != null) {
            throw new MujocoException(failure);
        }
        try {
            Path file = locate();
            NativeLibrary lib = NativeLibrary.getInstance(file.toString(),
                    Map.of(Library.OPTION_OPEN_FLAGS, RTLD_NOW_GLOBAL));
            MujocoLib.register(lib);
            int version = MujocoLib.mj_version();
            if (version != MujocoLib.GENERATED_VERSION) {
                throw new MujocoException("MuJoCo at " + file + " reports version " + version
                        + " but jgym's bindings were generated for " + MujocoLib.GENERATED_VERSION
                        + "; install the pinned one with: bash bridge/python/setup_venv.sh");
            }
            try {
                Guard.register();
            } catch (UnsatisfiedLinkError e) {
                throw new MujocoException("env-mujoco's C guard (libjgymmujocoguard.so) is missing or cannot load ("
                        + e.getMessage() + "); it is compiled by the build with gcc: install gcc (scripts/install-native)"
                        + " and rebuild");
            }
            library = lib;
            loaded = file;
            return loaded;
        } catch (MujocoException e) {
            failure = e.getMessage();
            throw e;
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            failure = "MuJoCo could not be opened: " + e.getMessage()
                    + "; install it with: bash bridge/python/setup_venv.sh";
            throw new MujocoException(failure);
        }
    }

    /** True when MuJoCo is (or can be) loaded, without throwing. */
    public static boolean isAvailable() {
        try {
            ensureLoaded();
            return true;
        } catch (MujocoException e) {
            return false;
        }
    }

    private static Path locate() {
        String named = System.getProperty(LIBRARY_PROPERTY, System.getenv(LIBRARY_VARIABLE));
        if (named != null && !named.isBlank()) {
            Path path = Paths.get(named);
            if (Files.isDirectory(path)) {
                path = path.resolve(LIBRARY_FILE);
            }
            if (!Files.isRegularFile(path)) {
                throw new MujocoException(LIBRARY_VARIABLE + " names " + named + ", which is not a file; point it at "
                        + LIBRARY_FILE + " or unset it to use the project's .venv (bash bridge/python/setup_venv.sh)");
            }
            return path;
        }
        List<Path> starts = new ArrayList<>();
        starts.add(Paths.get("").toAbsolutePath());
        try {
            starts.add(Paths.get(MujocoRuntime.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (Exception e) {
            // no code source (e.g. a custom class loader): the working directory alone is searched
        }
        for (Path start : starts) {
            for (Path dir = start; dir != null; dir = dir.getParent()) {
                Path found = inVenv(dir.resolve(".venv"));
                if (found != null) {
                    return found;
                }
            }
        }
        throw new MujocoException("MuJoCo library not found (no " + LIBRARY_FILE + " in a .venv above "
                + starts.get(0) + ", and " + LIBRARY_VARIABLE + " is unset); install it with: "
                + "bash bridge/python/setup_venv.sh");
    }

    private static Path inVenv(Path venv) {
        Path lib = venv.resolve("lib");
        if (!Files.isDirectory(lib)) {
            return null;
        }
        try (DirectoryStream<Path> pythons = Files.newDirectoryStream(lib, "python3*")) {
            for (Path python : pythons) {
                Path candidate = python.resolve("site-packages/mujoco").resolve(LIBRARY_FILE);
                if (Files.isRegularFile(candidate)) {
                    return candidate;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }
}

package org.jgym.env.retro;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import org.jgym.env.retro.integration.RetroPaths;

/** Paths of the free Airstriker ROM and the Genesis core inside the installed stable-retro package. */
final class Airstriker {
    static final String ID = "Airstriker-Genesis-v0";

    private Airstriker() {
    }

    static Path stableRetro() {
        Path pkg = RetroPaths.stableRetro();
        assertNotNull(pkg, "stable-retro is not installed in .venv; run: bash bridge/python/setup_venv.sh");
        return pkg;
    }

    static Path core() {
        return stableRetro().resolve("cores").resolve("genesis_plus_gx_libretro.so");
    }

    static Path gameDir() {
        return stableRetro().resolve("data").resolve("stable").resolve(ID);
    }

    static Path rom() {
        return gameDir().resolve("rom.md");
    }
}

package org.jgym.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jgym.env.api.Env;
import org.jgym.env.api.registry.Gym;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jgym retro playback}: a movie the Retro adapter recorded, and a file that is not a movie. */
class RetroPlaybackCommandTest {
    @Test
    void playsARecordedMovieAndRendersItsLastScreen(@TempDir Path dir) throws Exception {
        try (Env<Object, Object> env = Gym.make("Airstriker-Genesis-v0", Map.of("state", "Level1", "record",
                dir.toString()))) {
            env.reset();
            for (int t = 0; t < 20; t++) {
                env.step(new byte[] {1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0});
            }
        }
        Path png = dir.resolve("last.png");
        CliRun r = CliRun.of("retro", "playback", dir.resolve("Airstriker-Genesis-v0-Level1-000000.bk2").toString(),
                "--render", png.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Airstriker-Genesis-v0: 21 frames (20 steps after the reset)"), r.out());
        assertEquals(320, ImageIO.read(png.toFile()).getWidth());
    }

    @Test
    void aFileThatIsNotAMovieIsOneLine(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("x.bk2"), "hello");
        CliRun r = CliRun.of("retro", "playback", text.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("is not a .bk2 movie"), r.err());
        assertFalse(r.err().strip().contains("\n"), r.err());
    }
}

package org.jgym.env.mujoco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.jgym.env.api.registry.Gym;
import org.jgym.env.mujoco.sim.MujocoRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without MuJoCo the ids stay listed, make() fails with one line saying how to install, and the JVM goes on. */
class MissingLibraryTest {
    @TempDir
    Path dir;

    /** Run in a child JVM whose JGYM_MUJOCO_LIB names a folder without the library. */
    public static void main(String[] args) {
        System.out.println("listed " + Gym.registry().specs().stream().anyMatch(s -> s.id().equals("HalfCheetah-v5")));
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                Gym.make("HalfCheetah-v5");
                System.out.println("made");
            } catch (MujocoException e) {
                System.out.println("error " + e.getMessage());
            }
        }
        System.out.println("alive");
    }

    @Test
    void missingLibraryGivesOneClearLine() throws Exception {
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                MissingLibraryTest.class.getName()).redirectErrorStream(true);
        pb.environment().put(MujocoRuntime.LIBRARY_VARIABLE, dir.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        String[] lines = out.strip().split("\n");
        assertEquals("listed true", lines[0], out);
        String expected = "error JGYM_MUJOCO_LIB names " + dir + ", which is not a file; point it at libmujoco.so.4.0.0"
                + " or unset it to use the project's .venv (bash bridge/python/setup_venv.sh)";
        assertEquals(expected, lines[1], out);
        assertEquals(expected, lines[2], out);
        assertEquals("alive", lines[3], out);
        assertTrue(lines.length == 4, out);
    }
}

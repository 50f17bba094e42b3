package org.jgym.env.mujoco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.Map;
import org.jgym.env.api.Env;
import org.jgym.env.api.registry.Gym;
import org.junit.jupiter.api.Test;

/** Without EGL, render() fails with one line saying what to install, and stepping goes on. */
class NoGlTest {
    /** Run in a child JVM whose EGL library name points nowhere. */
    public static void main(String[] args) {
        try (Env<double[], float[]> env = Gym.make("HalfCheetah-v5", Map.of("render_mode", "rgb_array"))) {
            env.reset(0);
            try {
                env.render();
                System.out.println("rendered");
            } catch (MujocoException e) {
                System.out.println("error " + e.getMessage());
            }
            System.out.println("stepped " + env.step(new float[6]).observation().length);
        }
    }

    @Test
    void renderFailsClearlyAndSteppingGoesOn() throws Exception {
        Process p = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djgym.egl.library=/nonexistent/libEGL.so.1", "-cp", System.getProperty("java.class.path"),
                NoGlTest.class.getName()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        String[] lines = out.strip().split("\n");
        assertEquals(2, lines.length, out);
        assertTrue(lines[0].startsWith("error HalfCheetah-v5: rgb_array rendering needs headless OpenGL through EGL,"
                + " which failed (libEGL not found"), out);
        assertTrue(lines[0].endsWith("install it with scripts/install-native (Debian: libegl1 libegl-mesa0"
                + " libgl1-mesa-dri); stepping works without it"), out);
        assertEquals("stepped 17", lines[1], out);
    }
}

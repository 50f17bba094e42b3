package org.jgym.env.mujoco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jgym.env.api.Env;
import org.jgym.env.api.RgbFrame;
import org.jgym.env.api.registry.Gym;
import org.junit.jupiter.api.Test;

/** rgb_array frames through headless EGL on the one render thread, from envs on any thread. */
class RenderTest {
    @Test
    void rendersGymnasiumSizedFramesThatShowTheRobot() throws Exception {
        try (Env<double[], float[]> env = Gym.make("HalfCheetah-v5", Map.of("render_mode", "rgb_array"))) {
            env.reset(0);
            RgbFrame first = (RgbFrame) env.render();
            assertEquals(480, first.height());
            assertEquals(480, first.width());
            assertTrue(distinctColours(first) > 20, "a blank frame");
            for (int i = 0; i < 20; i++) {
                env.step(new float[] {1, -1, 1, -1, 1, -1});
            }
            // another thread renders the same env: the GL work still happens on the render thread
            RgbFrame later = CompletableFuture.supplyAsync(() -> (RgbFrame) env.render()).get();
            assertNotEquals(Arrays.hashCode(first.rgb()), Arrays.hashCode(later.rgb()), "the robot moved");
        }
    }

    @Test
    void customSizeAndAntAndTaskEnvs() {
        for (String id : new String[] {"Ant-v5", "AntGoal-v0", "HalfCheetahVel-v0"}) {
            try (Env<?, ?> env = Gym.make(id, Map.of("render_mode", "rgb_array", "width", 64, "height", 48))) {
                env.reset(1L, Map.of());
                RgbFrame frame = (RgbFrame) env.render();
                assertEquals(48, frame.height(), id);
                assertEquals(64, frame.width(), id);
            }
        }
    }

    @Test
    void newContextsAfterGarbageCollection() throws Exception {
        // regression: JNA closed libEGL once its proxy was collected, unloading Mesa under MuJoCo's GL pointers
        for (int round = 0; round < 3; round++) {
            try (Env<double[], float[]> env = Gym.make("HalfCheetah-v5", Map.of("render_mode", "rgb_array",
                    "width", 32, "height", 32))) {
                env.reset(round);
                assertEquals(32, ((RgbFrame) env.render()).width());
            }
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(50);
            }
        }
    }

    static long distinctColours(RgbFrame frame) {
        byte[] rgb = frame.rgb();
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int i = 0; i < rgb.length; i += 3 * 37) {
            colours.add(((rgb[i] & 0xff) << 16) | ((rgb[i + 1] & 0xff) << 8) | (rgb[i + 2] & 0xff));
        }
        return colours.size();
    }
}

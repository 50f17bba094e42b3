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

    @Test
    void defaultFreeCameraStaysWhereGymnasiumsDoesAndTheTrackCameraFollowsTheRobot() {
        for (String id : new String[] {"HalfCheetah-v5", "Ant-v5", "HalfCheetahDir-v0", "AntGoal-v0"}) {
            RobotPixels start = robotAfterMoving(id, null, 0);
            assertTrue(start.count > 100 && Math.abs(start.centreX - 0.5) < 0.15, id + " starts in view: " + start);
            RobotPixels free = robotAfterMoving(id, null, 5);
            assertTrue(free.count < start.count / 4, id + ": the free camera does not follow (Gymnasium's default): "
                    + free + " vs " + start);
            RobotPixels tracked = robotAfterMoving(id, "track", 5);
            assertTrue(tracked.count > 100 && Math.abs(tracked.centreX - 0.5) < 0.1,
                    id + ": camera_name=track keeps the robot in the middle: " + tracked);
        }
    }

    @Test
    void badCameraKwargsAreOneLine() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.jgym.env.api.InvalidKwargsException.class,
                () -> Gym.make("HalfCheetah-v5", Map.of("camera_name", "side")));
        assertEquals("HalfCheetah-v5: the model has no camera named 'side' (cameras: track)", e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(org.jgym.env.api.InvalidKwargsException.class,
                () -> Gym.make("Ant-v5", Map.of("camera_id", 3)));
        assertEquals("Ant-v5: camera_id must be an integer in [-1, 0] (-1 = free camera), got 3", e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(org.jgym.env.api.InvalidKwargsException.class,
                () -> Gym.make("Ant-v5", Map.of("camera_id", 0, "camera_name", "track")));
        assertEquals("Ant-v5: give camera_id or camera_name, not both", e.getMessage());
    }

    /** Where the robot (orange-brown pixels; the floor is black and pale green) is after the x position moved. */
    private static RobotPixels robotAfterMoving(String id, String cameraName, double dx) {
        Map<String, Object> kwargs = new java.util.HashMap<>(Map.of("render_mode", "rgb_array", "width", 160,
                "height", 160));
        if (cameraName != null) kwargs.put("camera_name", cameraName);
        try (Env<?, ?> env = Gym.make(id, kwargs)) {
            env.reset(0L, Map.of());
            env.render();  // the free camera aims at the first rendered state, as Gymnasium's
            double[] qpos = MujocoEnvAccess.qpos(env);
            qpos[0] += dx;
            env.reset(0L, Map.of("qpos", qpos, "qvel", new double[MujocoEnvAccess.nv(env)]));
            RgbFrame frame = (RgbFrame) env.render();
            byte[] rgb = frame.rgb();
            long count = 0;
            double sumX = 0;
            for (int p = 0; p < frame.width() * frame.height(); p++) {
                int r = rgb[3 * p] & 0xff;
                int g = rgb[3 * p + 1] & 0xff;
                int b = rgb[3 * p + 2] & 0xff;
                if (r > g + 25 && r > b + 50) {
                    count++;
                    sumX += (p % frame.width()) / (double) frame.width();
                }
            }
            return new RobotPixels(count, count == 0 ? Double.NaN : sumX / count);
        }
    }

    private record RobotPixels(long count, double centreX) {
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

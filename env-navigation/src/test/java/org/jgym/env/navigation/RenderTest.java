package org.jgym.env.navigation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.jgym.env.api.AnsiFrame;
import org.jgym.env.api.Env;
import org.jgym.env.api.RgbFrame;
import org.jgym.env.api.registry.Registry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderTest {
    private final Registry registry = Registry.load(getClass().getClassLoader());

    @Test
    void navigation2DFramesChangeWhenTheAgentMoves(@TempDir Path dir) throws Exception {
        try (Env<float[], float[]> env = registry.make("Navigation2D-v0", Map.of("render_mode", "rgb_array"))) {
            env.reset(0);
            RgbFrame before = (RgbFrame) env.render();
            assertEquals(400, before.height());
            assertEquals(400, before.width());
            env.step(new float[] {0.1f, 0.1f});
            env.step(new float[] {0.1f, -0.1f});
            RgbFrame after = (RgbFrame) env.render();
            assertFalse(Arrays.equals(before.rgb(), after.rgb()));
            Path png = dir.resolve("nav2d.png");
            after.writePng(png);
            assertTrue(Files.size(png) > 0);
        }
    }

    @Test
    void obstacleNavigationFramesChangeWhenTheAgentMoves() {
        try (Env<float[], Integer> env = registry.make("ObstacleNavigation-v0",
                Map.of("render_mode", "rgb_array", "obstacles", "hard"))) {
            env.reset(0);
            RgbFrame before = (RgbFrame) env.render();
            assertEquals(400 * 400 * 3, before.rgb().length);
            env.step(5);
            RgbFrame after = (RgbFrame) env.render();
            assertFalse(Arrays.equals(before.rgb(), after.rgb()));
        }
    }

    @Test
    void obstacleLayoutsDrawDifferently() {
        ObstacleNavigationEnv easy = new ObstacleNavigationEnv(ObstacleLayout.EASY,
                ObstacleNavigationEnv.ObservationMode.POSITION_TARGET, ObstacleTargets.Kind.UNIFORM, "rgb_array");
        ObstacleNavigationEnv medium = new ObstacleNavigationEnv(ObstacleLayout.MEDIUM,
                ObstacleNavigationEnv.ObservationMode.POSITION_TARGET, ObstacleTargets.Kind.UNIFORM, "rgb_array");
        easy.reset(1);
        medium.reset(1);
        assertEquals(easy.goal(), medium.goal());
        assertFalse(Arrays.equals(((RgbFrame) easy.render()).rgb(), ((RgbFrame) medium.render()).rgb()));
    }

    @Test
    void ansiFramesShowAgentTargetAndObstacles() {
        ObstacleNavigationEnv env = new ObstacleNavigationEnv(ObstacleLayout.MEDIUM,
                ObstacleNavigationEnv.ObservationMode.POSITION, ObstacleTargets.Kind.UNIFORM, "ansi");
        env.setTask(new Goal(2, 2));
        env.reset(0);
        String text = assertInstanceOf(AnsiFrame.class, env.render()).text();
        assertTrue(text.contains("A") && text.contains("T") && text.contains("#"), text);
        assertTrue(text.contains("target (2.0, 2.0)"), text);

        Navigation2DEnv nav = new Navigation2DEnv(-0.5, 0.5, Navigation2DEnv.RewardForm.EUCLIDEAN, false, "ansi");
        nav.setTask(new Goal(0.25, 0));
        nav.reset(0);
        assertTrue(nav.render().toString().contains("distance 0.2500"), nav.render().toString());
    }

    @Test
    void noRenderModeRendersNothing() {
        try (Env<float[], float[]> env = registry.make("Navigation2D-v0")) {
            env.reset(0);
            assertNull(env.render());
            assertEquals(10, env.metadata().renderFps());
        }
    }
}

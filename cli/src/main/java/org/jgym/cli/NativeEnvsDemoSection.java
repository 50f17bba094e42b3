package org.jgym.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jgym.env.api.Env;
import org.jgym.env.api.EnvMetadata;
import org.jgym.env.api.JgymException;
import org.jgym.env.api.RgbFrame;
import org.jgym.env.api.agent.Agent;
import org.jgym.env.api.agent.EpisodeStats;
import org.jgym.env.api.agent.Rollouts;
import org.jgym.env.api.registry.EnvSpec;
import org.jgym.env.api.registry.Kwargs;
import org.jgym.env.api.registry.Registry;

/**
 * The rows of {@code jgym demo} for envs on native libraries (MuJoCo, a libretro core): one random episode each and
 * its last frame as a PNG. An env whose library or ROM is missing is skipped with the reason, which names the fix.
 */
final class NativeEnvsDemoSection {
    private static final List<String> IDS = List.of("HalfCheetah-v5", "Airstriker-Genesis-v0");
    /** Airstriker's random episodes run for thousands of frames; the demo shows a slice of one. */
    private static final int MAX_STEPS = 1000;

    private NativeEnvsDemoSection() {
    }

    static void run(Path out, long seed) {
        System.out.println();
        Registry registry = Registries.registry();
        for (String id : IDS) {
            Map<String, Object> kwargs =
                    Map.of(Kwargs.RENDER_MODE, EnvMetadata.RGB_ARRAY, EnvSpec.MAX_EPISODE_STEPS, MAX_STEPS);
            try (Env<Object, Object> env = registry.make(id, kwargs)) {
                Agent<Object, Object> agent = registry.makeAgent("random", env, seed, Map.of());
                EpisodeStats s = Rollouts.run(env, agent, 1, seed);
                Path png = out.resolve(id.replaceFirst("-v\\d+$", "").toLowerCase() + "-random.png");
                ((RgbFrame) env.render()).writePng(png);
                System.out.printf("%-22s %-7s return %10s  length %6.0f  %12s  %s%n", id, "random",
                        Output.number(s.meanReturn()), s.meanLength(), Output.rate(s.stepsPerSecond()), png);
            } catch (JgymException e) {
                System.out.println(id + ": skipped: " + e.getMessage());
            }
        }
    }
}

package org.jgym.cli;

import java.nio.file.Path;
import java.util.Map;
import org.jgym.env.api.Env;
import org.jgym.env.api.EnvMetadata;
import org.jgym.env.api.JgymException;
import org.jgym.env.api.RgbFrame;
import org.jgym.env.api.agent.Agent;
import org.jgym.env.api.agent.EpisodeStats;
import org.jgym.env.api.agent.Rollouts;
import org.jgym.env.api.registry.Kwargs;
import org.jgym.env.api.registry.Registry;

/** The MuJoCo row of {@code jgym demo}: one random HalfCheetah-v5 episode and its last frame as a PNG. */
final class MujocoDemoSection {
    private static final String ID = "HalfCheetah-v5";

    private MujocoDemoSection() {
    }

    static void run(Path out, long seed) {
        System.out.println();
        Registry registry = Registries.registry();
        try (Env<Object, Object> env = registry.make(ID, Map.of(Kwargs.RENDER_MODE, EnvMetadata.RGB_ARRAY))) {
            Agent<Object, Object> agent = registry.makeAgent("random", env, seed, Map.of());
            EpisodeStats s = Rollouts.run(env, agent, 1, seed);
            Path png = out.resolve("halfcheetah-random.png");
            ((RgbFrame) env.render()).writePng(png);
            System.out.printf("%-22s %-7s return %10s  length %6.0f  %12s  %s%n", ID, "random",
                    Output.number(s.meanReturn()), s.meanLength(), Output.rate(s.stepsPerSecond()), png);
        } catch (JgymException e) {
            System.out.println(ID + ": skipped: " + e.getMessage());
        }
    }
}

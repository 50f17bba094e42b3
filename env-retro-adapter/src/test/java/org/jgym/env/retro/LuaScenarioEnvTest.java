package org.jgym.env.retro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jgym.env.api.Env;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.registry.Gym;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lua scenarios in a running env (the free Airstriker game with a contest.json of its own), and the contest scenario
 * chosen by the preprocess kwarg as the Retro Contest chose it.
 */
class LuaScenarioEnvTest {
    @TempDir
    Path root;

    private void integration(String script) throws Exception {
        Path game = Files.createDirectories(root.resolve(Airstriker.ID));
        for (String f : List.of("rom.md", "rom.sha", "data.json", "scenario.json", "metadata.json", "Level1.state")) {
            Files.copy(Airstriker.gameDir().resolve(f), game.resolve(f));
        }
        Files.writeString(game.resolve("contest.json"), "{\"reward\": {\"script\": \"lua:reward\"}, \"done\": "
                + "{\"script\": \"lua:done\"}, \"scripts\": [\"script.lua\"]}");
        Files.writeString(game.resolve("script.lua"), script);
    }

    private static final String ONE_PER_FRAME = """
            data.frames = 0
            function reward() data.frames = data.frames + 1; return 1 end
            function done() return scenario.frame >= 9 end
            """;

    @Test
    void theScenarioKwargPicksTheLuaContestScenario() throws Exception {
        integration(ONE_PER_FRAME);
        try (Env<byte[], Object> env = Gym.make(Airstriker.ID, Map.of("data_root", root.toString(), "scenario",
                "contest"))) {
            env.reset();
            for (int frame = 1; frame <= 9; frame++) {
                StepResult<byte[]> r = env.step(new byte[12]);
                assertEquals(1.0, r.reward());
                assertEquals(frame == 9, r.terminated(), "frame " + frame);
                assertEquals((long) frame + 1, r.info().get("frames"), "the reset's update counts too");
            }
        }
    }

    @Test
    void contestPreprocessingUsesTheContestScenarioWhereTheGameHasOne() throws Exception {
        integration(ONE_PER_FRAME.replace("scenario.frame >= 9", "false"));
        try (Env<byte[], Object> contest = Gym.make(Airstriker.ID, Map.of("data_root", root.toString(),
                "preprocess", "contest84"));
                Env<byte[], Object> explicit = Gym.make(Airstriker.ID, Map.of("data_root", root.toString(),
                        "preprocess", "contest84", "scenario", "scenario"))) {
            contest.reset(42L);
            explicit.reset(42L);
            assertEquals(4 * 0.01, contest.step(0).reward(), 1e-12, "4 frames of the script's 1, scaled by 0.01");
            assertEquals(0.0, explicit.step(0).reward(), "scenario.json rewards score, none yet");
        }
        try (Env<byte[], Object> plain = Gym.make(Airstriker.ID, Map.of("data_root", root.toString()))) {
            plain.reset();
            assertEquals(0.0, plain.step(new byte[12]).reward(), "without preprocess the default is scenario.json");
        }
    }

    @Test
    void aScriptErrorIsARetroExceptionAndTheJvmKeepsServing() throws Exception {
        integration("function reward() return data.score + data.missing end\nfunction done() return false end");
        try (Env<byte[], Object> env = Gym.make(Airstriker.ID, Map.of("data_root", root.toString(), "scenario",
                "contest"))) {
            RetroException e = assertThrows(RetroException.class, env::reset);
            assertTrue(e.getMessage().contains("contest.json") && e.getMessage().contains("'reward'")
                    && e.getMessage().contains("script.lua") && e.getMessage().contains("data.missing"),
                    e.getMessage());
        }
        try (Env<byte[], Object> env = Gym.make(Airstriker.ID, Map.of("state", "Level1"))) {
            env.reset();
            assertEquals(224 * 320 * 3, env.step(new byte[12]).observation().length);
        }
    }
}

package org.jgym.env.retro.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgym.env.retro.RetroException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lua scenario scripts run as Gym Retro runs them: data and scenario tables, call order, restarts, errors. */
class LuaScenarioTest {
    @TempDir
    Path dir;

    /** RAM variables set by hand (deltas unused by scripts). */
    private final Map<String, Long> ram = new HashMap<>(Map.of("x", 0L, "lives", 3L, "zone", 1L));
    private final Scenario.Values values = new Scenario.Values() {
        @Override
        public long value(String name) {
            return ram.get(name);
        }

        @Override
        public long delta(String name) {
            return 0;
        }

        @Override
        public long byteAt(long address) {
            if (address >= 100) {
                throw new RetroException("Out of bounds access: no memory block holds address " + address);
            }
            return address * 2;
        }
    };

    private ScenarioRun run(String json, String script) throws IOException {
        Files.writeString(dir.resolve("script.lua"), script);
        Files.writeString(dir.resolve("contest.json"), json);
        Scenario s = Scenario.parse(JsonParser.parseString(json).getAsJsonObject(), "Game contest.json", dir);
        return new ScenarioRun(s, values, ram.keySet());
    }

    private static final String CONTEST = "{\"reward\": {\"script\": \"lua:contest_reward\"}, \"done\": {\"script\": "
            + "\"lua:contest_done\"}, \"scripts\": [\"script.lua\"]}";

    /** What Sonic's script does: a table by formatted key, fields stored in data (nil first), scenario.frame. */
    private static final String SONIC_LIKE = """
            level_max_x = { ["zone=1,act=0"] = 100 }
            function level_key() return string.format("zone=%d,act=%d", data.zone, 0) end
            function clip(v, lo, hi) if v < lo then return lo elseif v > hi then return hi else return v end end
            data.prev_lives = 3
            function contest_done()
                if data.lives < data.prev_lives then return true end
                data.prev_lives = data.lives
                return calc_progress(data) >= 1
            end
            data.offset_x = nil
            end_x = nil
            function calc_progress(data)
                if data.offset_x == nil then
                    data.offset_x = -data.x
                    end_x = level_max_x[level_key()] - data.x
                end
                return clip(data.x + data.offset_x, 0, end_x) / end_x
            end
            data.prev_progress = 0
            function contest_reward()
                local progress = calc_progress(data)
                local reward = (progress - data.prev_progress) * 9000
                data.prev_progress = progress
                if progress >= 1 then reward = reward + (1 - clip(scenario.frame / 400, 0, 1)) * 1000 end
                return reward
            end
            """;

    @Test
    void aSonicLikeProgressRewardFollowsTheScriptFrameByFrame() throws IOException {
        ScenarioRun run = run(CONTEST, SONIC_LIKE);
        ram.put("x", 20L);
        run.restart();
        run.update(); // the reset's update: offset_x = -20, end_x = 80, frame 0 -> 1
        assertEquals(0f, run.reward());
        ram.put("x", 30L);
        run.update();
        assertEquals((float) (10.0 / 80 * 9000), run.reward());
        assertFalse(run.done());
        Map<String, Object> info = new LinkedHashMap<>();
        run.putScriptVariables(info);
        assertEquals(Map.of("prev_lives", 3L, "offset_x", -20L, "prev_progress", 0L), info,
                "the script's own fields appear in info as integers");
        ram.put("x", 100L);
        run.update(); // progress reaches 1 at frame 2: done first, then the reward with the time bonus
        assertTrue(run.done());
        assertEquals((float) (70.0 / 80 * 9000 + (1 - 2 / 400.0) * 1000), run.reward());
        assertEquals(3, run.frame());
    }

    @Test
    void doneIsEvaluatedBeforeTheRewardAndLosingALifeEndsTheEpisode() throws IOException {
        ScenarioRun run = run(CONTEST, SONIC_LIKE);
        run.restart();
        run.update();
        ram.put("lives", 2L);
        run.update();
        assertTrue(run.done());
    }

    @Test
    void restartForgetsTheScriptsFieldsAndGlobalsAndRunsTheScriptsAgain() throws IOException {
        ScenarioRun run = run("{\"reward\": {\"script\": \"lua:r\"}, \"scripts\": [\"script.lua\"]}", """
                calls = 0
                data.seen = nil
                function r()
                    calls = calls + 1
                    if data.seen == nil then data.seen = 5 else data.seen = data.seen + 1 end
                    return calls * 10 + scenario.timestep
                end
                """);
        for (int episode = 0; episode < 2; episode++) {
            run.restart();
            run.update();
            assertEquals(10f, run.reward());
            for (int i = 0; i < 4; i++) {
                run.update();
            }
            assertEquals(51f, run.reward(), "5th call at frame 4: timestep 1");
            Map<String, Object> info = new HashMap<>();
            run.putScriptVariables(info);
            assertEquals(9L, info.get("seen"));
        }
    }

    @Test
    void resultsConvertAsGymRetrosVariant() throws IOException {
        ScenarioRun run = run("{\"reward\": {\"script\": \"lua:r\"}, \"done\": {\"script\": \"d\"}, \"scripts\": "
                + "[\"script.lua\"]}", """
                k = 0
                function r() k = k + 1; if k == 1 then return true elseif k == 2 then return "7" else return 0.1 end end
                function d() if k == 1 then return 0 elseif k == 2 then return 2 else return nil end end
                """);
        run.restart();
        run.update(); // d runs before r: it sees k = 0
        assertEquals(1f, run.reward(), "true counts 1");
        assertFalse(run.done(), "nil is false");
        run.update();
        assertEquals(0f, run.reward(), "a string is no number");
        assertFalse(run.done(), "the number 0 is false, unlike Lua's truth");
        run.update();
        assertEquals(0.1f, run.reward(), "single precision");
        assertTrue(run.done(), "a nonzero number is true");
    }

    @Test
    void dataIndexedByAnAddressReadsThatByte() throws IOException {
        ScenarioRun run = run("{\"reward\": {\"script\": \"lua:r\"}, \"scripts\": [\"script.lua\"]}",
                "function r() return data[16] + data[3] end");
        run.restart();
        run.update();
        assertEquals(38f, run.reward());
    }

    @Test
    void variableRulesStayWhereNoScriptReplacesThem() throws IOException {
        ScenarioRun run = run("{\"reward\": {\"variables\": {\"x\": {\"measurement\": \"absolute\", \"reward\": 2}}},"
                + " \"done\": {\"script\": \"lua:d\"}, \"scripts\": [\"script.lua\"]}", "function d() return data.x > 5 end");
        ram.put("x", 4L);
        run.restart();
        run.update();
        assertEquals(8f, run.reward());
        assertFalse(run.done());
        ram.put("x", 6L);
        run.update();
        assertTrue(run.done());
    }

    @Test
    void aFailingFunctionIsAClearErrorNamingTheScenarioScriptAndFunctionAndTheRunRecovers() throws IOException {
        ScenarioRun run = run(CONTEST.replace("contest_reward", "bad"), SONIC_LIKE + """
                function bad()
                    if scenario.frame == 1 then return data.nothing + 1 end
                    return 1
                end
                """);
        run.restart();
        run.update();
        RetroException e = assertThrows(RetroException.class, run::update);
        assertTrue(e.getMessage().contains("contest.json") && e.getMessage().contains("'bad'")
                && e.getMessage().contains("script.lua") && e.getMessage().contains("data.nothing"), e.getMessage());
        run.restart();
        run.update();
        assertEquals(1f, run.reward(), "after a restart the scenario serves again");
    }

    @Test
    void badScriptsAreRefusedWithTheFileNamed() throws IOException {
        RetroException syntax = assertThrows(RetroException.class, () -> run(CONTEST, "function contest_done( end"));
        assertTrue(syntax.getMessage().contains("script.lua") && syntax.getMessage().contains("does not compile"),
                syntax.getMessage());
        ScenarioRun missing = run(CONTEST, "function contest_done() return false end");
        RetroException undefined = assertThrows(RetroException.class, missing::restart);
        assertTrue(undefined.getMessage().contains("'contest_reward' is not defined"), undefined.getMessage());
        RetroException topLevel = assertThrows(RetroException.class, () -> run(CONTEST, "error('boom')").restart());
        assertTrue(topLevel.getMessage().contains("running script script.lua failed")
                && topLevel.getMessage().contains("boom"), topLevel.getMessage());
        RetroException noScripts = assertThrows(RetroException.class,
                () -> run("{\"reward\": {\"script\": \"lua:r\"}}", ""));
        assertTrue(noScripts.getMessage().contains("lists no \"scripts\""), noScripts.getMessage());
        RetroException python = assertThrows(RetroException.class,
                () -> run("{\"reward\": {\"script\": \"py:r\"}, \"scripts\": [\"script.lua\"]}", ""));
        assertTrue(python.getMessage().contains("not a Lua function"), python.getMessage());
    }

    @Test
    void dataRefusesWhatGymRetroRefusesAndWhatJgymDoesNotSupport() throws IOException {
        for (String[] c : new String[][] {
            {"data.s = 'text'", "Invalid variable type"}, {"data.x = 1", "writing game memory"},
            {"local v = data[100]", "Out of bounds access"}, {"local v = scenario.speed", "Unknown scenario property"},
            {"local v = data.unknown", "unknown variable data.unknown"}}) {
            ScenarioRun run = run("{\"reward\": {\"script\": \"lua:r\"}, \"scripts\": [\"script.lua\"]}",
                    "function r() " + c[0] + " return 0 end");
            run.restart();
            RetroException e = assertThrows(RetroException.class, run::update, c[0]);
            assertTrue(e.getMessage().contains(c[1]), e.getMessage());
        }
    }

    /** Every scenario of stable-retro's integrations that uses Lua compiles, and its scripts define its functions. */
    @Test
    void everyLuaScenarioShippedWithStableRetroLoads() throws IOException {
        Path stable = RetroPaths.stableRetro().resolve("data").resolve("stable");
        int scenarios = 0;
        try (var files = Files.walk(stable, 2)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                String text = Files.readString(f);
                if (!text.contains("\"scripts\"")) {
                    continue;
                }
                Scenario s = Scenario.parse(JsonParser.parseString(text).getAsJsonObject(), f.toString(), f.getParent());
                GameData data = GameData.parse(JsonParser.parseString(Files.readString(f.resolveSibling("data.json")))
                        .getAsJsonObject(), "data.json");
                Scenario.Values zeros = new Scenario.Values() {
                    @Override
                    public long value(String name) {
                        return 0;
                    }

                    @Override
                    public long delta(String name) {
                        return 0;
                    }
                };
                new ScenarioRun(s, zeros, data.variables().keySet()).restart();
                scenarios++;
            }
        }
        assertTrue(scenarios >= 40, "stable-retro 1.0.1 has dozens of Lua scenarios, found " + scenarios);
    }
}

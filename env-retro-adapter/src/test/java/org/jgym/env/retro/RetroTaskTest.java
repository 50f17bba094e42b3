package org.jgym.env.retro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgym.env.api.Env;
import org.jgym.env.api.registry.Gym;
import org.jgym.env.api.task.TaskDistribution;
import org.jgym.env.api.task.TaskEnvs;
import org.jgym.env.retro.integration.RetroCatalog;
import org.junit.jupiter.api.Test;

/** Retro task distributions: a game's states and the Retro Contest's Sonic levels. */
class RetroTaskTest {
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path tmp;

    @Test
    void aTaskOfAnotherGameOfTheSystemLoadsThatGameAtTheNextReset() throws Exception {
        java.nio.file.Path copy = java.nio.file.Files.createDirectories(tmp.resolve("AirstrikerCopy-Genesis-v0"));
        for (String f : List.of("rom.md", "rom.sha", "data.json", "scenario.json", "metadata.json", "Level1.state")) {
            java.nio.file.Files.copy(Airstriker.gameDir().resolve(f), copy.resolve(f));
        }
        try (Env<byte[], Object> env = Gym.make(Airstriker.ID, Map.of("data_root", tmp.toString(),
                "tasks", "sonic-contest-validation"))) {
            assertEquals("retro/sonic-contest-validation", TaskEnvs.find(env).taskDistribution().id());
            byte[] first = env.reset().observation().clone();
            for (int i = 0; i < 30; i++) {
                env.step(new byte[12]);
            }
            RetroTask other = new RetroTask("AirstrikerCopy-Genesis-v0", "Level1");
            TaskEnvs.setTask(env, other);
            assertEquals(other, TaskEnvs.find(env).task());
            org.junit.jupiter.api.Assertions.assertArrayEquals(first, env.reset().observation());
            assertEquals("AirstrikerCopy-Genesis-v0", ((RetroEnv) env.unwrapped()).integration().game());
        }
    }

    @Test
    void contestLevelsAreDisjointAndAreStatesOfTheSonicIntegrations() {
        RetroTaskDistribution train = RetroTaskDistribution.sonicContestTrain();
        RetroTaskDistribution validation = RetroTaskDistribution.sonicContestValidation();
        assertEquals(47, train.size().getAsLong());
        assertEquals(11, validation.size().getAsLong());
        Set<RetroTask> all = new HashSet<>(train.tasks());
        all.addAll(validation.tasks());
        assertEquals(58, all.size(), "no level is in both sets");
        RetroCatalog catalog = RetroCatalog.standard(null);
        Set<RetroTask> states = new HashSet<>();
        for (String game : List.of(RetroTaskDistribution.SONIC1, RetroTaskDistribution.SONIC2, RetroTaskDistribution.SONIC3K)) {
            catalog.states(game).forEach(s -> states.add(new RetroTask(game, s)));
        }
        assertEquals(states, all, "together the two sets are every state of the three Sonic integrations");
    }

    @Test
    void samplingIsSeededAndJsonRoundTrips() {
        TaskDistribution<?> d = Gym.taskDistribution("retro/sonic-contest-train");
        assertEquals(d.sample(5, 3L), d.sample(5, 3L));
        RetroTaskDistribution t = RetroTaskDistribution.sonicContestTrain();
        RetroTask task = t.tasks().get(20);
        assertEquals(task, t.fromJson(t.toJson(task)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.fromJson(
                JsonParser.parseString("{\"game\": \"SonicTheHedgehog-Genesis-v0\", \"state\": \"GreenHillZone.Act2\"}")));
        assertTrue(e.getMessage().contains("not one of its 47"), e.getMessage());
    }

    @Test
    void gameStatesAsTasksAndAClearErrorForAMissingRom() {
        assertEquals(List.of(new RetroTask(Airstriker.ID, "Level1")),
                Gym.taskDistribution("retro/" + Airstriker.ID + "/states").sample(1, 0L));
        try (Env<byte[], Object> env = Gym.make(Airstriker.ID, Map.of("state", "NONE"))) {
            TaskEnvs.setTask(env, new RetroTask(Airstriker.ID, "Level1"));
            assertEquals(new RetroTask(Airstriker.ID, "Level1"), TaskEnvs.find(env).task());
            byte[] fromState = env.reset().observation().clone();
            try (Env<byte[], Object> level1 = Gym.make(Airstriker.ID)) {
                org.junit.jupiter.api.Assertions.assertArrayEquals(level1.reset().observation(), fromState);
            }
            RetroTask sonic = RetroTaskDistribution.sonicContestTrain().tasks().get(0);
            RuntimeException e = assertThrows(RuntimeException.class, () -> TaskEnvs.setTask(env, sonic));
            assertTrue(e.getMessage().contains("the ROM of " + sonic.game() + " is not imported"), e.getMessage());
            assertEquals(224 * 320 * 3, env.reset().observation().length, "the env keeps its game");
        }
        RetroException missing = assertThrows(RetroException.class, () -> org.jgym.env.retro.integration.Integration.open(
                RetroCatalog.standard(null), RetroTaskDistribution.SONIC1, "GreenHillZone.Act1", null, null));
        assertTrue(missing.getMessage().contains("the ROM of " + RetroTaskDistribution.SONIC1 + " is not imported"),
                missing.getMessage());
    }
}

package org.jgym.env.retro;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.jgym.env.api.Env;
import org.jgym.env.api.InvalidActionException;
import org.jgym.env.api.InvalidKwargsException;
import org.jgym.env.api.ResetNeededException;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.check.EnvChecker;
import org.jgym.env.api.registry.Gym;
import org.jgym.env.api.vector.VectorEnv;
import org.jgym.env.api.vector.VectorResult;
import org.jgym.env.retro.integration.Integration;
import org.jgym.env.retro.integration.RetroCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Airstriker through the registry, and the clear errors for misuse and broken integrations. */
class RetroEnvTest {
    @TempDir
    Path tmp;

    private RetroCatalog catalogWith(Path root) {
        return new RetroCatalog(List.of(root, Airstriker.gameDir().getParent()), List.of(Airstriker.core().getParent()));
    }

    @Test
    void registeredWithStableRetroSpacesAndPassesTheChecker() {
        assertTrue(Gym.registry().spec(Airstriker.ID).description().contains("lack a ROM"));
        try (Env<byte[], Object> env = Gym.make(Airstriker.ID, Map.of("use_restricted_actions", "multi_discrete"))) {
            assertEquals("Box(0.0, 255.0, [224, 320, 3], uint8)", env.observationSpace().toString());
            assertEquals("MultiDiscrete([3, 3, 14])", env.actionSpace().toString().replace("nvec=", ""));
            assertTrue(EnvChecker.check(env).passed(), () -> EnvChecker.check(env).toString());
        }
        try (Env<byte[], Object> ram = Gym.make(Airstriker.ID, Map.of("obs_type", "ram", "render_mode", "rgb_array"))) {
            assertEquals(65536, ram.reset().observation().length);
            StepResult<byte[]> r = ram.step(new byte[12]);
            assertEquals(Map.of("score", 0L, "lives", 3L, "gameover", 9L), r.info());
            assertEquals(224, ((org.jgym.env.api.RgbFrame) ram.render()).height());
        }
    }

    @Test
    void stepBeforeResetAndBadActionsAreRefusedAndTheEnvKeepsWorking() {
        try (Env<byte[], Object> env = Gym.make(Airstriker.ID, Map.of("use_restricted_actions", "discrete"))) {
            assertThrows(ResetNeededException.class, () -> env.step(0));
            env.reset();
            InvalidActionException bad = assertThrows(InvalidActionException.class, () -> env.step(126));
            assertTrue(bad.getMessage().contains("Discrete(126)"), bad.getMessage());
            assertEquals(224 * 320 * 3, env.step(5).observation().length);
        }
        InvalidKwargsException kw = assertThrows(InvalidKwargsException.class,
                () -> Gym.make(Airstriker.ID, Map.of("use_restricted_actions", "some")));
        assertTrue(kw.getMessage().contains("multi_discrete"), kw.getMessage());
    }

    @Test
    void twoCopiesOnTwoThreadsMatchOneThread() {
        Map<String, Object> kwargs = Map.of("use_restricted_actions", "discrete");
        VectorEnv<byte[], int[]> sync = Gym.makeVec(Airstriker.ID, 2, kwargs, 1);
        VectorEnv<byte[], int[]> threaded = Gym.makeVec(Airstriker.ID, 2, kwargs, 2);
        try {
            assertArrayEquals(sync.reset(0).observations(), threaded.reset(0).observations());
            for (int i = 0; i < 300; i++) {
                int[] actions = {i % 126, (7 * i) % 126};
                VectorResult<byte[]> a = sync.step(actions);
                VectorResult<byte[]> b = threaded.step(actions);
                assertArrayEquals(a.observations(), b.observations(), "frame " + i);
                assertArrayEquals(a.rewards(), b.rewards());
            }
        } finally {
            sync.close();
            threaded.close();
        }
    }

    @Test
    void unknownStateNamesTheStatesThereAre() {
        RetroException e = assertThrows(RetroException.class, () -> Gym.make(Airstriker.ID, Map.of("state", "Level9")));
        assertTrue(e.getMessage().contains("unknown state 'Level9'") && e.getMessage().contains("[Level1]"), e.getMessage());
    }

    @Test
    void missingRomSaysHowToImportIt() throws Exception {
        Path game = Files.createDirectories(tmp.resolve("Fake-Genesis-v0"));
        Files.writeString(game.resolve("rom.sha"), "0000000000000000000000000000000000000000\n");
        RetroException e = assertThrows(RetroException.class,
                () -> Integration.open(catalogWith(tmp), "Fake-Genesis-v0", null, null, null));
        assertTrue(e.getMessage().contains("Fake-Genesis-v0") && e.getMessage().contains("jgym retro import"),
                e.getMessage());
        RetroException unknown = assertThrows(RetroException.class,
                () -> Integration.open(catalogWith(tmp), "Airstrikr-Genesis-v0", null, null, null));
        assertTrue(unknown.getMessage().contains(Airstriker.ID), unknown.getMessage());
    }

    @Test
    void theDefaultStateFollowsThePlayerCountAsInStableRetro() throws Exception {
        Path game = Files.createDirectories(tmp.resolve(Airstriker.ID));
        Files.copy(Airstriker.gameDir().resolve("Level1.state"), game.resolve("TwoUp.state"));
        Files.writeString(game.resolve("metadata.json"),
                "{\"default_state\": \"Level1\", \"default_player_state\": [\"Level1\", \"TwoUp\"]}");
        assertEquals("Level1", Integration.open(catalogWith(tmp), Airstriker.ID, null, null, null, 1).stateName());
        assertEquals("TwoUp", Integration.open(catalogWith(tmp), Airstriker.ID, null, null, null, 2).stateName());
        Files.writeString(game.resolve("metadata.json"),
                "{\"default_state\": \"TwoUp\", \"default_player_state\": [\"Level1\"]}");
        assertEquals("TwoUp", Integration.open(catalogWith(tmp), Airstriker.ID, null, null, null, 2).stateName(),
                "more players than listed: default_state");
    }

    @Test
    void romWithAnotherSha1IsRefused() throws Exception {
        Path game = Files.createDirectories(tmp.resolve(Airstriker.ID));
        byte[] rom = Files.readAllBytes(Airstriker.rom());
        rom[1000] ^= 1;
        Files.write(game.resolve("rom.md"), rom);
        RetroException e = assertThrows(RetroException.class,
                () -> Integration.open(catalogWith(tmp), Airstriker.ID, null, null, null));
        assertTrue(e.getMessage().contains("SHA-1"), e.getMessage());
    }

    @Test
    void corruptStateFilesAreClearErrors() throws Exception {
        Path game = Files.createDirectories(tmp.resolve(Airstriker.ID));
        Files.write(game.resolve("NotGzip.state"), new byte[] {1, 2, 3, 4});
        RetroException notGzip = assertThrows(RetroException.class,
                () -> Gym.make(Airstriker.ID, Map.of("data_root", tmp.toString(), "state", "NotGzip")));
        assertTrue(notGzip.getMessage().contains("corrupt"), notGzip.getMessage());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(game.resolve("Short.state")))) {
            out.write(new byte[1000]);
        }
        try (Env<byte[], Object> env = Gym.make(Airstriker.ID, Map.of("data_root", tmp.toString(), "state", "Short"))) {
            RetroException e = assertThrows(RetroException.class, env::reset);
            assertTrue(e.getMessage().contains("1000 bytes"), e.getMessage());
        }
        try (Env<byte[], Object> env = Gym.make(Airstriker.ID, Map.of("data_root", tmp.toString(), "state", "Level1"))) {
            assertEquals(224 * 320 * 3, env.reset().observation().length, "the package's Level1 is still found");
        }
    }

    @Test
    void theIdOfAnIntegrationWithoutItsRomSaysHowToImportIt() {
        String sonic = RetroTaskDistribution.SONIC1;
        org.junit.jupiter.api.Assumptions.assumeTrue(RetroCatalog.standard(null).rom(sonic) == null,
                "a Sonic ROM is imported on this machine");
        org.jgym.env.api.UnknownIdException e = assertThrows(org.jgym.env.api.UnknownIdException.class,
                () -> Gym.make(sonic));
        assertTrue(e.getMessage().startsWith("environment " + sonic + " is a Gym Retro integration, but the ROM of "
                + sonic + " is not imported; run `jgym retro import DIR`"), e.getMessage());
        assertTrue(assertThrows(org.jgym.env.api.UnknownIdException.class, () -> Gym.make("SonicTheHedgehog9-v0"))
                .getMessage().startsWith("unknown environment id"), "ids that are no integration keep the generic error");
    }
}

package org.jgym.env.retro;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jgym.env.retro.libretro.Emulator;
import org.jgym.env.retro.libretro.MemoryBlock;
import org.junit.jupiter.api.Test;

/** The frontend on the real Genesis Plus GX core: call order, save states, memory, and emulators side by side. */
class EmulatorTest {
    private static Emulator loaded() throws Exception {
        Emulator e = Emulator.load(Airstriker.core(), Airstriker.core().getParent());
        e.loadGame(Airstriker.rom(), Files.readAllBytes(Airstriker.rom()));
        return e;
    }

    /** SHA-1 of the screen after each frame of a button sequence. */
    private static List<String> play(int frames, int seed) throws Exception {
        try (Emulator e = loaded();
                var in = new java.util.zip.GZIPInputStream(Files.newInputStream(Airstriker.gameDir().resolve("Level1.state")))) {
            e.unserialize(in.readAllBytes()); // in the level, where the buttons matter
            byte[] rgb = new byte[e.screenWidth() * e.screenHeight() * 3];
            MessageDigest md = MessageDigest.getInstance("SHA-1");
            List<String> hashes = new ArrayList<>();
            java.util.Random random = new java.util.Random(seed);
            for (int i = 0; i < frames; i++) {
                e.setButtons(0, random.nextInt(1 << 12) & ~8); // START stays released
                e.run();
                e.screenRgb(rgb);
                hashes.add(java.util.HexFormat.of().formatHex(md.digest(rgb)));
            }
            return hashes;
        }
    }

    @Test
    void callsOutOfOrderAreJavaExceptionsAndTheJvmKeepsServing() throws Exception {
        Emulator e = Emulator.load(Airstriker.core(), Airstriker.core().getParent());
        assertEquals("Genesis Plus GX", e.libraryName());
        RetroException run = assertThrows(RetroException.class, e::run);
        assertTrue(run.getMessage().contains("no game loaded") && run.getMessage().contains("loadGame"), run.getMessage());
        assertThrows(RetroException.class, () -> e.memoryBlocks(0xFF0000));
        assertThrows(RetroException.class, e::serialize);
        assertThrows(RetroException.class, () -> e.unserialize(new byte[16]));
        e.loadGame(Airstriker.rom(), Files.readAllBytes(Airstriker.rom()));
        assertThrows(RetroException.class, () -> e.loadGame(Airstriker.rom(), new byte[4]), "one game per emulator");
        RetroException noFrame = assertThrows(RetroException.class, () -> e.screenRgb(new byte[320 * 224 * 3]));
        assertTrue(noFrame.getMessage().contains("run()"), noFrame.getMessage());
        RetroException size = assertThrows(RetroException.class, () -> e.unserialize(new byte[10]));
        assertTrue(size.getMessage().contains("expects " + e.serializeSize()), size.getMessage());
        byte[] garbage = new byte[(int) e.serializeSize()];
        RetroException rejected = assertThrows(RetroException.class, () -> e.unserialize(garbage));
        assertTrue(rejected.getMessage().contains("rejected"), rejected.getMessage());
        e.run();
        e.close();
        e.close();
        assertEquals(Emulator.Phase.CLOSED, e.phase());
        assertThrows(RetroException.class, e::run);
        assertThrows(RetroException.class, () -> e.setButtons(0, 1));
        assertThrows(RetroException.class, () -> Emulator.load(Airstriker.core().resolveSibling("nope_libretro.so"),
                Airstriker.core().getParent()));
        assertEquals(5, play(5, 1).size(), "a fresh emulator still runs after all of the above");
    }

    @Test
    void saveStatesRoundTripAndGenesisRamIsOneBlock() throws Exception {
        try (Emulator e = loaded()) {
            List<MemoryBlock> blocks = e.memoryBlocks(0xFF0000);
            assertEquals(1, blocks.size());
            assertEquals(0xFF0000, blocks.get(0).start());
            assertEquals(65536, blocks.get(0).size());
            for (int i = 0; i < 100; i++) {
                e.run();
            }
            byte[] state = e.serialize();
            assertEquals(e.serializeSize(), state.length);
            byte[] a = new byte[320 * 224 * 3];
            byte[] b = new byte[a.length];
            for (int i = 0; i < 50; i++) {
                e.setButtons(0, i % 7 == 0 ? 1 : 0);
                e.run();
            }
            e.screenRgb(a);
            e.unserialize(state);
            for (int i = 0; i < 50; i++) {
                e.setButtons(0, i % 7 == 0 ? 1 : 0);
                e.run();
            }
            e.screenRgb(b);
            assertArrayEquals(a, b);
        }
    }

    @Test
    void twoEmulatorsInParallelGiveTheFramesTheyGiveOneAtATime() throws Exception {
        List<String> first = play(600, 1);
        List<String> second = play(600, 2);
        assertFalse(first.equals(second), "different inputs must give different pictures");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<String>> a = pool.submit(() -> play(600, 1));
            Future<List<String>> b = pool.submit(() -> play(600, 2));
            assertEquals(first, a.get());
            assertEquals(second, b.get());
        } finally {
            pool.shutdown();
        }
    }
}

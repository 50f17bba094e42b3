package org.jgym.env.retro.movie;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.jgym.env.retro.RetroException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .bk2 writer and reader without an emulator: exact entry text, round trips and one-line errors. */
class MovieFormatTest {
    /** Genesis' buttons in RetroPad id order (stable-retro's cores/genesis_plus_gx.json). */
    static final List<String> GENESIS = List.of("B", "A", "MODE", "START", "UP", "DOWN", "LEFT", "RIGHT", "C", "Y",
            "X", "Z");
    static final List<String> SNES = List.of("B", "Y", "SELECT", "START", "UP", "DOWN", "LEFT", "RIGHT", "A", "X",
            "L", "R");

    @TempDir
    Path tmp;

    private static String entry(Path file, String name) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    @Test
    void writesStableRetrosEntriesAndReadsThemBack() throws IOException {
        Path file = tmp.resolve("m.bk2");
        byte[] state = {1, 2, 3, 0, 0, 0, 7};
        try (MovieWriter w = new MovieWriter(file, "Airstriker-Genesis-v0", "Genesis", GENESIS, 1, state)) {
            w.frame(new int[] {0});
            w.frame(new int[] {1 << 6}); // LEFT
            w.frame(new int[] {(1 << 11) | 1 | (1 << 3)}); // Z, B, START
        }
        assertEquals("[Input]\nP1 Z|P1 X|P1 Y|P1 C|P1 Right|P1 Left|P1 Down|P1 Up|P1 Start|P1 Mode|P1 A|P1 B|\n"
                + "|..|............|\n|..|.....L......|\n|..|Z.......S..B|\n[/Input]", entry(file, "Input Log.txt"));
        assertEquals("MovieVersion Retro\nAuthor ?\nemuVersion ?\nPlatform GEN\nGameName Airstriker-Genesis-v0\n"
                + "SHA1 ?\nCore ?\nrerecordCount 1\n", entry(file, "Header.txt"));
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertEquals(List.of("Input Log.txt", "Header.txt", "Core.bin"),
                    zip.stream().map(ZipEntry::getName).toList());
        }
        Movie m = Movie.read(file);
        assertEquals("Airstriker-Genesis-v0", m.game());
        assertEquals("Genesis", m.system());
        assertEquals(1, m.players());
        assertEquals(3, m.frames());
        assertArrayEquals(state, m.startState());
        int[][] masks = m.masks(GENESIS);
        assertArrayEquals(new int[] {0}, masks[0]);
        assertArrayEquals(new int[] {1 << 6}, masks[1]);
        assertArrayEquals(new int[] {(1 << 11) | 1 | (1 << 3)}, masks[2]);
    }

    @Test
    void twoPlayersAndSnesShoulderButtonsRoundTrip() {
        Path file = tmp.resolve("snes.bk2");
        int[][] frames = {{0, 0}, {1 << 10, 1 << 11}, {0xFFF, 1 << 2}, {1 << 9 | 1 << 1, 0}};
        try (MovieWriter w = new MovieWriter(file, "Some-Snes", "Snes", SNES, 2, new byte[] {9})) {
            for (int[] f : frames) {
                w.frame(f);
            }
        }
        Movie m = Movie.read(file);
        assertEquals("Snes", m.system());
        assertEquals(2, m.players());
        assertArrayEquals(frames, m.masks(SNES));
    }

    @Test
    void namesFilesAsStableRetro() {
        assertEquals("Airstriker-Genesis-v0-Level1-000000.bk2", MovieRecorder.fileName("Airstriker-Genesis-v0",
                "Level1", 0));
        assertEquals("G-Level2.Act1-000012.bk2", MovieRecorder.fileName("G", "/x/y/Level2.Act1.state", 12));
    }

    @Test
    void aWriteAfterCloseIsIgnoredAndCloseIsIdempotent() {
        Path file = tmp.resolve("c.bk2");
        MovieWriter w = new MovieWriter(file, "G", "Genesis", GENESIS, 1, null);
        w.frame(new int[] {0});
        w.close();
        assertFalse(w.isOpen());
        w.frame(new int[] {1});
        w.close();
        // no start state: stable-retro writes no Core.bin, and then cannot read the movie either
        RetroException e = assertThrows(RetroException.class, () -> Movie.read(file));
        assertTrue(e.getMessage().contains("lacks 'Core.bin'"), e.getMessage());
    }

    @Test
    void badFilesGiveOneLineErrors() throws IOException {
        Path text = Files.writeString(tmp.resolve("text.bk2"), "not a zip");
        assertOneLine(assertThrows(RetroException.class, () -> Movie.read(text)), "not a .bk2 movie");
        assertOneLine(assertThrows(RetroException.class, () -> Movie.read(tmp.resolve("absent.bk2"))),
                "cannot read the movie");
        Path noLog = zip("nolog.bk2", "Header.txt", "GameName G\nPlatform GEN\n", "Core.bin", "x");
        assertOneLine(assertThrows(RetroException.class, () -> Movie.read(noLog)), "lacks 'Input Log.txt'");
        Path noGame = zip("nogame.bk2", "Header.txt", "Platform GEN\n", "Input Log.txt", "[Input]\nP1 B|\n",
                "Core.bin", "x");
        assertOneLine(assertThrows(RetroException.class, () -> Movie.read(noGame)), "lacks a GameName line");
        Path noPlayers = zip("noplayers.bk2", "Header.txt", "Platform GEN\nGameName G\n", "Input Log.txt",
                "|..|....|\n", "Core.bin", "x");
        assertOneLine(assertThrows(RetroException.class, () -> Movie.read(noPlayers)), "no [Input] column header");
    }

    private Path zip(String name, String... entries) throws IOException {
        Path file = tmp.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry(entries[i]));
                zip.write(entries[i + 1].getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
        }
        return file;
    }

    static void assertOneLine(RuntimeException e, String expected) {
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }
}

package org.jgym.env.retro;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.jgym.env.api.Env;
import org.jgym.env.api.InvalidKwargsException;
import org.jgym.env.api.registry.Gym;
import org.jgym.env.retro.integration.RetroCatalog;
import org.jgym.env.retro.movie.Movie;
import org.jgym.env.retro.movie.MovieWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The record kwarg on Airstriker and playing its movies back frame for frame. */
class MovieRecordingTest {
    private static final int STEPS = 300;

    @TempDir
    Path tmp;

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void recordsEachEpisodeAndPlaysItBackToTheSameScreens() throws IOException {
        byte[][] screens = new byte[STEPS][];
        Random rng = new Random(3);
        try (Env<byte[], Object> env = Gym.make(Airstriker.ID, Map.of("state", "Level1", "record", tmp.toString()))) {
            env.reset();
            for (int t = 0; t < STEPS; t++) {
                byte[] action = new byte[12];
                for (int i = 0; i < 12; i++) {
                    action[i] = (byte) rng.nextInt(2);
                }
                screens[t] = env.step(action).observation().clone();
            }
            env.reset();
        }
        assertEquals(List.of(Airstriker.ID + "-Level1-000000.bk2", Airstriker.ID + "-Level1-000001.bk2"), files(tmp));
        Movie movie = Movie.read(tmp.resolve(Airstriker.ID + "-Level1-000000.bk2"));
        assertEquals(STEPS + 1, movie.frames());
        assertEquals(1, Movie.read(tmp.resolve(Airstriker.ID + "-Level1-000001.bk2")).frames());
        try (MoviePlayback playback = new MoviePlayback(movie, RetroCatalog.standard(null))) {
            for (int t = 0; t < STEPS; t++) {
                assertArrayEquals(screens[t], playback.step(), "screen differs at step " + t);
            }
            assertFalse(playback.hasNext());
            assertThrows(RetroException.class, playback::step);
        }
    }

    @Test
    void aMovieOfAnotherGameOrSystemIsRefusedInOneLine() {
        Path unknown = tmp.resolve("unknown.bk2");
        new MovieWriter(unknown, "NoSuchGame-Genesis-v0", "Genesis", List.of("B"), 1, new byte[1]).close();
        RetroException e = assertThrows(RetroException.class,
                () -> new MoviePlayback(Movie.read(unknown), RetroCatalog.standard(null)));
        assertTrue(e.getMessage().contains("unknown Retro game 'NoSuchGame-Genesis-v0'"), e.getMessage());
        Path snes = tmp.resolve("snes.bk2");
        new MovieWriter(snes, Airstriker.ID, "Snes", List.of("B"), 1, new byte[1]).close();
        e = assertThrows(RetroException.class, () -> new MoviePlayback(Movie.read(snes), RetroCatalog.standard(null)));
        assertTrue(e.getMessage().contains("recorded on Snes"), e.getMessage());
    }

    @Test
    void aMovieThatCannotBeWrittenIsOneErrorAndTheEnvKeepsWorking() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("movies"));
        try (Env<byte[], Object> env = Gym.make(Airstriker.ID, Map.of("state", "Level1", "record", dir.toString()))) {
            Files.delete(dir);
            RetroException e = assertThrows(RetroException.class, env::reset);
            assertTrue(e.getMessage().contains("cannot create the movie"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
            Files.createDirectory(dir);
            env.reset();
            env.step(new byte[12]);
        }
        assertEquals(List.of(Airstriker.ID + "-Level1-000000.bk2"), files(dir));
    }

    @Test
    void badRecordKwargsAreRefused() {
        InvalidKwargsException e = assertThrows(InvalidKwargsException.class,
                () -> Gym.make(Airstriker.ID, Map.of("record", tmp.resolve("missing").toString())));
        assertTrue(e.getMessage().contains("not an existing folder"), e.getMessage());
        e = assertThrows(InvalidKwargsException.class, () -> Gym.make(Airstriker.ID, Map.of("record", 3)));
        assertTrue(e.getMessage().contains("kwarg 'record' must be"), e.getMessage());
    }
}

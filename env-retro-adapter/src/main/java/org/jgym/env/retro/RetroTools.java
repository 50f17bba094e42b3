package org.jgym.env.retro;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.jgym.env.retro.integration.RetroCatalog;
import org.jgym.env.retro.integration.RetroPaths;
import org.jgym.env.retro.integration.RomImporter;
import org.jgym.env.retro.movie.Movie;

/** Entry points of the {@code jgym retro} command, called by name so that the CLI needs no compile-time link. */
public final class RetroTools {
    private RetroTools() {
    }

    /** {@code jgym retro import DIR...}: imports matching ROMs into the user folder ({@link RetroPaths#importHome}). */
    public static List<String> importRoms(List<Path> folders, PrintStream log) {
        RomImporter importer = new RomImporter(RetroCatalog.standard(null));
        return importer.importFrom(folders, RetroPaths.importHome(), log);
    }

    /**
     * {@code jgym retro playback FILE}: plays a {@code .bk2} movie to its end ({@link MoviePlayback}), prints the
     * game, frames and total reward, and writes the last screen as a PNG when {@code render} is given.
     */
    public static int playback(Path file, Path render, PrintStream log) {
        Movie movie = Movie.read(file);
        try (MoviePlayback playback = new MoviePlayback(movie, RetroCatalog.standard(null))) {
            int steps = playback.playToEnd();
            if (render != null) {
                playback.screen().writePng(render);
            }
            log.println(movie.game() + ": " + movie.frames() + " frames (" + steps + " steps after the reset), "
                    + movie.players() + " player(s), total reward " + playback.totalReward()
                    + (render != null ? ", last screen in " + render : ""));
            return steps;
        }
    }

    /**
     * The tools without the CLI (for scripts and tests that have only the adapter's class path):
     * {@code playback FILE [--render PNG]}.
     */
    public static void main(String[] args) {
        if (args.length == 2 && args[0].equals("playback")) {
            playback(Path.of(args[1]), null, System.out);
        } else if (args.length == 4 && args[0].equals("playback") && args[2].equals("--render")) {
            playback(Path.of(args[1]), Path.of(args[3]), System.out);
        } else {
            System.err.println("usage: RetroTools playback FILE [--render PNG]");
            System.exit(2);
        }
    }
}

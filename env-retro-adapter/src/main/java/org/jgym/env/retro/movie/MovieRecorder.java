package org.jgym.env.retro.movie;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jgym.env.retro.RetroException;

/**
 * Records every episode of one env into its own {@code .bk2}, as stable-retro's {@code record} option does: the
 * files are {@code <game>-<state>-<NNNNNN>.bk2} in one folder, numbered from 0 per env, a new one at each reset; a
 * movie is finished at the next reset or when the env closes.
 */
public final class MovieRecorder implements AutoCloseable {
    private final Path directory;
    private int next;
    private MovieWriter current;

    /** Records into {@code directory}, which must exist. */
    public MovieRecorder(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new RetroException("record: " + directory + " is not an existing folder; give true (the working "
                    + "folder) or a folder path");
        }
        this.directory = directory;
    }

    /** The file name stable-retro gives episode {@code number}: {@code Airstriker-Genesis-v0-Level1-000000.bk2}. */
    public static String fileName(String game, String stateName, int number) {
        String state = stateName == null ? "NONE" : Path.of(stateName).getFileName().toString();
        if (state.endsWith(".state")) {
            state = state.substring(0, state.length() - ".state".length());
        }
        return String.format("%s-%s-%06d.bk2", game, state, number);
    }

    /**
     * Finishes the current movie and starts the next episode's.
     *
     * @param stateName  the start state's name or path (null: power-on)
     * @param startState its raw bytes, stored as {@code Core.bin}, or null
     */
    public void startEpisode(String game, String system, List<String> buttons, int players, String stateName,
            byte[] startState) {
        finish();
        Path file = directory.resolve(fileName(game, stateName, next));
        current = new MovieWriter(file, game, system, buttons, players, startState);
        next++;
    }

    /** Logs one frame of the current episode (nothing when none is being recorded). */
    public void frame(int[] masks) {
        if (current != null) {
            current.frame(masks);
        }
    }

    /** The movie being written, or null. */
    public Path currentFile() {
        return current == null ? null : current.path();
    }

    private void finish() {
        if (current != null) {
            MovieWriter done = current;
            current = null;
            done.close();
        }
    }

    @Override
    public void close() {
        finish();
    }
}

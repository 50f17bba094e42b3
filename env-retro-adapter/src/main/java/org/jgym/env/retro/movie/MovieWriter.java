package org.jgym.env.retro.movie;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jgym.env.retro.RetroException;

/**
 * Writes one {@code .bk2} movie as stable-retro 1.0.1 does: a zip whose {@code Input Log.txt} holds {@code [Input]},
 * a column header and one key line per frame ({@code |..|} then each player's buttons, highest id first, a letter
 * when pressed and {@code .} when not), closed by {@code [/Input]}; {@code Header.txt} names the platform and game;
 * {@code Core.bin} is the raw (not gzipped) start state, left out when there is none.
 *
 * <p>The key lines stream into the zip through one reused buffer, so a frame allocates nothing. Any I/O failure
 * closes the movie and is reported as a {@link RetroException} naming the file.
 */
public final class MovieWriter implements AutoCloseable {
    private static final byte[] COMMANDS = "|..|".getBytes(StandardCharsets.US_ASCII);

    private final Path path;
    private final String game;
    private final String system;
    private final Bk2Keys keys;
    private final int[] columns;
    private final int players;
    private final byte[] startState;
    private final byte[] line;
    private ZipOutputStream zip;

    /**
     * Creates (or replaces) the movie file and starts its input log.
     *
     * @param path       the {@code .bk2} file
     * @param game       the integration's name, e.g. {@code Airstriker-Genesis-v0}
     * @param system     the system name, e.g. {@code Genesis}
     * @param buttons    the system's buttons in id order
     * @param players    pads recorded per frame
     * @param startState the raw save state the episode starts from, or null
     */
    public MovieWriter(Path path, String game, String system, List<String> buttons, int players, byte[] startState) {
        this.path = path;
        this.game = game;
        this.system = system;
        this.keys = new Bk2Keys(system, buttons);
        this.columns = keys.columns();
        this.players = players;
        this.startState = startState;
        this.line = new byte[COMMANDS.length + players * (columns.length + 1) + 1];
        System.arraycopy(COMMANDS, 0, line, 0, COMMANDS.length);
        line[line.length - 1] = '\n';
        try {
            zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(path)));
            zip.putNextEntry(new ZipEntry(Movie.INPUT_LOG));
            write(zip, "[Input]\n" + keys.columnHeader(players));
        } catch (IOException e) {
            abandon();
            throw failure("create", e);
        }
    }

    /** The movie file. */
    public Path path() {
        return path;
    }

    /** Whether the movie still takes frames (not closed, no write failure). */
    public boolean isOpen() {
        return zip != null;
    }

    /** Logs one frame's button masks, {@code masks[p]} for player p (bit i = button id i). */
    public void frame(int[] masks) {
        if (zip == null) {
            return;
        }
        int k = COMMANDS.length;
        for (int p = 0; p < players; p++) {
            int mask = masks[p];
            for (int id : columns) {
                line[k++] = (byte) ((mask >>> id & 1) != 0 ? keys.letter(id) : '.');
            }
            line[k++] = '|';
        }
        try {
            zip.write(line, 0, line.length);
        } catch (IOException e) {
            abandon();
            throw failure("write a frame to", e);
        }
    }

    /** Ends the input log, writes the header and start state, and closes the file. Idempotent. */
    @Override
    public void close() {
        if (zip == null) {
            return;
        }
        try {
            write(zip, "[/Input]");
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(Movie.HEADER));
            write(zip, "MovieVersion Retro\nAuthor ?\nemuVersion ?\nPlatform " + Bk2Keys.platformCode(system)
                    + "\nGameName " + game + "\nSHA1 ?\nCore ?\nrerecordCount 1\n");
            zip.closeEntry();
            if (startState != null) {
                zip.putNextEntry(new ZipEntry(Movie.CORE_STATE));
                zip.write(startState);
                zip.closeEntry();
            }
            zip.close();
            zip = null;
        } catch (IOException e) {
            abandon();
            throw failure("finish", e);
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.US_ASCII));
    }

    private void abandon() {
        if (zip != null) {
            try {
                zip.close();
            } catch (IOException ignored) {
                // the failure being reported is the first one
            }
            zip = null;
        }
    }

    private RetroException failure(String what, IOException e) {
        return new RetroException("cannot " + what + " the movie " + path + " (" + e + "); recording of this episode "
                + "stopped, the env keeps running");
    }
}

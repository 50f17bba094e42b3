package org.jgym.env.retro.movie;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.jgym.env.retro.RetroException;

/**
 * A {@code .bk2} movie read back as stable-retro's {@code retro.Movie} reads it: the game, the system, the number of
 * players (the highest {@code P<n>} of the input log's column header), the raw start state ({@code Core.bin}) and one
 * key line per frame. Frame 0 is the reset's frame (no button, as recorded), frame i the i-th step.
 *
 * @param game       the integration's name ({@code GameName})
 * @param system     the system name, e.g. {@code Genesis} (from the header's {@code Platform} code)
 * @param players    pads per frame
 * @param startState the raw save state to start from
 * @param keyLines   each frame's key fields, one string per player (letters and dots)
 */
public record Movie(String game, String system, int players, byte[] startState, List<String[]> keyLines) {
    static final String INPUT_LOG = "Input Log.txt";
    static final String HEADER = "Header.txt";
    static final String CORE_STATE = "Core.bin";

    /** Reads a movie file; a file that is not a complete {@code .bk2} gives one {@link RetroException} line. */
    public static Movie read(Path path) {
        try (ZipFile zip = new ZipFile(path.toFile())) {
            String game = null;
            String system = null;
            for (String line : lines(zip, path, HEADER)) {
                if (line.startsWith("GameName ")) {
                    game = line.substring(9);
                } else if (line.startsWith("Platform ")) {
                    system = Bk2Keys.systemOfPlatform(line.substring(9));
                }
            }
            if (game == null || system == null) {
                throw new RetroException("movie " + path + ": " + HEADER + " lacks a " + (game == null ? "GameName"
                        : "Platform") + " line");
            }
            List<String> log = lines(zip, path, INPUT_LOG);
            byte[] state;
            try (InputStream in = zip.getInputStream(entry(zip, path, CORE_STATE))) {
                state = in.readAllBytes();
            }
            int players = players(log, path);
            return new Movie(game, system, players, state, keyLines(log, players));
        } catch (ZipException e) {
            throw new RetroException("movie " + path + " is not a .bk2 movie (not a zip archive: " + e.getMessage() + ")");
        } catch (IOException e) {
            throw new RetroException("cannot read the movie " + path + " (" + e + ")");
        }
    }

    /** Number of frames, the reset's included. */
    public int frames() {
        return keyLines.size();
    }

    /**
     * The button masks of every frame for a system's buttons: {@code [frame][player]}, bit i = button id i. Letters
     * the system has no button for are ignored, as stable-retro does.
     */
    public int[][] masks(List<String> buttons) {
        Bk2Keys keys = new Bk2Keys(system, buttons);
        int[][] out = new int[keyLines.size()][players];
        for (int f = 0; f < out.length; f++) {
            String[] fields = keyLines.get(f);
            for (int p = 0; p < players; p++) {
                for (int i = 0; i < fields[p].length(); i++) {
                    int id = keys.button(fields[p].charAt(i));
                    if (id >= 0) {
                        out[f][p] |= 1 << id;
                    }
                }
            }
        }
        return out;
    }

    private static ZipEntry entry(ZipFile zip, Path path, String name) {
        ZipEntry e = zip.getEntry(name);
        if (e == null) {
            throw new RetroException("movie " + path + " lacks '" + name + "'; a .bk2 movie holds '" + INPUT_LOG
                    + "', '" + HEADER + "' and '" + CORE_STATE + "'");
        }
        return e;
    }

    private static List<String> lines(ZipFile zip, Path path, String name) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(zip.getInputStream(entry(zip, path, name)),
                StandardCharsets.US_ASCII))) {
            return r.lines().toList();
        }
    }

    /** The highest player number of the column header (the line after {@code [Input]}). */
    private static int players(List<String> log, Path path) {
        int players = 0;
        if (log.size() >= 2 && log.get(0).equals("[Input]")) {
            for (String column : log.get(1).split("\\|")) {
                if (column.length() >= 2 && column.charAt(0) == 'P' && Character.isDigit(column.charAt(1))) {
                    players = Math.max(players, Character.digit(column.charAt(1), 10));
                }
            }
        }
        if (players == 0) {
            throw new RetroException("movie " + path + ": " + INPUT_LOG + " has no [Input] column header naming "
                    + "players (P1 ...)");
        }
        return players;
    }

    /** Each key line's per-player fields; the leading command field ({@code |..|}) is skipped. */
    private static List<String[]> keyLines(List<String> log, int players) {
        List<String[]> out = new ArrayList<>();
        for (String line : log) {
            if (line.isEmpty()) {
                break; // stable-retro's reader ends at the first empty line
            }
            if (line.charAt(0) != '|') {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            String[] fields = new String[players];
            for (int p = 0; p < players; p++) {
                fields[p] = p + 2 < parts.length ? parts[p + 2] : "";
            }
            out.add(fields);
        }
        return out;
    }
}

package org.jgym.env.retro;

import java.util.HashMap;
import java.util.Map;
import org.jgym.env.api.RgbFrame;
import org.jgym.env.retro.integration.Integration;
import org.jgym.env.retro.integration.RetroCatalog;
import org.jgym.env.retro.movie.Movie;

/**
 * Plays a {@code .bk2} movie back, as stable-retro's {@code playback_movie} does: an env on the movie's game with
 * every button available ({@code use_restricted_actions=all}), the movie's players, started from the movie's
 * {@code Core.bin}; the reset consumes frame 0 (the reset's own frame) and every later frame is one step. Like
 * stable-retro's playback it steps on through the scenario's episode end.
 */
public final class MoviePlayback implements AutoCloseable {
    private final Movie movie;
    private final GameSession session;
    private final Map<String, Object> info = new HashMap<>();
    private double totalReward;
    private final int[][] masks;
    private final byte[] action;
    private int frame;

    /** Opens an env for {@code movie} from the integrations of {@code catalog} and resets it. */
    public MoviePlayback(Movie movie, RetroCatalog catalog) {
        Integration game = Integration.open(catalog, movie.game(), Integration.NO_STATE, null, null, movie.players());
        Integration fromMovie = new Integration(game.game(), game.system(), game.rom(), game.romBytes(), game.data(),
                game.scenario(), "movie", movie.startState());
        if (!movie.system().equals(game.system().name())) {
            throw new RetroException("movie of " + movie.game() + " was recorded on " + movie.system() + ", but the "
                    + "integration runs on " + game.system().name());
        }
        this.movie = movie;
        this.masks = movie.masks(game.system().buttons());
        this.action = new byte[game.system().buttons().size() * movie.players()];
        this.session = new GameSession(fromMovie, catalog.core(game.system(), null), ButtonActions.Mode.ALL,
                movie.players(), false);
        session.reset();
        frame = 1;
    }

    /** The movie being played. */
    public Movie movie() {
        return movie;
    }

    /** Whether frames remain. */
    public boolean hasNext() {
        return frame < masks.length;
    }

    /** Runs the next frame with its buttons; returns the screen (uint8 H x W x 3, valid until the next frame). */
    public byte[] step() {
        if (!hasNext()) {
            throw new RetroException("the movie of " + movie.game() + " has no frame " + frame + " (it has "
                    + masks.length + ")");
        }
        int buttons = action.length / movie.players();
        for (int p = 0; p < movie.players(); p++) {
            for (int i = 0; i < buttons; i++) {
                action[p * buttons + i] = (byte) (masks[frame][p] >>> i & 1);
            }
        }
        frame++;
        info.clear();
        byte[] screen = session.step(action, info);
        totalReward += session.reward();
        return screen;
    }

    /** Plays every remaining frame; returns the number of steps played. */
    public int playToEnd() {
        int steps = 0;
        while (hasNext()) {
            step();
            steps++;
        }
        return steps;
    }

    /** The current screen. */
    public RgbFrame screen() {
        return session.render();
    }

    /** The data.json variables after the last frame. */
    public Map<String, Object> info() {
        return Map.copyOf(info);
    }

    /** Player 0's reward summed over the frames played. */
    public double totalReward() {
        return totalReward;
    }

    @Override
    public void close() {
        session.close();
    }
}

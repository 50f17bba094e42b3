package org.jgym.env.retro;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jgym.env.api.AbstractEnv;
import org.jgym.env.api.EnvMetadata;
import org.jgym.env.api.Frame;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.spaces.Space;
import org.jgym.env.api.task.TaskDistribution;
import org.jgym.env.api.task.TaskEnv;
import org.jgym.env.retro.integration.Integration;
import org.jgym.env.retro.libretro.Emulator;
import org.jgym.env.retro.movie.MovieRecorder;

/**
 * A Gym Retro game as a Gymnasium env, step for step like stable-retro's {@code RetroEnv}: one step is one frame;
 * observations are the RGB screen (uint8 H x W x 3, cropped by the scenario) or the RAM blocks; the reward and
 * termination come from the scenario; info holds every data.json variable.
 *
 * <p>Construction loads the game and runs one frame; every reset restores the start state, runs one frame with no
 * button pressed and snapshots the RAM; deltas are taken against the previous snapshot. The env owns one
 * {@link Emulator}, so envs of the same core run side by side in one JVM. Tasks are (game, state) pairs: another
 * state of the game, or another game of the same system with the same spaces (e.g. the Sonic contest levels), from
 * the next reset on.
 */
public final class RetroEnv extends AbstractEnv<byte[], Object> implements TaskEnv<RetroTask> {
    /** Render modes and frame rate (stable-retro's {@code video.frames_per_second}). */
    public static final EnvMetadata METADATA = new EnvMetadata(List.of(EnvMetadata.RGB_ARRAY), 60.0);

    private final Path core;
    private final ButtonActions.Mode mode;
    private final int players;
    private final boolean ramObservation;
    private final Function<RetroTask, Integration> opener;
    private final TaskDistribution<RetroTask> tasks;
    private GameSession session;
    private GameSession nextGame;
    private Integration nextState;
    private MovieRecorder recorder;

    /**
     * @param integration the resolved game
     * @param core        the core library to run it on
     * @param mode        how actions are given
     * @param players     how many pads the actions drive (1 or 2; the reward is player 0's, as stable-retro's)
     * @param ram         observe the RAM instead of the screen
     * @param renderMode  {@code rgb_array} or null
     * @param opener      resolves a task to its integration, for {@link #setTask}
     * @param tasks       the distribution of this env's tasks
     */
    public RetroEnv(Integration integration, Path core, ButtonActions.Mode mode, int players, boolean ram,
            String renderMode, Function<RetroTask, Integration> opener, TaskDistribution<RetroTask> tasks) {
        super(METADATA, renderMode);
        this.core = core;
        this.mode = mode;
        this.players = players;
        this.ramObservation = ram;
        this.opener = opener;
        this.tasks = tasks;
        this.session = new GameSession(integration, core, mode, players, ram);
    }

    @Override
    protected byte[] onReset(Map<String, Object> options, Map<String, Object> info) {
        if (nextGame != null) {
            session.close();
            session = nextGame;
            nextGame = null;
        }
        if (nextState != null) {
            session.setIntegration(nextState);
            nextState = null;
        }
        if (recorder != null) {
            Integration i = session.integration();
            recorder.startEpisode(i.game(), i.system().name(), i.system().buttons(), players, i.stateName(),
                    i.initialState());
        }
        session.record(recorder);
        return session.reset();
    }

    @Override
    protected void onStep(Object action, StepResult<byte[]> out) {
        byte[] obs = session.step(action, out.info());
        out.set(obs, session.reward(), session.done(), false);
    }

    @Override
    protected Frame onRender(String mode) {
        return session.render();
    }

    @Override
    public Space<byte[]> observationSpace() {
        return session.observationSpace();
    }

    @Override
    public Space<Object> actionSpace() {
        return session.actionSpace();
    }

    /**
     * Records every episode from its reset on into a new {@code .bk2} movie in {@code directory}, named and written as
     * stable-retro's {@code record} option does ({@link MovieRecorder}); the movie is finished at the next reset or
     * at close.
     */
    public void recordMovies(Path directory) {
        MovieRecorder next = new MovieRecorder(directory);
        if (recorder != null) {
            recorder.close();
        }
        recorder = next;
    }

    /** The movie being recorded, or null. */
    public Path movieFile() {
        return recorder == null ? null : recorder.currentFile();
    }

    /** The integration this env runs. */
    public Integration integration() {
        return session.integration();
    }

    /** The emulator, for tools that need the core directly (save states, memory). */
    public Emulator emulator() {
        return session.emulator();
    }

    /** Button names of the system, in bit order. */
    public List<String> buttons() {
        return session.integration().system().buttons();
    }

    /** The action groups as button masks, in the order the discrete modes index them. */
    public List<int[]> buttonCombos() {
        return session.actions().groups();
    }

    @Override
    public TaskDistribution<RetroTask> taskDistribution() {
        return tasks;
    }

    /**
     * Plays {@code task} from the next reset on: another state of this game, or another game of the same system whose
     * spaces are the same (its emulator is loaded now, so a missing ROM or state is reported here).
     */
    @Override
    public void setTask(RetroTask task) {
        Integration next = opener.apply(task);
        if (next.game().equals(session.integration().game())) {
            nextState = next;
            return;
        }
        if (!next.system().equals(session.integration().system())) {
            throw new RetroException("task " + task + " runs on " + next.system().name() + ", this env on "
                    + session.integration().system().name() + "; tasks must share the system");
        }
        GameSession loaded = new GameSession(next, core, mode, players, ramObservation);
        if (!loaded.observationSpace().equals(observationSpace()) || !loaded.actionSpace().equals(actionSpace())) {
            loaded.close();
            throw new RetroException("task " + task + " has other spaces (" + loaded.observationSpace() + ", "
                    + loaded.actionSpace() + ") than this env; tasks must keep the spaces");
        }
        if (nextGame != null) {
            nextGame.close();
        }
        nextGame = loaded;
        nextState = null;
    }

    @Override
    public RetroTask task() {
        Integration i = nextState != null ? nextState : nextGame != null ? nextGame.integration() : session.integration();
        return new RetroTask(i.game(), i.stateName());
    }

    @Override
    protected void onClose() {
        if (recorder != null) {
            recorder.close();
        }
        session.close();
        if (nextGame != null) {
            nextGame.close();
        }
    }
}

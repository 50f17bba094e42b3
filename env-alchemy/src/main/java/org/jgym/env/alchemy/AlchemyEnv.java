package org.jgym.env.alchemy;

import java.util.List;
import java.util.Map;
import org.jgym.env.api.AbstractEnv;
import org.jgym.env.api.AnsiFrame;
import org.jgym.env.api.EnvMetadata;
import org.jgym.env.api.Frame;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.spaces.Box;
import org.jgym.env.api.spaces.Discrete;
import org.jgym.env.api.spaces.Space;
import org.jgym.env.api.task.TaskDistribution;
import org.jgym.env.api.task.TaskEnv;

/**
 * {@code SymbolicAlchemy-v0}: DeepMind's symbolic Alchemy. An episode is 10 trials of 20 steps on one chemistry;
 * each trial shows 3 stones and 12 potions; rewards come from stones put into the cauldron.
 *
 * <p><b>Actions</b>: {@code Discrete(40)}, or {@code Discrete(41)} with {@code end_trial_action}; see
 * {@link ActionLayout}. Actions on used slots are legal and do nothing (the step is spent).
 * <b>Observation</b>: {@code Box(-1, 2, (39,), float32)}, plus 28 floats with a chemistry view; see
 * {@link AlchemyGame#writeObservation} and {@link ChemistryView}.
 * <b>Rewards</b>: the cauldron pays -3, -1, +1 or +15 by stone. <b>Episode end</b>: terminated after the 10th
 * trial (200 steps without the end-trial action). <b>Task</b>: a {@link Chemistry} of the level; with none set, each
 * reset draws one from the level's prior.
 */
public final class AlchemyEnv extends AbstractEnv<float[], Integer> implements TaskEnv<Chemistry> {
    /** The registered env id. */
    public static final String ID = "SymbolicAlchemy-v0";
    /** Info key: the trial (0 to 9) the observation shows; 10 once the episode is over. */
    public static final String INFO_TRIAL = "trial";
    /** Info key: steps already spent in that trial. */
    public static final String INFO_STEP_IN_TRIAL = "step_in_trial";
    /** Info key: whether this step ended a trial. */
    public static final String INFO_TRIAL_ENDED = "trial_ended";
    private static final EnvMetadata METADATA = new EnvMetadata(List.of(EnvMetadata.ANSI), 4);

    private final Level level;
    private final ChemistryView view;
    private final AlchemyGame game;
    private final ChemistryDistribution distribution;
    private final Discrete actionSpace;
    private final Box<float[]> observationSpace;
    private final float[] observation;
    private Chemistry task;
    private Chemistry chemistry;

    /**
     * @param level          the chemistry prior
     * @param endTrialAction whether action 0 ends the trial (41 actions instead of 40)
     * @param view           chemistry part appended to the observation
     * @param renderMode     {@code ansi} or null
     */
    public AlchemyEnv(Level level, boolean endTrialAction, ChemistryView view, String renderMode) {
        super(METADATA, renderMode);
        this.level = level;
        this.view = view;
        this.game = new AlchemyGame(endTrialAction);
        this.distribution = new ChemistryDistribution(level);
        this.actionSpace = new Discrete(game.actions().count());
        this.observation = new float[AlchemyGame.OBSERVATION_SIZE + view.size()];
        this.observationSpace = Box.float32(-1, 2, observation.length);
    }

    @Override
    protected float[] onReset(Map<String, Object> options, Map<String, Object> info) {
        chemistry = task != null ? task : level.sample(random());
        game.startEpisode(chemistry, random());
        writeObservation();
        info.put(INFO_TRIAL, game.trial());
        info.put(INFO_STEP_IN_TRIAL, 0);
        return observation;
    }

    @Override
    protected void onStep(Integer action, StepResult<float[]> out) {
        int reward = game.step(action, random());
        writeObservation();
        out.set(observation, reward, game.isOver(), false);
        out.info().put(INFO_TRIAL, game.trial());
        out.info().put(INFO_STEP_IN_TRIAL, game.stepInTrial());
        out.info().put(INFO_TRIAL_ENDED, game.lastStepEndedTrial());
    }

    private void writeObservation() {
        game.writeObservation(observation, 0);
        view.write(chemistry, observation, AlchemyGame.OBSERVATION_SIZE);
    }

    @Override
    protected Frame onRender(String mode) {
        return new AnsiFrame(AlchemyText.render(game));
    }

    @Override
    public Space<float[]> observationSpace() {
        return observationSpace;
    }

    @Override
    public Space<Integer> actionSpace() {
        return actionSpace;
    }

    @Override
    public TaskDistribution<Chemistry> taskDistribution() {
        return distribution;
    }

    /** Fixes the chemistry of the following episodes (from the next reset); null draws one per episode again. */
    @Override
    public void setTask(Chemistry task) {
        if (task != null) {
            distribution.checkInSupport(task);
        }
        this.task = task;
    }

    @Override
    public Chemistry task() {
        return task;
    }

    /** The chemistry of the running episode (null before the first reset). */
    public Chemistry chemistry() {
        return chemistry;
    }

    /** The level this env draws chemistries from. */
    public Level level() {
        return level;
    }

    /** The action encoding (40 or 41 actions). */
    public ActionLayout actions() {
        return game.actions();
    }

    /** The chemistry part of the observation. */
    public ChemistryView chemistryView() {
        return view;
    }
}

package org.jgym.env.alchemy.bots;

import org.jgym.env.alchemy.ActionLayout;
import org.jgym.env.alchemy.AlchemyGame;
import org.jgym.env.alchemy.SymbolicObservation;
import org.jgym.env.api.agent.Agent;

/**
 * Base of the Alchemy bots: acts from the symbolic observation only and keeps track of trial boundaries by counting
 * its own steps (a trial ends after 20 steps or on the end-trial action).
 */
public abstract class AlchemyBot implements Agent<float[], Integer> {
    /** The action encoding of the env the bot plays. */
    protected final ActionLayout layout;
    private int stepInTrial;
    private boolean trialStarting = true;

    /** A bot for an env with ({@code true}) or without the end-trial action. */
    protected AlchemyBot(boolean endTrialAction) {
        this.layout = new ActionLayout(endTrialAction);
    }

    /** Called with the first observation of an episode. */
    @Override
    public void onReset(float[] observation) {
        stepInTrial = 0;
        trialStarting = true;
        onEpisodeStart();
    }

    /** The action for {@code observation}. */
    @Override
    public Integer act(float[] observation) {
        if (trialStarting) {
            trialStarting = false;
            onTrialStart(observation);
        }
        int action = choose(observation);
        stepInTrial++;
        if (stepInTrial == AlchemyGame.STEPS_PER_TRIAL || (layout.hasEndTrialAction() && action == 0)) {
            stepInTrial = 0;
            trialStarting = true;
        }
        return action;
    }

    /** Hook: a new episode starts. */
    protected void onEpisodeStart() {
    }

    /** Hook: the observation shows the items of a new trial. */
    protected void onTrialStart(float[] observation) {
    }

    /** The action for the current step. */
    protected abstract int choose(float[] observation);

    /**
     * The reference's macro "end trial": cash the first stone worth more than 0, else end the trial (or no-op when
     * the env has no end-trial action).
     */
    protected int finishTrial(float[] observation) {
        for (int s = 0; s < AlchemyGame.STONES_PER_TRIAL; s++) {
            if (SymbolicObservation.stonePresent(observation, s) && SymbolicObservation.stoneValue(observation, s) > 0) {
                return layout.cauldron(s);
            }
        }
        return layout.hasEndTrialAction() ? layout.endTrial() : layout.noOp();
    }
}

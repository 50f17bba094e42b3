package org.jgym.env.alchemy.bots;

import org.jgym.env.alchemy.AlchemyGame;
import org.jgym.env.alchemy.SymbolicObservation;

/**
 * A bot that replans every step with a {@link TrialPlanner} over a {@link Belief}, updating the belief with every
 * stone it sees and every dip outcome. Subclasses decide where the belief starts at each episode.
 */
public abstract class PlanningBot extends AlchemyBot {
    private static final int NONE = -1;
    private final TrialPlanner planner;
    private final int[] stoneCodes = new int[AlchemyGame.STONES_PER_TRIAL];
    private final int[] potionCounts = new int[HypothesisSpace.COLOURS];
    private int pendingStone = NONE;
    private int pendingColour;
    private int pendingAppearance;
    private int plannedColour;
    private double plannedValue;

    /** A bot whose planner handles beliefs of up to {@code maxHypotheses} with a 2^log2Cache cache. */
    protected PlanningBot(boolean endTrialAction, int maxHypotheses, int log2Cache) {
        super(endTrialAction);
        this.planner = new TrialPlanner(maxHypotheses, log2Cache);
    }

    /** Hypotheses still alive (for profiling). */
    public int beliefSize() {
        return belief().count();
    }

    /** The belief to plan with; subclasses set it up in {@link #onEpisodeStart()}. */
    protected abstract Belief belief();

    @Override
    protected void onTrialStart(float[] observation) {
        pendingStone = NONE;
        planner.clearCache();
        for (int s = 0; s < AlchemyGame.STONES_PER_TRIAL; s++) {
            if (SymbolicObservation.stonePresent(observation, s)) {
                belief().observeStone(SymbolicObservation.stoneAppearance(observation, s),
                        SymbolicObservation.stonePlusCount(observation, s));
            }
        }
    }

    @Override
    protected int choose(float[] observation) {
        readState(observation);
        if (pendingStone != NONE) {
            belief().observeDip(pendingColour, pendingAppearance, stoneCodes[pendingStone]);
            pendingStone = NONE;
        }
        int stone = plan(belief(), stoneCodes, potionCounts);
        if (stone == TrialPlanner.STOP) {
            return finishTrial(observation);
        }
        int colour = plannedColour;
        for (int p = 0; p < AlchemyGame.POTIONS_PER_TRIAL; p++) {
            if (SymbolicObservation.potionColour(observation, p) == colour) {
                pendingStone = stone;
                pendingColour = colour;
                pendingAppearance = stoneCodes[stone] >> 2;
                return layout.dip(stone, p);
            }
        }
        throw new IllegalStateException("PlanningBot: planner chose colour " + colour + " but no such potion is left");
    }

    private void readState(float[] observation) {
        for (int s = 0; s < AlchemyGame.STONES_PER_TRIAL; s++) {
            stoneCodes[s] = SymbolicObservation.stonePresent(observation, s)
                    ? SymbolicObservation.stoneAppearance(observation, s) * 4
                            + SymbolicObservation.stonePlusCount(observation, s)
                    : TrialPlanner.ABSENT;
        }
        java.util.Arrays.fill(potionCounts, 0);
        for (int p = 0; p < AlchemyGame.POTIONS_PER_TRIAL; p++) {
            int colour = SymbolicObservation.potionColour(observation, p);
            if (colour >= 0) {
                potionCounts[colour]++;
            }
        }
    }

    /**
     * Plans the next step with the exact planner: returns the stone slot to dip or {@link TrialPlanner#STOP}, and
     * reports the colour and plan value through {@link #planned}.
     */
    protected int plan(Belief belief, int[] stones, int[] potions) {
        int stone = planner.plan(belief, stones, potions);
        planned(planner.bestColour(), planner.bestValue());
        return stone;
    }

    /** Records the colour to dip into and the expected value of the plan chosen by {@link #plan}. */
    protected final void planned(int colour, double value) {
        plannedColour = colour;
        plannedValue = value;
    }

    /** Expected reward still to collect in this trial, as of the last plan. */
    public double plannedValue() {
        return plannedValue;
    }

    /** Search nodes expanded so far (for profiling). */
    public long searchNodes() {
        return planner.nodes();
    }
}

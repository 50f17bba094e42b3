package org.jgym.env.alchemy;

import java.util.Arrays;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The dynamics of one symbolic Alchemy episode, free of any env framework: 10 trials of 20 steps; each trial
 * brings 3 stones (latent vertex uniform over 8) and 12 potions (latent type uniform over 6).
 *
 * <p>Semantics: dipping a stone into a potion consumes the potion whatever happens; the stone moves along the potion's
 * axis when it sits on the opposite face and the edge exists. Putting a stone into the cauldron removes it and pays
 * its value (-3, -1, +1 or +15). Actions on an empty stone slot or a used potion slot do nothing but still spend the
 * step; so does the no-op. A trial ends after 20 steps or on the end-trial action; the next trial's items are drawn
 * on that same step. The episode ends with the 10th trial.
 */
public final class AlchemyGame {
    /** Trials per episode. */
    public static final int TRIALS = 10;
    /** Steps per trial. */
    public static final int STEPS_PER_TRIAL = 20;
    /** Stones per trial. */
    public static final int STONES_PER_TRIAL = 3;
    /** Potions per trial. */
    public static final int POTIONS_PER_TRIAL = 12;
    /** Floats of the symbolic observation: 3 stones x 5 + 12 potions x 2. */
    public static final int OBSERVATION_SIZE = 5 * STONES_PER_TRIAL + 2 * POTIONS_PER_TRIAL;
    /** Sentinel feature value of an absent stone. */
    public static final float ABSENT_STONE_FEATURE = 2f;
    /** Marker for an empty stone slot or used potion slot in {@link #stone} / {@link #potion}. */
    public static final int EMPTY = -1;

    private final ActionLayout actions;
    private final int[] stones = new int[STONES_PER_TRIAL];
    private final int[] potions = new int[POTIONS_PER_TRIAL];
    // per-episode lookup tables so that observations allocate nothing
    private final float[][] stoneFeatures = new float[LatentCube.VERTICES][LatentCube.AXES];
    private final float[] potionFeatures = new float[LatentCube.POTION_TYPES];
    private Chemistry chemistry;
    private int trial;
    private int stepInTrial;
    private boolean over = true;
    private boolean lastStepEndedTrial;
    private int cauldronValue;
    private int cauldronStones;

    /** A game with ({@code true}) or without the end-trial action. */
    public AlchemyGame(boolean endTrialAction) {
        this.actions = new ActionLayout(endTrialAction);
    }

    /** The action encoding of this game. */
    public ActionLayout actions() {
        return actions;
    }

    /** Starts an episode with {@code chemistry}, drawing the first trial's items from {@code rng}. */
    public void startEpisode(Chemistry chemistry, RandomGenerator rng) {
        this.chemistry = Objects.requireNonNull(chemistry, "chemistry");
        int[] perceived = new int[LatentCube.AXES];
        for (int v = 0; v < LatentCube.VERTICES; v++) {
            chemistry.perceiveStone(v, perceived);
            for (int axis = 0; axis < LatentCube.AXES; axis++) {
                stoneFeatures[v][axis] = perceived[axis];
            }
        }
        for (int type = 0; type < LatentCube.POTION_TYPES; type++) {
            potionFeatures[type] = potionColourFeature(chemistry.potionMap().colour(type));
        }
        trial = 0;
        over = false;
        lastStepEndedTrial = false;
        startTrial(rng);
    }

    private void startTrial(RandomGenerator rng) {
        stepInTrial = 0;
        cauldronValue = 0;
        cauldronStones = 0;
        for (int s = 0; s < STONES_PER_TRIAL; s++) {
            stones[s] = rng.nextInt(LatentCube.VERTICES);
        }
        for (int p = 0; p < POTIONS_PER_TRIAL; p++) {
            potions[p] = rng.nextInt(LatentCube.POTION_TYPES);
        }
    }

    /**
     * Plays {@code action} and returns its reward. When the step ends a trial, the next trial's items are drawn from
     * {@code rng} (except after the last trial, whose final state stays visible).
     */
    public int step(int action, RandomGenerator rng) {
        if (over) {
            throw new IllegalStateException("AlchemyGame: the episode is over; start a new one before stepping");
        }
        if (action < 0 || action >= actions.count()) {
            throw new IllegalArgumentException("AlchemyGame: action must be in [0, " + (actions.count() - 1)
                    + "], got " + action);
        }
        int reward = 0;
        boolean endTrial = actions.hasEndTrialAction() && action == 0;
        if (actions.isStoneAction(action)) {
            int stone = actions.stoneOf(action);
            int target = actions.targetOf(action);
            if (stones[stone] != EMPTY) {
                if (target == 0) {
                    reward = LatentCube.value(stones[stone]);
                    stones[stone] = EMPTY;
                    cauldronValue += reward;
                    cauldronStones++;
                } else if (potions[target - 1] != EMPTY) {
                    stones[stone] = chemistry.graph().apply(stones[stone], potions[target - 1]);
                    potions[target - 1] = EMPTY;
                }
            }
        }
        stepInTrial++;
        lastStepEndedTrial = endTrial || stepInTrial == STEPS_PER_TRIAL;
        if (lastStepEndedTrial) {
            trial++;
            if (trial == TRIALS) {
                over = true;
            } else {
                startTrial(rng);
            }
        }
        return reward;
    }

    /** Writes the 39-float symbolic observation of the current trial into {@code out} from {@code offset}. */
    public void writeObservation(float[] out, int offset) {
        for (int s = 0; s < STONES_PER_TRIAL; s++) {
            int base = offset + 5 * s;
            if (stones[s] == EMPTY) {
                out[base] = ABSENT_STONE_FEATURE;
                out[base + 1] = ABSENT_STONE_FEATURE;
                out[base + 2] = ABSENT_STONE_FEATURE;
                out[base + 3] = ABSENT_STONE_FEATURE;
                out[base + 4] = 1f;
            } else {
                float[] features = stoneFeatures[stones[s]];
                out[base] = features[0];
                out[base + 1] = features[1];
                out[base + 2] = features[2];
                out[base + 3] = LatentCube.rewardIndicator(stones[s]);
                out[base + 4] = 0f;
            }
        }
        for (int p = 0; p < POTIONS_PER_TRIAL; p++) {
            int base = offset + 5 * STONES_PER_TRIAL + 2 * p;
            if (potions[p] == EMPTY) {
                out[base] = 1f;
                out[base + 1] = 1f;
            } else {
                out[base] = potionFeatures[potions[p]];
                out[base + 1] = 0f;
            }
        }
    }

    /** Observation value of perceived colour {@code colour}: colour / 3 - 1. */
    public static float potionColourFeature(int colour) {
        return colour / 3f - 1f;
    }

    /** The chemistry of the running episode (null before the first episode). */
    public Chemistry chemistry() {
        return chemistry;
    }

    /** Latent vertex of the stone in slot {@code slot}, or {@link #EMPTY}. */
    public int stone(int slot) {
        return stones[slot];
    }

    /** Latent type of the potion in slot {@code slot}, or {@link #EMPTY}. */
    public int potion(int slot) {
        return potions[slot];
    }

    /** Current trial, 0 to 9 (10 once the episode is over). */
    public int trial() {
        return trial;
    }

    /** Steps already spent in the current trial. */
    public int stepInTrial() {
        return stepInTrial;
    }

    /** Whether the last step ended a trial. */
    public boolean lastStepEndedTrial() {
        return lastStepEndedTrial;
    }

    /** Stones put into the cauldron during the current trial. */
    public int cauldronStones() {
        return cauldronStones;
    }

    /** Reward collected from the cauldron during the current trial. */
    public int cauldronValue() {
        return cauldronValue;
    }

    /** Whether the episode is over. */
    public boolean isOver() {
        return over;
    }

    /** Overwrites the current trial's items; for tests and replays of logged episodes. */
    public void setTrialItems(int[] stoneVertices, int[] potionTypes) {
        if (stoneVertices.length != STONES_PER_TRIAL || potionTypes.length != POTIONS_PER_TRIAL) {
            throw new IllegalArgumentException("AlchemyGame: need 3 stones and 12 potions, got "
                    + stoneVertices.length + " and " + potionTypes.length);
        }
        for (int v : stoneVertices) {
            if (v != EMPTY && (v < 0 || v >= LatentCube.VERTICES)) {
                throw new IllegalArgumentException("AlchemyGame: stone vertex must be in [0, 7] or -1, got "
                        + Arrays.toString(stoneVertices));
            }
        }
        for (int t : potionTypes) {
            if (t != EMPTY && (t < 0 || t >= LatentCube.POTION_TYPES)) {
                throw new IllegalArgumentException("AlchemyGame: potion type must be in [0, 5] or -1, got "
                        + Arrays.toString(potionTypes));
            }
        }
        System.arraycopy(stoneVertices, 0, stones, 0, STONES_PER_TRIAL);
        System.arraycopy(potionTypes, 0, potions, 0, POTIONS_PER_TRIAL);
    }
}

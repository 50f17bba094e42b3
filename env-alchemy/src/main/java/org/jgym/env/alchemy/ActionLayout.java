package org.jgym.env.alchemy;

/**
 * The slot-based action encoding of symbolic Alchemy.
 *
 * <p>Without the end-trial action (40 actions): 0 = no-op, {@code 1 + 13 s + t} for stone slot s (0 to 2) and
 * target t, t = 0 the cauldron, t = 1..12 potion slot t - 1. With it (41 actions): 0 = end trial, 1 = no-op, then
 * {@code 2 + 13 s + t}.
 */
public final class ActionLayout {
    /** Targets per stone: the cauldron plus 12 potion slots. */
    public static final int TARGETS_PER_STONE = 1 + AlchemyGame.POTIONS_PER_TRIAL;

    private final boolean endTrialAction;
    private final int firstSlotAction;

    /** Layout with ({@code true}, 41 actions) or without ({@code false}, 40 actions) the end-trial action. */
    public ActionLayout(boolean endTrialAction) {
        this.endTrialAction = endTrialAction;
        this.firstSlotAction = endTrialAction ? 2 : 1;
    }

    /** Whether action 0 ends the trial. */
    public boolean hasEndTrialAction() {
        return endTrialAction;
    }

    /** Number of actions: 40 or 41. */
    public int count() {
        return firstSlotAction + AlchemyGame.STONES_PER_TRIAL * TARGETS_PER_STONE;
    }

    /** The no-op action. */
    public int noOp() {
        return endTrialAction ? 1 : 0;
    }

    /** The end-trial action; throws when the layout has none. */
    public int endTrial() {
        if (!endTrialAction) {
            throw new IllegalStateException("ActionLayout: this env has no end-trial action (end_trial_action=false)");
        }
        return 0;
    }

    /** Action putting stone slot {@code stone} into the cauldron. */
    public int cauldron(int stone) {
        return firstSlotAction + TARGETS_PER_STONE * stone;
    }

    /** Action dipping stone slot {@code stone} into potion slot {@code potion}. */
    public int dip(int stone, int potion) {
        return firstSlotAction + TARGETS_PER_STONE * stone + 1 + potion;
    }

    /** Whether {@code action} addresses a stone (cauldron or potion); false for no-op and end trial. */
    public boolean isStoneAction(int action) {
        return action >= firstSlotAction;
    }

    /** Stone slot of a stone action. */
    public int stoneOf(int action) {
        return (action - firstSlotAction) / TARGETS_PER_STONE;
    }

    /** Target of a stone action: 0 for the cauldron, else potion slot + 1. */
    public int targetOf(int action) {
        return (action - firstSlotAction) % TARGETS_PER_STONE;
    }

    /** Human-readable description of {@code action}. */
    public String describe(int action) {
        if (action < 0 || action >= count()) {
            return "invalid action " + action;
        }
        if (!isStoneAction(action)) {
            return endTrialAction && action == 0 ? "end trial" : "no-op";
        }
        int target = targetOf(action);
        return "stone " + stoneOf(action) + (target == 0 ? " -> cauldron" : " -> potion " + (target - 1));
    }
}

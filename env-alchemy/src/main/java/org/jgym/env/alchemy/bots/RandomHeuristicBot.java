package org.jgym.env.alchemy.bots;

import java.util.random.RandomGenerator;
import org.jgym.env.alchemy.AlchemyGame;
import org.jgym.env.alchemy.SymbolicObservation;

/**
 * The reference's random-action bot: while some stone is not worth +15 and potions remain, dip a uniformly chosen
 * such stone into a uniformly chosen remaining potion; then cash every stone worth more than 0 and end the trial.
 */
public final class RandomHeuristicBot extends AlchemyBot {
    private final RandomGenerator random;
    private final int[] potionSlots = new int[AlchemyGame.POTIONS_PER_TRIAL];
    private final int[] stoneSlots = new int[AlchemyGame.STONES_PER_TRIAL];

    /** A bot drawing from {@code random}. */
    public RandomHeuristicBot(boolean endTrialAction, RandomGenerator random) {
        super(endTrialAction);
        this.random = random;
    }

    @Override
    protected int choose(float[] observation) {
        int potions = 0;
        for (int p = 0; p < AlchemyGame.POTIONS_PER_TRIAL; p++) {
            if (SymbolicObservation.potionColour(observation, p) >= 0) {
                potionSlots[potions++] = p;
            }
        }
        int stones = 0;
        for (int s = 0; s < AlchemyGame.STONES_PER_TRIAL; s++) {
            if (SymbolicObservation.stonePresent(observation, s)
                    && SymbolicObservation.stonePlusCount(observation, s) < 3) {
                stoneSlots[stones++] = s;
            }
        }
        if (stones == 0 || potions == 0) {
            return finishTrial(observation);
        }
        int stone = stoneSlots[random.nextInt(stones)];
        int potion = potionSlots[random.nextInt(potions)];
        return layout.dip(stone, potion);
    }
}

package org.jgym.agents.rl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Batch averages: by default means over episodes of per-episode means (pytorch-maml-rl); with
 * {@link BatchAveraging#STEP} means over all steps (rllab, the MAML paper's code).
 */
class RowWeightsTest {
    private static TrajectoryBatch oneAndThreeSteps() {
        // episode 0: one step (a goal reached at once); episode 1: three steps
        return new TrajectoryBatch(1, 1, new double[] {0, 0, 1, 2}, new double[4], new double[] {-1, -3, -2, -1},
                new int[] {0, 1, 4}, new double[] {Double.NaN, Double.NaN});
    }

    @Test
    void aShortEpisodeWeighsAsMuchAsALongOne() {
        assertArrayEquals(new double[] {0.5, 1.0 / 6, 1.0 / 6, 1.0 / 6}, oneAndThreeSteps().rowWeights(), 1e-15);
    }

    @Test
    void stepAveragingWeighsEveryStepAlike() {
        TrajectoryBatch b = oneAndThreeSteps();
        TrajectoryBatch steps = new TrajectoryBatch(1, 1, b.obs(), b.actions(), b.rewards(), new int[] {0, 1, 4},
                new double[] {Double.NaN, Double.NaN}, BatchAveraging.STEP);
        assertArrayEquals(new double[] {0.25, 0.25, 0.25, 0.25}, steps.rowWeights(), 1e-15);
        assertEquals(BatchAveraging.STEP, BatchAveraging.parse(" Step "));
    }

    @Test
    void normalisedAdvantagesHaveEpisodeMeanZeroAndUnitSpread() {
        double[] x = {4, 1, 2, 3};
        double[] w = oneAndThreeSteps().rowWeights();
        Advantages.normalizeInPlace(x, w);
        // by hand: mean = 0.5 * 4 + 0.5 * 2 = 3; variance = 0.5 * 1 + (4 + 1 + 0) / 6 = 4/3
        double std = Math.sqrt(4.0 / 3) + 1e-8;
        assertArrayEquals(new double[] {1 / std, -2 / std, -1 / std, 0}, x, 1e-12);
        double mean = 0;
        for (int i = 0; i < x.length; i++) mean += w[i] * x[i];
        assertEquals(0, mean, 1e-12);
    }
}

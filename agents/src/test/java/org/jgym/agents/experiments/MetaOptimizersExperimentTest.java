package org.jgym.agents.experiments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jgym.agents.train.TrainConfig;
import org.junit.jupiter.api.Test;

class MetaOptimizersExperimentTest {
    @Test
    void navigationKeepsTheSheetsSettingsAndOtherEnvsGetSeed001s() {
        TrainConfig nav = MetaOptimizersExperiment.config("trpo", 10, 0, 2);
        assertEquals("Navigation2D-v0", nav.env);
        assertEquals(1, nav.innerSteps);
        assertEquals(0.5, nav.innerLr);
        assertEquals("normalize", nav.actionScaling);
        TrainConfig cheetah = MetaOptimizersExperiment.config("ppo", "HalfCheetahDir-v0", 10, 0, 2);
        assertArrayEquals(new int[] {100, 100}, cheetah.hidden);
        assertEquals(20, cheetah.fastBatch);
        assertEquals(3, cheetah.innerSteps);
        assertEquals(0.1, cheetah.innerLr);
        assertEquals("normalize", cheetah.actionScaling);
        assertEquals(0.001, cheetah.metaLr);
        cheetah.validate();
    }

    @Test
    void conclusionTestsSeed001sClaimAgainstTheSeedSpread() {
        String held = MetaOptimizersExperiment.conclusion(
                new double[][] {{-50, -60, -55}, {100, 110, 90}, {150, 160, 140}});
        assertTrue(held.contains("'VPG much worse' held; 'PPO better than TRPO' held (beyond the seed noise)"), held);
        String noisy = MetaOptimizersExperiment.conclusion(new double[][] {{0, 10, 20}, {5, 30, -10}, {40, 0, 10}});
        assertTrue(noisy.contains("'VPG much worse' did not hold; 'PPO better than TRPO' held only within the seed "
                + "noise"), noisy);
        String reversed = MetaOptimizersExperiment.conclusion(new double[][] {{1}, {3}, {2}});
        assertTrue(reversed.contains("'PPO better than TRPO' did not hold"), reversed);
    }
}

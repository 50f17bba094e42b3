package org.jgym.agents.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.jgym.agents.sampling.GymTaskEnvironment;
import org.jgym.env.api.registry.Gym;
import org.junit.jupiter.api.Test;

class MamlLearnsTest {
    @Test
    void postAdaptationReturnBeatsPreAdaptationReturnOnNavigation2D() {
        TrainConfig c = new TrainConfig();
        c.env = "Navigation2D-v0";
        c.iterations = 8;
        c.metaBatch = 8;
        c.fastBatch = 8;
        c.hidden = new int[] {32, 32};
        c.seed = 5;
        c.threads = 2;
        GymTaskEnvironment env = new GymTaskEnvironment(Gym.registry(), c.env, Map.of(), null);
        MetaTrainer.Result r = new MetaTrainer(c, env, Path.of("unused")).train(TrainingListener.NONE, false, false);
        double pre = r.records().subList(4, 8).stream().mapToDouble(IterationRecord::preReturn).average().orElseThrow();
        double post = r.records().subList(4, 8).stream().mapToDouble(IterationRecord::postReturn).average().orElseThrow();
        assertTrue(post > pre + 3, "post-adaptation " + post + " should beat pre-adaptation " + pre);
    }
}

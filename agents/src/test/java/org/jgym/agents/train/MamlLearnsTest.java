package org.jgym.agents.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.jgym.agents.sampling.GymTaskEnvironment;
import org.jgym.agents.testenv.PointGoalEnv;
import org.junit.jupiter.api.Test;

class MamlLearnsTest {
    @Test
    void postAdaptationReturnBeatsPreAdaptationReturnAfterShortMamlTrpoRun() {
        TrainConfig c = new TrainConfig();
        c.env = PointGoalEnv.ID;
        c.iterations = 15;
        c.metaBatch = 10;
        c.fastBatch = 10;
        c.hidden = new int[] {32, 32};
        c.seed = 5;
        c.threads = 2;
        GymTaskEnvironment env = new GymTaskEnvironment(PointGoalEnv.registry(20), PointGoalEnv.ID, Map.of(), "distance");
        MetaTrainer.Result r = new MetaTrainer(c, env, Path.of("unused")).train((rec, d, t) ->
                System.out.printf("it %d pre %.3f post %.3f kl %.4f acc %s %.3fs%n", rec.iteration(), rec.preReturn(),
                        rec.postReturn(), rec.kl(), rec.accepted(), rec.seconds()), false, false);
        double pre = r.records().subList(10, 15).stream().mapToDouble(IterationRecord::preReturn).average().orElseThrow();
        double post = r.records().subList(10, 15).stream().mapToDouble(IterationRecord::postReturn).average().orElseThrow();
        assertTrue(post > pre, "post-adaptation " + post + " should beat pre-adaptation " + pre);
    }
}

package org.jgym.agents.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.jgym.agents.eval.EvalConfig;
import org.jgym.agents.eval.EvalRow;
import org.jgym.agents.eval.Evaluator;
import org.jgym.agents.sampling.ActionScaling;
import org.jgym.agents.sampling.GymTaskEnvironment;
import org.jgym.agents.sampling.TrajectorySampler;
import org.jgym.agents.testenv.PointGoalEnv;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every algorithm / meta-optimizer combination runs and moves the parameters; evaluation is thread-independent. */
class OtherAlgorithmsTest {
    private static GymTaskEnvironment env() {
        return new GymTaskEnvironment(PointGoalEnv.registry(10), PointGoalEnv.ID, Map.of(), "distance");
    }

    @ParameterizedTest
    @CsvSource({"maml,vpg", "maml,ppo", "fomaml,trpo", "fomaml,ppo", "reptile,vpg", "pretrain,trpo", "pretrain,vpg"})
    void algorithmRunsAndUpdatesTheParameters(String algo, String metaOpt) {
        TrainConfig c = new TrainConfig();
        c.env = PointGoalEnv.ID;
        c.algo = algo;
        c.metaOpt = metaOpt;
        c.iterations = 2;
        c.metaBatch = 3;
        c.fastBatch = 3;
        c.hidden = new int[] {8};
        c.threads = 1;
        c.innerSteps = algo.equals("reptile") ? 2 : 1;
        MetaTrainer trainer = new MetaTrainer(c, env(), Path.of("unused"));
        double[] initial = PolicyFactory.initialParams(trainer.policy(),
                org.jgym.agents.sampling.Seeds.derive(c.seed, -7));
        MetaTrainer.Result r = trainer.train(TrainingListener.NONE, false, false);
        assertFalse(Arrays.equals(initial, r.params()), "parameters did not move");
        assertTrue(Arrays.stream(r.params()).allMatch(Double::isFinite));
    }

    @Test
    void evaluationIsIdenticalForOneAndThreeThreads() {
        TrainConfig c = new TrainConfig();
        c.hidden = new int[] {8};
        TrajectorySampler sampler = new TrajectorySampler(env(), ActionScaling.NORMALIZE);
        var policy = PolicyFactory.create(env(), c);
        double[] params = PolicyFactory.initialParams(policy, 3);
        EvalRow one = new Evaluator(new EvalConfig(2, 5, 4, Double.NaN, 0.5, 11, 1), 0.5, 0.99, 1.0)
                .evaluate("x", policy, params, sampler, env().sampleTasks(5, 1), 2);
        EvalRow three = new Evaluator(new EvalConfig(2, 5, 4, Double.NaN, 0.5, 11, 3), 0.5, 0.99, 1.0)
                .evaluate("x", policy, params, sampler, env().sampleTasks(5, 1), 2);
        assertArrayEquals(one.meanReturn(), three.meanReturn(), 0.0);
    }
}

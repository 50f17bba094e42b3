package org.jgym.env.mujoco;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jgym.env.api.Env;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.check.CheckReport;
import org.jgym.env.api.check.EnvChecker;
import org.jgym.env.api.registry.Gym;
import org.jgym.env.api.spaces.Box;
import org.jgym.env.api.task.TaskEnv;
import org.jgym.env.api.vector.VectorEnv;
import org.jgym.env.api.vector.VectorResult;
import org.jgym.env.mujoco.sim.Simulation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** EnvChecker, seeding determinism and vector stepping on every MuJoCo id. */
class AllEnvsTest {
    static final String[] IDS = {"HalfCheetah-v5", "Ant-v5", "HalfCheetahVel-v0", "HalfCheetahDir-v0", "AntVel-v0",
        "AntDir-v0", "AntGoal-v0"};

    @ParameterizedTest
    @ValueSource(strings = {"HalfCheetah-v5", "Ant-v5", "HalfCheetahVel-v0", "HalfCheetahDir-v0", "AntVel-v0",
        "AntDir-v0", "AntGoal-v0"})
    void passesTheEnvChecker(String id) {
        try (Env<?, ?> env = Gym.make(id)) {
            CheckReport report = EnvChecker.check(env);
            assertTrue(report.passed(), report.toString());
            // the task envs act in [-10, 10] as pytorch-maml-rl's do; the checker rightly warns about that alone
            boolean taskEnv = id.endsWith("-v0");
            assertTrue(report.warnings().stream().allMatch(w -> taskEnv && w.check().equals("action space")),
                    report.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"HalfCheetah-v5", "Ant-v5", "HalfCheetahDir-v0", "AntGoal-v0"})
    void sameSeedSameTrajectoryDifferentSeedDifferent(String id) {
        double[] a = trajectory(id, 3);
        assertArrayEquals(a, trajectory(id, 3));
        assertTrue(!Arrays.equals(a, trajectory(id, 4)));
    }

    private static double[] trajectory(String id, long seed) {
        try (Env<Object, float[]> env = Gym.make(id)) {
            env.reset(seed);
            env.actionSpace().seed(seed);
            double[] out = new double[200];
            for (int t = 0; t < out.length; t++) {
                StepResult<Object> r = env.step(env.actionSpace().sample());
                out[t] = r.reward();
                if (r.done()) {
                    env.reset();
                }
            }
            return out;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"HalfCheetah-v5", "AntVel-v0"})
    void vectorEnvGivesTheSameResultsOnOneOrFourThreads(String id) {
        int copies = 8;
        double[][] byThreads = new double[3][];
        int[] threads = {1, 2, 4};
        for (int k = 0; k < threads.length; k++) {
            try (VectorEnv<Object, float[]> venv = Gym.makeVec(id, copies, Map.of(), threads[k])) {
                venv.reset(100);
                Box<?> single = (Box<?>) Gym.make(id).actionSpace();
                int width = single.size();
                float[] actions = new float[copies * width];
                java.util.Random random = new java.util.Random(9);
                double[] rewards = new double[copies * 150];
                for (int t = 0; t < 150; t++) {
                    for (int i = 0; i < actions.length; i++) {
                        actions[i] = (float) (single.low(i % width) + (single.high(i % width) - single.low(i % width))
                                * random.nextDouble());
                    }
                    VectorResult<Object> r = venv.step(actions);
                    System.arraycopy(r.rewards(), 0, rewards, t * copies, copies);
                }
                byThreads[k] = rewards;
            }
        }
        assertArrayEquals(byThreads[0], byThreads[1]);
        assertArrayEquals(byThreads[0], byThreads[2]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"HalfCheetah-v5", "AntGoal-v0"})
    void copiesShareTheModelAndOwnTheirData(String id) {
        try (Env<?, ?> a = Gym.make(id); Env<?, ?> b = Gym.make(id)) {
            Simulation sa = MujocoEnvAccess.simulation(a);
            Simulation sb = MujocoEnvAccess.simulation(b);
            assertSame(sa.sharedModel(), sb.sharedModel());
            assertTrue(!sa.data().pointer().equals(sb.data().pointer()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"HalfCheetahVel-v0", "AntDir-v0"})
    @SuppressWarnings("unchecked")
    void taskEnvsTakeTasksFromTheirDistribution(String id) {
        try (Env<float[], float[]> env = Gym.make(id)) {
            TaskEnv<Object> taskEnv = (TaskEnv<Object>) env.unwrapped();
            List<Object> tasks = taskEnv.taskDistribution().sample(3, 5L);
            taskEnv.setTask(tasks.get(1));
            env.reset(0);
            assertEquals(tasks.get(1), taskEnv.task());
            Box<float[]> actions = (Box<float[]>) env.actionSpace();
            assertEquals(-10, actions.low(0));
            assertEquals(10, actions.high(0));
        }
    }
}

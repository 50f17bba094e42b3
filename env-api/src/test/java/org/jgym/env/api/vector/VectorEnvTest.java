package org.jgym.env.api.vector;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.jgym.env.api.InvalidActionException;
import org.jgym.env.api.JgymException;
import org.jgym.env.api.ResetNeededException;
import org.jgym.env.api.Seeding;
import org.jgym.env.api.fixtures.CountingEnv;
import org.jgym.env.api.fixtures.TaskCountingEnv;
import org.jgym.env.api.fixtures.ThresholdTask;
import org.jgym.env.api.spaces.Box;
import org.jgym.env.api.spaces.MultiDiscrete;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VectorEnvTest {

    private static List<CountingEnv> copies(int n, int threshold) {
        List<CountingEnv> envs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            envs.add(new CountingEnv(threshold));
        }
        return envs;
    }

    private static VectorEnv<float[], int[]> vector(int n, int threshold, int threads) {
        List<CountingEnv> envs = copies(n, threshold);
        return threads == 0 ? new SyncVectorEnv<>(envs) : new ThreadedVectorEnv<>(envs, threads);
    }

    /** Everything a seeded 40-step run returns, as one string: equal strings mean bit-identical results. */
    private static String run(VectorEnv<float[], int[]> env) {
        StringBuilder out = new StringBuilder();
        VectorResult<float[]> r = env.reset(100);
        out.append(Arrays.toString(r.observations())).append(r.infos()).append('\n');
        RandomGenerator actions = Seeding.generator(7);
        int[] batch = new int[env.numEnvs()];
        for (int t = 0; t < 40; t++) {
            for (int i = 0; i < batch.length; i++) {
                batch[i] = actions.nextInt(3);
            }
            r = env.step(batch);
            out.append(Arrays.toString(r.observations())).append(Arrays.toString(r.rewards()))
                    .append(Arrays.toString(r.terminated())).append(Arrays.toString(r.truncated()))
                    .append(Arrays.toString(r.autoreset())).append(r.infos()).append('\n');
        }
        env.close();
        return out.toString();
    }

    @Test
    void spacesAreBatched() {
        try (VectorEnv<float[], int[]> env = vector(3, 4, 0)) {
            assertEquals(3, env.numEnvs());
            assertEquals(new MultiDiscrete(3, 3, 3), env.actionSpace());
            assertArrayEquals(new int[] {3, 2}, ((Box<?>) env.observationSpace()).shape());
            assertEquals(new org.jgym.env.api.spaces.Discrete(3), env.singleActionSpace());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void threadedGivesBitIdenticalResultsToSync(int threads) {
        String sync = run(vector(5, 4, 0));
        assertEquals(sync, run(vector(5, 4, threads)));
    }

    @Test
    void sameSeedSameRunDifferentSeedDifferentRun() {
        assertEquals(run(vector(3, 4, 0)), run(vector(3, 4, 0)));
        VectorEnv<float[], int[]> a = vector(2, 4, 0);
        VectorEnv<float[], int[]> b = vector(2, 4, 0);
        assertFalse(Arrays.equals(a.reset(1).observations(), b.reset(2).observations()));
    }

    @Test
    void resetSeedsCopyIWithSeedPlusI() {
        try (VectorEnv<float[], int[]> env = vector(3, 4, 2)) {
            VectorResult<float[]> r = env.reset(50);
            for (int i = 0; i < 3; i++) {
                CountingEnv single = new CountingEnv(4);
                float[] expected = single.reset(50 + i).observation();
                assertArrayEquals(expected, Arrays.copyOfRange(r.observations(), 2 * i, 2 * i + 2), "copy " + i);
                assertEquals(50 + i, ((CountingEnv) env.env(i)).seed());
                assertTrue(r.autoreset()[i]);
                assertEquals((double) expected[1], r.infos().get(i).get("noise"));
            }
        }
    }

    @Test
    void nextStepAutoresetSemantics() {
        try (VectorEnv<float[], int[]> env = vector(2, 2, 0)) {
            env.reset(10);
            CountingEnv copy0 = (CountingEnv) env.env(0);
            // copy 0 reaches its threshold, copy 1 does not
            VectorResult<float[]> r = env.step(new int[] {2, 1});
            assertArrayEquals(new boolean[] {true, false}, r.terminated());
            assertArrayEquals(new boolean[] {false, false}, r.truncated());
            assertArrayEquals(new boolean[] {false, false}, r.autoreset());
            assertEquals(2f, r.observations()[0], "the terminal step returns the real final observation");
            assertArrayEquals(new double[] {2, 1}, r.rewards());
            assertEquals(2, r.infos().get(0).get("count"));
            int stepsBefore = copy0.stepsTaken();
            // next step: copy 0's action is ignored, it is reset instead
            r = env.step(new int[] {2, 1});
            assertEquals(stepsBefore, copy0.stepsTaken(), "the autoreset copy was not stepped");
            assertArrayEquals(new boolean[] {false, true}, r.terminated());
            assertArrayEquals(new boolean[] {true, false}, r.autoreset());
            assertEquals(0.0, r.rewards()[0]);
            assertFalse(r.truncated()[0]);
            assertEquals(0f, r.observations()[0], "reset observation");
            assertEquals((double) r.observations()[1], r.infos().get(0).get("noise"), "reset info");
            assertFalse(r.infos().get(0).containsKey("count"));
            assertEquals(2f, r.observations()[2]);
            // and copy 0 then runs a fresh episode
            r = env.step(new int[] {1, 0});
            assertArrayEquals(new boolean[] {false, true}, r.autoreset());
            assertEquals(1f, r.observations()[0]);
            assertEquals(1.0, r.rewards()[0]);
        }
    }

    @Test
    void autoresetContinuesTheCopysRandomStream() {
        try (VectorEnv<float[], int[]> env = vector(1, 1, 0)) {
            env.reset(3);
            env.step(new int[] {1});
            float autoresetNoise = env.step(new int[] {0}).observations()[1];
            CountingEnv single = new CountingEnv(1);
            single.reset(3);
            single.step(1);
            assertEquals(single.reset().observation()[1], autoresetNoise);
        }
    }

    @Test
    void autoresetCopyMayReceiveAnyActionInRange() {
        try (VectorEnv<float[], int[]> env = vector(2, 1, 0)) {
            env.reset(0);
            env.step(new int[] {1, 0});
            VectorResult<float[]> r = env.step(new int[] {7, 0});
            assertTrue(r.autoreset()[0], "copy 0's action is ignored, so it is not validated");
        }
    }

    @Test
    void badBatchTypeOrLengthIsRejected() {
        try (VectorEnv<float[], int[]> env = vector(3, 4, 0)) {
            env.reset(0);
            assertEquals("actions must be a int[] of length 3 (3 copies of Discrete(3)), got int[] of length 2",
                    assertThrows(InvalidActionException.class, () -> env.step(new int[2])).getMessage());
            @SuppressWarnings({"unchecked", "rawtypes"})
            VectorEnv<float[], Object> raw = (VectorEnv) env;
            assertEquals("actions must be a int[] of length 3 (3 copies of Discrete(3)), got long[] of length 3",
                    assertThrows(InvalidActionException.class, () -> raw.step(new long[3])).getMessage());
            assertThrows(InvalidActionException.class, () -> raw.step(null));
            for (int i = 0; i < 3; i++) {
                assertEquals(0, ((CountingEnv) env.env(i)).stepsTaken());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 2})
    void outOfRangeActionOfOneCopyStepsNoCopy(int threads) {
        try (VectorEnv<float[], int[]> env = vector(3, 4, threads)) {
            env.reset(0);
            env.step(new int[] {1, 1, 1});
            InvalidActionException e = assertThrows(InvalidActionException.class, () -> env.step(new int[] {1, 1, 5}));
            assertEquals("copy 2: action rejected, value 5 is out of range; expected an Integer in [0, 2]; "
                    + "no copy was stepped", e.getMessage());
            for (int i = 0; i < 3; i++) {
                assertEquals(1, ((CountingEnv) env.env(i)).stepsTaken(), "copy " + i);
                assertEquals(1, ((CountingEnv) env.env(i)).count(), "copy " + i);
            }
        }
    }

    @Test
    void stepBeforeResetIsRefused() {
        try (VectorEnv<float[], int[]> env = vector(2, 4, 0)) {
            assertEquals("vector env: step() called before the first reset(); call reset(seed) first",
                    assertThrows(ResetNeededException.class, () -> env.step(new int[] {1, 1})).getMessage());
            assertEquals(-1, ((CountingEnv) env.env(0)).seed(), "no copy was reset from OS entropy");
        }
    }

    @Test
    void perCopyTasks() {
        List<TaskCountingEnv> envs = List.of(new TaskCountingEnv(5), new TaskCountingEnv(5), new TaskCountingEnv(5));
        try (VectorEnv<float[], int[]> env = new ThreadedVectorEnv<>(envs, 2)) {
            env.setTask(1, "{\"threshold\": 1}");
            env.setTask(2, Map.of("threshold", 2));
            env.setTask(0, new ThresholdTask(3));
            env.reset(0);
            VectorResult<float[]> r = env.step(new int[] {1, 1, 1});
            assertArrayEquals(new boolean[] {false, true, false}, r.terminated());
            r = env.step(new int[] {1, 1, 1});
            assertArrayEquals(new boolean[] {false, false, true}, r.terminated());
            r = env.step(new int[] {1, 1, 1});
            assertArrayEquals(new boolean[] {true, true, false}, r.terminated(), "copy 1 ends every episode at 1");
            assertEquals("copy index 3 is outside [0, 2]",
                    assertThrows(IndexOutOfBoundsException.class, () -> env.setTask(3, "{}")).getMessage());
        }
    }

    @Test
    void closeClosesEveryCopyOnceAndRefusesCalls() {
        List<CountingEnv> envs = copies(2, 4);
        VectorEnv<float[], int[]> env = new ThreadedVectorEnv<>(envs, 2);
        env.reset(0);
        env.close();
        env.close();
        assertEquals(1, envs.get(0).closeCalls());
        assertEquals(1, envs.get(1).closeCalls());
        assertEquals("vector env is closed", assertThrows(JgymException.class, () -> env.reset(0)).getMessage());
    }

    @Test
    void constructorsRejectBadArguments() {
        assertEquals("a vector env needs at least one env",
                assertThrows(IllegalArgumentException.class, () -> new SyncVectorEnv<>(List.<CountingEnv>of())).getMessage());
        assertEquals("threads must be > 0, got 0",
                assertThrows(IllegalArgumentException.class, () -> new ThreadedVectorEnv<>(copies(1, 1), 0)).getMessage());
    }
}

package org.jgym.env.api.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jgym.env.api.fixtures.CountingEnv;
import org.jgym.env.api.spaces.Discrete;
import org.junit.jupiter.api.Test;

class RolloutsTest {

    @Test
    void countsEpisodesStepsAndReturns() {
        List<Integer> episodes = new ArrayList<>();
        EpisodeStats s = Rollouts.run(new CountingEnv(3), o -> 1, 4, 0, episodes::add);
        assertEquals(4, s.episodes());
        assertArrayEquals(new double[] {3, 3, 3, 3}, s.returns());
        assertArrayEquals(new int[] {3, 3, 3, 3}, s.lengths());
        assertEquals(12, s.totalSteps());
        assertEquals(3.0, s.meanReturn());
        assertEquals(0.0, s.stdReturn());
        assertEquals(3.0, s.meanLength());
        assertEquals(List.of(1, 2, 3, 4), episodes);
        assertTrue(s.seconds() >= 0);
    }

    @Test
    void finalInfoAveragesNumericEntriesOfTheLastSteps() {
        // threshold 4 with action 2 then 2 ends at count 4; action 1 ends at 4 too; action pattern varies count
        int[] first = {2, 2};
        int[] second = {2, 1, 2};
        int[][] plan = {first, second};
        int[] position = {0, 0};
        Agent<float[], Integer> agent = new Agent<>() {
            @Override
            public Integer act(float[] observation) {
                return plan[position[0]][position[1]++];
            }

            @Override
            public void onReset(float[] observation) {
                if (position[1] > 0) {
                    position[0]++;
                }
                position[1] = 0;
            }
        };
        EpisodeStats s = Rollouts.run(new CountingEnv(4), agent, 2, 0);
        assertEquals(Map.of("count", 4.5), s.finalInfo(), "counts 4 and 5; the String label is skipped");
        assertArrayEquals(new double[] {4, 5}, s.returns());
        assertArrayEquals(new int[] {2, 3}, s.lengths());
    }

    @Test
    void rejectsNonPositiveEpisodes() {
        assertEquals("episodes must be > 0, got 0", assertThrows(IllegalArgumentException.class,
                () -> Rollouts.run(new CountingEnv(3), o -> 1, 0, 0)).getMessage());
    }

    @Test
    void sameSeedsGiveTheSameRollout() {
        CountingEnv env1 = new CountingEnv(6);
        CountingEnv env2 = new CountingEnv(6);
        EpisodeStats a = Rollouts.run(env1, new RandomAgent<>(env1.actionSpace(), 9), 10, 1);
        EpisodeStats b = Rollouts.run(env2, new RandomAgent<>(env2.actionSpace(), 9), 10, 1);
        assertArrayEquals(a.returns(), b.returns());
        assertArrayEquals(a.lengths(), b.lengths());
    }

    @Test
    void episodeStatsMeanStdAndStderr() {
        EpisodeStats s = new EpisodeStats(new double[] {1, 2, 3, 4}, new int[] {1, 2, 3, 6}, Map.of(), 2.0);
        assertEquals(2.5, s.meanReturn());
        assertEquals(Math.sqrt(1.25), s.stdReturn(), 1e-15);
        assertEquals(Math.sqrt(1.25) / 2, s.stderrReturn(), 1e-15);
        assertEquals(3.0, s.meanLength());
        assertEquals(6.0, s.stepsPerSecond());
        EpisodeStats empty = new EpisodeStats(new double[0], new int[0], Map.of(), 0);
        assertTrue(Double.isNaN(empty.meanReturn()));
        assertTrue(Double.isNaN(empty.stderrReturn()));
        assertTrue(Double.isNaN(empty.stepsPerSecond()));
    }

    @Test
    void randomAgentIsReproducibleForASeed() {
        RandomAgent<Object, Integer> a = new RandomAgent<>(new Discrete(100), 4);
        RandomAgent<Object, Integer> b = new RandomAgent<>(new Discrete(100), 4);
        RandomAgent<Object, Integer> c = new RandomAgent<>(new Discrete(100), 5);
        List<Integer> xa = new ArrayList<>();
        List<Integer> xb = new ArrayList<>();
        List<Integer> xc = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            xa.add(a.act(null));
            xb.add(b.act(null));
            xc.add(c.act(null));
        }
        assertEquals(xa, xb);
        assertFalse(xa.equals(xc));
    }
}

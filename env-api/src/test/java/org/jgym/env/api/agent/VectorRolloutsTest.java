package org.jgym.env.api.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.jgym.env.api.fixtures.TestSpecs;
import org.jgym.env.api.spaces.Discrete;
import org.jgym.env.api.registry.Registry;
import org.jgym.env.api.vector.VectorEnv;
import org.junit.jupiter.api.Test;

class VectorRolloutsTest {
    private final Registry registry = TestSpecs.registry();

    /** Always adds 2: a threshold-5 counter terminates after 3 steps with return 6. */
    private static Agent<float[], Integer> plusTwo() {
        return observation -> 2;
    }

    @Test
    void countsEpisodesAsTheyEndAcrossCopies() {
        try (VectorEnv<float[], int[]> venv = registry.makeVec(TestSpecs.COUNTING, 3, Map.of(), 1)) {
            EpisodeStats s = Rollouts.run(venv, i -> plusTwo(), 7, 11);
            assertEquals(7, s.episodes());
            assertArrayEquals(new int[] {3, 3, 3, 3, 3, 3, 3}, s.lengths());
            assertEquals(6.0, s.meanReturn());
            assertEquals(6.0, s.finalInfo().get("count"), "three steps of +2");
        }
    }

    @Test
    void sameSeedGivesTheSameStatsWhateverTheThreadCount() {
        EpisodeStats[] runs = new EpisodeStats[3];
        for (int threads = 1; threads <= 3; threads++) {
            try (VectorEnv<float[], int[]> venv = registry.makeVec(TestSpecs.COUNTING, 4, Map.of("threshold", 9), threads)) {
                runs[threads - 1] = Rollouts.run(venv,
                        i -> new RandomAgent<float[], Integer>(new Discrete(3), 100 + i), 10, 5);
            }
        }
        for (EpisodeStats r : runs) {
            assertArrayEquals(runs[0].returns(), r.returns());
            assertArrayEquals(runs[0].lengths(), r.lengths());
        }
    }

    @Test
    void rejectsNonPositiveEpisodes() {
        try (VectorEnv<float[], int[]> venv = registry.makeVec(TestSpecs.COUNTING, 2, Map.of(), 1)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Rollouts.run(venv, i -> plusTwo(), 0, 1));
            assertEquals("episodes must be > 0, got 0", e.getMessage());
        }
    }
}

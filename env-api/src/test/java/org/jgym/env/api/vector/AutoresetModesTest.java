package org.jgym.env.api.vector;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jgym.env.api.ResetNeededException;
import org.jgym.env.api.fixtures.CountingEnv;
import org.junit.jupiter.api.Test;

/** The three Gymnasium autoreset modes and partial resets with a mask, on copies that count to a threshold. */
class AutoresetModesTest {
    private static VectorEnv<float[], int[]> counting(AutoresetMode mode) {
        VectorEnv<float[], int[]> v = new SyncVectorEnv<>(List.of(new CountingEnv(2), new CountingEnv(3)));
        v.setAutoresetMode(mode);
        return v;
    }

    @Test
    void sameStepResetsInTheEndingStepAndKeepsTheFinalObservation() {
        VectorEnv<float[], int[]> v = counting(AutoresetMode.SAME_STEP);
        v.reset(1L, Map.of());
        v.step(new int[] {1, 1});
        VectorResult<float[]> r = v.step(new int[] {1, 1});
        assertTrue(r.terminated()[0]);
        assertArrayEquals(new boolean[] {true, false}, r.hasFinal());
        assertEquals(2f, r.finalObservations()[0]); // the count that ended the episode
        assertEquals(0f, r.observations()[0]);       // already reset
        r = v.step(new int[] {1, 1});
        assertEquals(1f, r.observations()[0]);       // the action counted: no step is skipped
        assertArrayEquals(new boolean[] {false, true}, r.hasFinal());
        assertThrows(IllegalStateException.class, () -> v.setAutoresetMode(AutoresetMode.NEXT_STEP));
    }

    @Test
    void disabledRefusesToStepAFinishedCopyUntilAMaskedResetResetsIt() {
        VectorEnv<float[], int[]> v = counting(AutoresetMode.DISABLED);
        v.reset(1L, Map.of());
        v.step(new int[] {1, 1});
        VectorResult<float[]> r = v.step(new int[] {1, 1});
        assertTrue(r.terminated()[0]);
        assertThrows(ResetNeededException.class, () -> v.step(new int[] {1, 1}));
        r = v.reset(null, Map.of(), new boolean[] {true, false});
        assertEquals(0f, r.observations()[0]);
        assertEquals(2f, r.observations()[2]);      // copy 1 kept its state
        assertEquals(Map.of(), r.infos().get(1));
        assertFalse(r.infos().get(0).isEmpty());
        r = v.step(new int[] {1, 1});
        assertEquals(1f, r.observations()[0]);
        assertTrue(r.terminated()[1]);
    }

    @Test
    void masksAreCheckedAndTheFirstResetCoversEveryCopy() {
        VectorEnv<float[], int[]> v = counting(AutoresetMode.NEXT_STEP);
        assertThrows(ResetNeededException.class, () -> v.reset(null, Map.of(), new boolean[] {true, false}));
        v.reset(null, Map.of(), new boolean[] {true, true});
        assertThrows(IllegalArgumentException.class, () -> v.reset(null, Map.of(), new boolean[] {false, false}));
        assertThrows(IllegalArgumentException.class, () -> v.reset(null, Map.of(), new boolean[] {true}));
        assertThrows(IllegalArgumentException.class, () -> v.reset(new Long[] {1L}, Map.of(), null));
    }
}

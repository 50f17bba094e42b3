package org.jgym.env.retro.wrappers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.jgym.env.api.Env;
import org.jgym.env.api.InvalidKwargsException;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.registry.Gym;
import org.jgym.env.api.spaces.Box;
import org.jgym.env.api.wrappers.TransformObservation;
import org.jgym.env.retro.RetroEnv;
import org.junit.jupiter.api.Test;

/** The contest and seed 001 wrappers on the real Airstriker env. */
class WrappersTest {
    static final String ID = "Airstriker-Genesis-v0";
    static final int B = 0, DOWN = 5, LEFT = 6, RIGHT = 7;

    private static RetroEnv raw() {
        return (RetroEnv) Gym.make(ID).unwrapped();
    }

    private static byte[] pad(int... buttons) {
        byte[] p = new byte[12];
        for (int b : buttons) {
            p[b] = 1;
        }
        return p;
    }

    @Test
    void sonicDiscretizerPressesTheSevenButtonSets() {
        try (RetroEnv a = raw(); RetroEnv b = raw()) {
            SonicDiscretizer<byte[]> d = new SonicDiscretizer<>(asPad(a), a.buttons());
            assertEquals("Discrete(7)", d.actionSpace().toString());
            byte[][] pads = {pad(LEFT), pad(RIGHT), pad(LEFT, DOWN), pad(RIGHT, DOWN), pad(DOWN), pad(DOWN, B), pad(B)};
            d.reset();
            b.reset();
            for (int i = 0; i < 140; i++) {
                assertArrayEquals(b.step(pads[i / 20]).observation(), d.step(i / 20).observation(), "step " + i);
            }
            assertThrows(org.jgym.env.api.InvalidActionException.class, () -> d.step(7));
        }
    }

    @SuppressWarnings("unchecked")
    private static Env<byte[], byte[]> asPad(RetroEnv env) {
        return (Env<byte[], byte[]>) (Env<?, ?>) env;
    }

    @Test
    void stochasticFrameSkipRunsFourFramesAndSticksOnTheFirst() {
        try (RetroEnv a = raw(); RetroEnv b = raw()) {
            StochasticFrameSkip<byte[], byte[]> always = new StochasticFrameSkip<>(asPad(a), 4, 1.0);
            always.reset(3L, Map.of());
            b.reset();
            byte[][] actions = {pad(RIGHT, B), pad(LEFT), pad(DOWN, B)};
            byte[] previous = null;
            for (byte[] act : actions) {
                StepResult<byte[]> r = always.step(act);
                double sum = 0;
                byte[] obs = null;
                for (int f = 0; f < 4; f++) {
                    StepResult<byte[]> s = b.step(f == 0 && previous != null ? previous : act); // stickProb 1: frame 1 sticks
                    sum += s.reward();
                    obs = s.observation();
                }
                assertArrayEquals(obs, r.observation());
                assertEquals(sum, r.reward());
                previous = act;
            }
            assertThrows(IllegalArgumentException.class, () -> new StochasticFrameSkip<>(asPad(a), 0, 0.25));
        }
    }

    @Test
    void sameSeedSameTrajectory() {
        Env<byte[], Integer> a = Gym.make(ID, Map.of("preprocess", "seed001-42"));
        Env<byte[], Integer> b = Gym.make(ID, Map.of("preprocess", "seed001-42"));
        try (a; b) {
            assertArrayEquals(a.reset(5).observation(), b.reset(5).observation());
            for (int i = 0; i < 60; i++) {
                StepResult<byte[]> ra = a.step(i % 7);
                StepResult<byte[]> rb = b.step(i % 7);
                assertArrayEquals(ra.observation(), rb.observation(), "step " + i);
                assertEquals(ra.reward(), rb.reward());
            }
        }
    }

    @Test
    void warpFrameGraysWithOpenCvWeightsAndAveragesAreas() {
        try (RetroEnv env = raw()) {
            // a synthetic picture: red left of x = 158, white right of it
            Box<byte[]> image = Box.uint8(0, 255, 224, 320, 3);
            TransformObservation<byte[], Object, byte[]> synthetic = new TransformObservation<>(env, obs -> {
                byte[] out = new byte[obs.length];
                for (int p = 0; p < 224 * 320; p++) {
                    boolean left = p % 320 < 158;
                    out[3 * p] = (byte) 255;
                    out[3 * p + 1] = (byte) (left ? 0 : 255);
                    out[3 * p + 2] = (byte) (left ? 0 : 255);
                }
                return out;
            }, image);
            WarpFrame<Object> warp = new WarpFrame<>(synthetic, 84, 84);
            assertEquals(Box.uint8(0, 255, 84, 84, 1), warp.observationSpace());
            byte[] g = warp.reset().observation();
            assertEquals(76, g[0] & 0xFF, "red: (255 * 4899 + 8192) >> 14");
            assertEquals(255, g[83] & 0xFF);
            assertEquals(170, g[41] & 0xFF, "column 41 spans x 156.19..160: 1.81 red, 2 white");
            FrameStack<Object> stack = new FrameStack<>(warp, 4);
            assertEquals(Box.uint8(0, 255, 84, 84, 4), stack.observationSpace());
            byte[] s = stack.reset().observation();
            assertEquals(76, s[3] & 0xFF, "every slot holds the reset frame");
        }
    }

    @Test
    void frameStackPutsTheNewestFrameLast() {
        try (RetroEnv env = raw()) {
            WarpFrame<Object> warp = new WarpFrame<>(env, 42, 42);
            FrameStack<Object> stack = new FrameStack<>(warp, 4);
            byte[] first = stack.reset(1L, Map.of()).observation().clone();
            byte[] step = stack.step(pad()).observation();
            byte[] warped = lastWarp(warp);
            for (int p = 0; p < 42 * 42; p++) {
                assertEquals(first[p * 4 + 3], step[p * 4 + 2], "the reset frame moved one slot back");
                assertEquals(warped[p], step[p * 4 + 3]);
            }
        }
    }

    /** The WarpFrame's current output (it reuses its array). */
    private static byte[] lastWarp(WarpFrame<Object> warp) {
        try {
            var f = WarpFrame.class.getDeclaredField("out");
            f.setAccessible(true);
            return (byte[]) f.get(warp);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void preprocessKwarg() {
        try (Env<byte[], Integer> contest = Gym.make(ID, Map.of("preprocess", "contest84"))) {
            assertEquals(Box.uint8(0, 255, 84, 84, 4), contest.observationSpace());
            assertEquals("Discrete(7)", contest.actionSpace().toString());
            assertEquals(84 * 84 * 4, contest.reset(0).observation().length);
        }
        try (Env<byte[], Integer> seed = Gym.make(ID, Map.of("preprocess", "seed001-42"))) {
            assertEquals(Box.uint8(0, 255, 42, 42, 1), seed.observationSpace());
        }
        InvalidKwargsException e = assertThrows(InvalidKwargsException.class,
                () -> Gym.make(ID, Map.of("preprocess", "contest84", "use_restricted_actions", "discrete")));
        assertTrue(e.getMessage().contains("filtered"), e.getMessage());
    }
}

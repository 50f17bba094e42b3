package org.jgym.env.retro.wrappers;

import java.util.Map;
import org.jgym.env.api.Env;
import org.jgym.env.api.ResetResult;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.spaces.Box;
import org.jgym.env.api.spaces.Space;
import org.jgym.env.api.wrappers.Wrapper;

/**
 * The baselines' FrameStack: the last {@code k} frames of {@code (H, W, C)} uint8 observations concatenated on the
 * LAST axis, {@code (H, W, C * k)}, oldest first; after a reset every slot holds the reset frame. (Gymnasium's
 * FrameStackObservation stacks on a new first axis instead.)
 */
public final class FrameStack<A> extends Wrapper<byte[], A, byte[], A> {
    private final int k;
    private final int pixels;
    private final int channels;
    private final byte[][] frames;
    private final byte[] out;
    private final Box<byte[]> space;
    private final ResetResult<byte[]> resetResult = new ResetResult<>();
    private int newest;

    public FrameStack(Env<byte[], A> env, int k) {
        super(env);
        if (!(env.observationSpace() instanceof Box<?> box) || box.shape().length != 3 || k < 1) {
            throw new IllegalArgumentException("FrameStack needs k >= 1 and (H, W, C) observations, got k=" + k + ", "
                    + env.observationSpace());
        }
        int[] s = box.shape();
        this.k = k;
        this.channels = s[2];
        this.pixels = s[0] * s[1];
        this.frames = new byte[k][pixels * channels];
        this.out = new byte[pixels * channels * k];
        this.space = Box.uint8(0, 255, s[0], s[1], channels * k);
    }

    @Override
    public ResetResult<byte[]> reset(Long seed, Map<String, Object> options) {
        ResetResult<byte[]> r = env.reset(seed, options);
        for (byte[] f : frames) {
            System.arraycopy(r.observation(), 0, f, 0, f.length);
        }
        resetResult.info().clear();
        resetResult.info().putAll(r.info());
        return resetResult.set(stack());
    }

    @Override
    public StepResult<byte[]> step(A action) {
        StepResult<byte[]> r = env.step(action);
        newest = (newest + 1) % k;
        System.arraycopy(r.observation(), 0, frames[newest], 0, frames[newest].length);
        return r.setObservation(stack());
    }

    private byte[] stack() {
        int depth = channels * k;
        for (int slot = 0; slot < k; slot++) {
            byte[] f = frames[(newest + 1 + slot) % k];
            for (int p = 0; p < pixels; p++) {
                for (int c = 0; c < channels; c++) {
                    out[p * depth + slot * channels + c] = f[p * channels + c];
                }
            }
        }
        return out;
    }

    @Override
    public Space<byte[]> observationSpace() {
        return space;
    }

    @Override
    public Space<A> actionSpace() {
        return env.actionSpace();
    }
}

package org.jgym.env.retro.wrappers;

import static org.jgym.env.retro.wrappers.Images.imageShape;

import org.jgym.env.api.Env;
import org.jgym.env.api.spaces.Box;
import org.jgym.env.api.wrappers.ObservationWrapper;

/**
 * The baselines' FrameStack: the last {@code k} frames of {@code (H, W, C)} uint8 observations concatenated on the
 * LAST axis, {@code (H, W, C * k)}, oldest first; after a reset every slot holds the reset frame. (Gymnasium's
 * FrameStackObservation stacks on a new first axis instead.)
 */
public final class FrameStack<A> extends ObservationWrapper<byte[], A, byte[]> {
    private final int k;
    private final int pixels;
    private final int channels;
    private final byte[][] frames;
    private final byte[] out;
    private int newest;

    public FrameStack(Env<byte[], A> env, int k) {
        super(env, stackedSpace(env, k));
        int[] s = imageShape(env, "FrameStack", 0);
        this.k = k;
        this.channels = s[2];
        this.pixels = s[0] * s[1];
        this.frames = new byte[k][pixels * channels];
        this.out = new byte[pixels * channels * k];
    }

    private static Box<byte[]> stackedSpace(Env<byte[], ?> env, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("FrameStack needs k >= 1, got " + k);
        }
        int[] s = imageShape(env, "FrameStack", 0);
        return Box.uint8(0, 255, s[0], s[1], s[2] * k);
    }

    @Override
    protected byte[] observation(byte[] frame, boolean reset) {
        if (reset) {
            for (byte[] f : frames) {
                System.arraycopy(frame, 0, f, 0, f.length);
            }
        } else {
            newest = (newest + 1) % k;
            System.arraycopy(frame, 0, frames[newest], 0, frames[newest].length);
        }
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
}

package org.jgym.env.retro.wrappers;

import org.jgym.env.api.Env;
import org.jgym.env.api.spaces.Box;
import org.jgym.env.api.wrappers.ObservationWrapper;

/** uint8 image observations as a flat float32 vector in [0, 1] (pixel / 255), the input of MLP policies. */
public final class FlattenScaled<A> extends ObservationWrapper<float[], A, byte[]> {
    private final float[] out;

    public FlattenScaled(Env<byte[], A> env) {
        super(env, Box.float32(0, 1, imageSize(env)));
        this.out = new float[imageSize(env)];
    }

    private static int imageSize(Env<byte[], ?> env) {
        if (!(env.observationSpace() instanceof Box<?> box)) {
            throw new IllegalArgumentException("FlattenScaled needs Box observations, got " + env.observationSpace());
        }
        return box.size();
    }

    @Override
    protected float[] observation(byte[] image, boolean reset) {
        for (int i = 0; i < out.length; i++) {
            out[i] = (image[i] & 0xFF) / 255f;
        }
        return out;
    }
}

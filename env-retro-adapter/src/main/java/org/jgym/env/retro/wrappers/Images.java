package org.jgym.env.retro.wrappers;

import org.jgym.env.api.Env;
import org.jgym.env.api.spaces.Box;

/** Checks shared by the image wrappers. */
final class Images {
    private Images() {
    }

    /** The (H, W, C) shape of a wrapped env's Box observations, or an error naming the wrapper and what it got. */
    static int[] imageShape(Env<byte[], ?> env, String wrapper, int channels) {
        if (env.observationSpace() instanceof Box<?> box && box.shape().length == 3
                && (channels == 0 || box.shape()[2] == channels)) {
            return box.shape();
        }
        throw new IllegalArgumentException(wrapper + " needs (H, W, " + (channels == 0 ? "C" : channels)
                + ") uint8 image observations, got " + env.observationSpace());
    }
}

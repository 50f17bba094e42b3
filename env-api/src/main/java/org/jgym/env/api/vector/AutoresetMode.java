package org.jgym.env.api.vector;

/** When a vector env resets a copy whose episode ended, as Gymnasium's {@code AutoresetMode}. */
public enum AutoresetMode {
    /** The step after the one that ended the episode ignores the copy's action and returns its reset observation. */
    NEXT_STEP,
    /** The step that ends the episode resets the copy at once; the final observation and info come separately. */
    SAME_STEP,
    /** Never: the user resets finished copies with a reset mask; stepping one before that is an error. */
    DISABLED
}

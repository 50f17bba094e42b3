package org.jgym.agents.sampling;

import java.util.Locale;

/** How a Gaussian policy's raw action is mapped into a bounded Box before the env sees it. */
public enum ActionScaling {
    /** Clip the raw action to [low, high] (pytorch-maml-rl). */
    CLIP,
    /** The policy acts in [-1, 1]: map linearly onto [low, high], then clip (rllab {@code normalize()}, the paper's code). */
    NORMALIZE;

    public static ActionScaling parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown action scaling '" + name + "'; allowed: clip, normalize");
        }
    }

    /** Maps raw actions (width = low.length) into the box, writing into {@code out}. */
    public void apply(double[] raw, int offset, double[] low, double[] high, double[] out) {
        for (int j = 0; j < out.length; j++) {
            double a = raw[offset + j];
            if (this == NORMALIZE && Double.isFinite(low[j]) && Double.isFinite(high[j])) {
                a = low[j] + (a + 1) * 0.5 * (high[j] - low[j]);
            }
            out[j] = Math.max(low[j], Math.min(high[j], a));
        }
    }
}

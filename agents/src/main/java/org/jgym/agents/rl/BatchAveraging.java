package org.jgym.agents.rl;

import java.util.Locale;

/**
 * How the per-step terms of a batch (inner loss, surrogate, KL, advantage statistics) are averaged. The two reference
 * codes differ only when episodes end early, e.g. when a navigation goal is reached.
 */
public enum BatchAveraging {
    /** Mean over episodes of each episode's mean over its steps (pytorch-maml-rl's {@code weighted_mean}). */
    EPISODE,
    /** Mean over all steps of the batch (rllab's {@code sum(x * valid) / sum(valid)}, the MAML paper's code). */
    STEP;

    public static BatchAveraging parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown batch averaging '" + name + "'; allowed: episode, step");
        }
    }

    /** The kwarg spelling. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}

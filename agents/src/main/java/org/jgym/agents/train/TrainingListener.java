package org.jgym.agents.train;

/** Receives progress from a {@link MetaTrainer}, e.g. to drive a progress bar. */
@FunctionalInterface
public interface TrainingListener {
    /** Called after each meta-iteration; {@code done} counts finished iterations including resumed ones. */
    void onIteration(IterationRecord record, int done, int total);

    TrainingListener NONE = (r, d, t) -> { };
}

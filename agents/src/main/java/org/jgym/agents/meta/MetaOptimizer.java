package org.jgym.agents.meta;

import java.util.List;
import java.util.concurrent.ExecutorService;

/** The outer update of a meta-learner: moves theta in place given one meta-batch of task adaptations. */
public interface MetaOptimizer {
    MetaStepReport update(double[] theta, List<TaskAdaptation> tasks, ExecutorService pool);

    /** State to checkpoint (e.g. Adam moments). */
    default double[] state() {
        return new double[0];
    }

    default void restore(double[] state) {
    }
}

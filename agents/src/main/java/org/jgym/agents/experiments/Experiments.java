package org.jgym.agents.experiments;

import java.util.List;

/** The seeds' studies by name, for {@code jgym experiment NAME}. */
public final class Experiments {
    /** Known experiment names. */
    public static final List<String> NAMES = List.of("inner-steps", "meta-optimizers", "first-order");

    private Experiments() {
    }

    /** Runs the named experiment; unknown names get the list of known ones. */
    public static ExperimentResult run(String name, ExperimentOptions options) {
        return switch (name) {
            case "inner-steps" -> InnerStepsExperiment.run(options);
            case "meta-optimizers" -> MetaOptimizersExperiment.run(options);
            case "first-order" -> FirstOrderExperiment.run(options);
            default -> throw new IllegalArgumentException("unknown experiment '" + name + "'; known: "
                    + String.join(", ", NAMES));
        };
    }
}

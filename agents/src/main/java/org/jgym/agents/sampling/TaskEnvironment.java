package org.jgym.agents.sampling;

import java.util.List;

/**
 * An env family with a task distribution, as the learners need it: spaces, task sampling and fresh instances.
 * {@link GymTaskEnvironment} builds one from a registered jgym env id.
 */
public interface TaskEnvironment {
    /** A short name for logs (the env id). */
    String name();

    int observationSize();

    /** True for Discrete actions, false for Box actions. */
    boolean discreteActions();

    /** Number of discrete actions, or the Box action dimension. */
    int actionSize();

    /** Lower bounds of a Box action space (null for Discrete). */
    double[] actionLow();

    /** Upper bounds of a Box action space (null for Discrete). */
    double[] actionHigh();

    /** Draws n tasks; the same seed gives the same tasks. */
    List<Object> sampleTasks(int n, long seed);

    /** JSON text of a task, for logs and plots. */
    String describeTask(Object task);

    /** A new, independent env instance. */
    EpisodicEnv newInstance();

    /** Maximum episode length (for buffer sizing). */
    int maxEpisodeSteps();

    /** The info key read at the end of each episode as its evaluation metric, or null for none. */
    default String metricKey() {
        return null;
    }

    /** Indices of the observation values that are a 2-D position (x, y), or null: then no trajectory plot. */
    default int[] positionIndices() {
        return null;
    }
}

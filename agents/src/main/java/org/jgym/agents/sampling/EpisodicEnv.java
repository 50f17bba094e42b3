package org.jgym.agents.sampling;

/**
 * One environment instance as the samplers see it: flat double observations, flat double actions (already mapped
 * into the env's action space; a Discrete action is its index), a settable task. Used by one thread at a time.
 */
public interface EpisodicEnv extends AutoCloseable {
    /** Sets the task for the next reset. */
    void setTask(Object task);

    /** Starts an episode with the given seed and writes the first observation into {@code obsOut}. */
    void reset(long seed, double[] obsOut);

    /**
     * Applies the action, writes the next observation and returns the reward. After it, {@link #done()} says
     * whether the episode ended (terminated or truncated).
     */
    double step(double[] action, double[] obsOut);

    boolean done();

    /** A per-episode evaluation metric read at the end of the episode (e.g. final distance), NaN if none. */
    double episodeMetric();

    @Override
    void close();
}

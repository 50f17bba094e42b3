package org.jgym.env.api;

import java.util.Map;

/**
 * What {@link Env#step} returns: observation, reward, terminated, truncated and info, as in Gymnasium 1.x.
 *
 * <p>{@code terminated} means a terminal state of the MDP was reached (do not bootstrap); {@code truncated} means the
 * episode was cut from outside the MDP, e.g. by a time limit (bootstrap from the observation). After either, the env
 * must be reset.
 *
 * <p>The object, its observation and its info map are owned by the env and reused by the next step, so that
 * stepping allocates nothing beyond the info values an env boxes: copy what you keep.
 */
public final class StepResult<O> {
    private O observation;
    private double reward;
    private boolean terminated;
    private boolean truncated;
    private final InfoMap info = new InfoMap();

    public O observation() {
        return observation;
    }

    public double reward() {
        return reward;
    }

    public boolean terminated() {
        return terminated;
    }

    public boolean truncated() {
        return truncated;
    }

    /** True when the episode is over, for either reason. */
    public boolean done() {
        return terminated || truncated;
    }

    public Map<String, Object> info() {
        return info;
    }

    /** Sets every field but the info map; used by envs. */
    public StepResult<O> set(O observation, double reward, boolean terminated, boolean truncated) {
        this.observation = observation;
        this.reward = reward;
        this.terminated = terminated;
        this.truncated = truncated;
        return this;
    }

    /** Replaces the observation; used by observation wrappers. */
    public StepResult<O> setObservation(O observation) {
        this.observation = observation;
        return this;
    }

    /** Replaces the reward; used by reward wrappers. */
    public StepResult<O> setReward(double reward) {
        this.reward = reward;
        return this;
    }

    /** Marks the step as truncated; used by time limits. */
    public StepResult<O> setTruncated(boolean truncated) {
        this.truncated = truncated;
        return this;
    }

    @Override
    public String toString() {
        return "StepResult[observation=" + Values.toString(observation) + ", reward=" + reward + ", terminated="
                + terminated + ", truncated=" + truncated + ", info=" + info + "]";
    }
}

package org.jgym.env.api;

import java.util.Map;

/**
 * What {@link Env#reset} returns: the first observation and an info map.
 *
 * <p>The object, its observation and its info map are owned by the env and reused by the next reset: copy what you
 * keep (see {@link org.jgym.env.api.spaces.Space#copy}).
 */
public final class ResetResult<O> {
    private O observation;
    private final InfoMap info = new InfoMap();

    public O observation() {
        return observation;
    }

    public Map<String, Object> info() {
        return info;
    }

    /** Sets the observation; used by envs and wrappers. */
    public ResetResult<O> set(O observation) {
        this.observation = observation;
        return this;
    }

    @Override
    public String toString() {
        return "ResetResult[observation=" + Values.toString(observation) + ", info=" + info + "]";
    }
}

package org.jgym.env.api.wrappers;

import java.util.function.Function;
import org.jgym.env.api.Env;
import org.jgym.env.api.spaces.Space;

/** Applies a function to every observation; the caller states the resulting observation space. */
public final class TransformObservation<O, A, WO> extends ObservationWrapper<O, A, WO> {
    private final Function<? super WO, ? extends O> function;

    public TransformObservation(Env<WO, A> env, Function<? super WO, ? extends O> function, Space<O> observationSpace) {
        super(env, observationSpace);
        this.function = function;
    }

    @Override
    protected O observation(WO observation, boolean reset) {
        return function.apply(observation);
    }
}

package org.jgym.env.api.wrappers;

import java.util.Map;
import org.jgym.env.api.Env;
import org.jgym.env.api.ResetResult;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.spaces.Space;

/** A wrapper that keeps the observation and action types and forwards everything; override what you change. */
public abstract class PassThroughWrapper<O, A> extends Wrapper<O, A, O, A> {

    protected PassThroughWrapper(Env<O, A> env) {
        super(env);
    }

    @Override
    public ResetResult<O> reset(Long seed, Map<String, Object> options) {
        return env.reset(seed, options);
    }

    @Override
    public StepResult<O> step(A action) {
        return env.step(action);
    }

    @Override
    public Space<O> observationSpace() {
        return env.observationSpace();
    }

    @Override
    public Space<A> actionSpace() {
        return env.actionSpace();
    }
}

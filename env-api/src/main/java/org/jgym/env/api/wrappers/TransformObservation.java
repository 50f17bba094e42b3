package org.jgym.env.api.wrappers;

import java.util.Map;
import java.util.function.Function;
import org.jgym.env.api.Env;
import org.jgym.env.api.ResetResult;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.spaces.Space;

/** Applies a function to every observation; the caller states the resulting observation space. */
public final class TransformObservation<O, A, WO> extends Wrapper<O, A, WO, A> {
    private final Function<? super WO, ? extends O> function;
    private final Space<O> space;
    private final ResetResult<O> resetResult = new ResetResult<>();
    private final StepResult<O> stepResult = new StepResult<>();

    public TransformObservation(Env<WO, A> env, Function<? super WO, ? extends O> function, Space<O> observationSpace) {
        super(env);
        this.function = function;
        this.space = observationSpace;
    }

    @Override
    public ResetResult<O> reset(Long seed, Map<String, Object> options) {
        ResetResult<WO> r = env.reset(seed, options);
        resetResult.info().clear();
        resetResult.info().putAll(r.info());
        return resetResult.set(function.apply(r.observation()));
    }

    @Override
    public StepResult<O> step(A action) {
        StepResult<WO> r = env.step(action);
        stepResult.info().clear();
        stepResult.info().putAll(r.info());
        return stepResult.set(function.apply(r.observation()), r.reward(), r.terminated(), r.truncated());
    }

    @Override
    public Space<O> observationSpace() {
        return space;
    }

    @Override
    public Space<A> actionSpace() {
        return env.actionSpace();
    }
}

package org.jgym.env.api.wrappers;

import java.util.function.DoubleUnaryOperator;
import org.jgym.env.api.Env;
import org.jgym.env.api.StepResult;

/** Applies a function to every reward, e.g. scaling or clipping. */
public final class TransformReward<O, A> extends PassThroughWrapper<O, A> {
    private final DoubleUnaryOperator function;

    public TransformReward(Env<O, A> env, DoubleUnaryOperator function) {
        super(env);
        this.function = function;
    }

    @Override
    public StepResult<O> step(A action) {
        StepResult<O> r = env.step(action);
        return r.setReward(function.applyAsDouble(r.reward()));
    }
}

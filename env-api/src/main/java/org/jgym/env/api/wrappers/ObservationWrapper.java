package org.jgym.env.api.wrappers;

import java.util.Map;
import org.jgym.env.api.Env;
import org.jgym.env.api.ResetResult;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.spaces.Space;

/**
 * Base of wrappers that change only observations (Gymnasium's {@code ObservationWrapper}): maps every observation
 * with {@link #observation}, keeps actions, rewards, flags and info, and reuses its result objects.
 *
 * @param <O>  observation type given to the caller
 * @param <A>  action type
 * @param <WO> observation type of the wrapped env
 */
public abstract class ObservationWrapper<O, A, WO> extends Wrapper<O, A, WO, A> {
    private final Space<O> space;
    private final ResetResult<O> resetResult = new ResetResult<>();
    private final StepResult<O> stepResult = new StepResult<>();

    protected ObservationWrapper(Env<WO, A> env, Space<O> observationSpace) {
        super(env);
        this.space = observationSpace;
    }

    /**
     * The caller's observation for an observation of the wrapped env; {@code reset} tells a reset from a step (a
     * frame stack, for one, refills on reset).
     */
    protected abstract O observation(WO observation, boolean reset);

    @Override
    public ResetResult<O> reset(Long seed, Map<String, Object> options) {
        ResetResult<WO> r = env.reset(seed, options);
        resetResult.info().clear();
        resetResult.info().putAll(r.info());
        return resetResult.set(observation(r.observation(), true));
    }

    @Override
    public StepResult<O> step(A action) {
        StepResult<WO> r = env.step(action);
        stepResult.info().clear();
        stepResult.info().putAll(r.info());
        return stepResult.set(observation(r.observation(), false), r.reward(), r.terminated(), r.truncated());
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

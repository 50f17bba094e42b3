package org.jgym.env.api.wrappers;

import java.util.Map;
import org.jgym.env.api.Env;
import org.jgym.env.api.JgymException;
import org.jgym.env.api.ResetResult;
import org.jgym.env.api.StepResult;

/**
 * Checks the first reset and the first step of an env against its own contract (observation inside the observation
 * space, info present), so that a faulty plugin fails loudly at once; later calls pass through untouched.
 */
public final class PassiveEnvChecker<O, A> extends PassThroughWrapper<O, A> {
    private boolean resetChecked;
    private boolean stepChecked;

    public PassiveEnvChecker(Env<O, A> env) {
        super(env);
    }

    @Override
    public ResetResult<O> reset(Long seed, Map<String, Object> options) {
        ResetResult<O> r = env.reset(seed, options);
        if (!resetChecked) {
            checkObservation(r.observation(), "reset()");
            resetChecked = true;
        }
        return r;
    }

    @Override
    public StepResult<O> step(A action) {
        StepResult<O> r = env.step(action);
        if (!stepChecked) {
            checkObservation(r.observation(), "step()");
            if (Double.isNaN(r.reward())) {
                throw new JgymException(name() + ": step() returned a NaN reward");
            }
            stepChecked = true;
        }
        return r;
    }

    private void checkObservation(O observation, String call) {
        String violation = env.observationSpace().describeViolation(observation);
        if (violation != null) {
            throw new JgymException(name() + ": " + call + " returned an observation outside the observation space: "
                    + violation);
        }
    }

    private String name() {
        return env.unwrapped().getClass().getSimpleName();
    }
}

package org.jgym.env.api.wrappers;

import java.util.Map;
import org.jgym.env.api.Env;
import org.jgym.env.api.Frame;
import org.jgym.env.api.InvalidActionException;
import org.jgym.env.api.ResetNeededException;
import org.jgym.env.api.ResetResult;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.registry.EnvSpec;

/**
 * Enforces the reset/step contract on any env: no step before reset or after the episode ended, and actions
 * outside the action space are rejected before the env sees them. Added by {@link EnvSpec#make}, which also
 * records the made spec here.
 */
public final class OrderEnforcing<O, A> extends PassThroughWrapper<O, A> {
    private final EnvSpec spec;
    private boolean running;
    private boolean everReset;

    public OrderEnforcing(Env<O, A> env, EnvSpec spec) {
        super(env);
        this.spec = spec;
    }

    @Override
    public ResetResult<O> reset(Long seed, Map<String, Object> options) {
        ResetResult<O> r = env.reset(seed, options);
        running = true;
        everReset = true;
        return r;
    }

    @Override
    public StepResult<O> step(A action) {
        if (!running) {
            throw new ResetNeededException(name() + ": step() called "
                    + (everReset ? "after the episode ended" : "before the first reset()") + "; call reset() first");
        }
        if (!env.actionSpace().contains(action)) {
            throw new InvalidActionException(name() + ": action rejected, " + env.actionSpace().describeViolation(action)
                    + "; the action space is " + env.actionSpace());
        }
        StepResult<O> r = env.step(action);
        if (r.done()) {
            running = false;
        }
        return r;
    }

    @Override
    public Frame render() {
        return env.render();
    }

    @Override
    public EnvSpec spec() {
        return spec != null ? spec : env.spec();
    }

    private String name() {
        return spec != null ? spec.id() : env.unwrapped().getClass().getSimpleName();
    }
}

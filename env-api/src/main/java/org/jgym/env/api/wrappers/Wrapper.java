package org.jgym.env.api.wrappers;

import org.jgym.env.api.Env;
import org.jgym.env.api.EnvMetadata;
import org.jgym.env.api.Frame;
import org.jgym.env.api.registry.EnvSpec;

/**
 * Base of wrappers that may change the observation or action type: forwards metadata, rendering, spec, close and
 * {@code unwrapped()} to the wrapped env; subclasses define reset, step and the spaces.
 *
 * @param <O>  observation type seen by the caller
 * @param <A>  action type given by the caller
 * @param <WO> observation type of the wrapped env
 * @param <WA> action type of the wrapped env
 */
public abstract class Wrapper<O, A, WO, WA> implements Env<O, A> {
    protected final Env<WO, WA> env;

    protected Wrapper(Env<WO, WA> env) {
        this.env = java.util.Objects.requireNonNull(env, "env");
    }

    /** The env directly inside this wrapper. */
    public Env<WO, WA> wrapped() {
        return env;
    }

    @Override
    public EnvMetadata metadata() {
        return env.metadata();
    }

    @Override
    public String renderMode() {
        return env.renderMode();
    }

    @Override
    public Frame render() {
        return env.render();
    }

    @Override
    public EnvSpec spec() {
        return env.spec();
    }

    @Override
    public Env<?, ?> unwrapped() {
        return env.unwrapped();
    }

    @Override
    public void close() {
        env.close();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "<" + env + ">";
    }
}

package org.jgym.env.api.wrappers;

import org.jgym.env.api.Env;
import org.jgym.env.api.InvalidActionException;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.spaces.Box;
import org.jgym.env.api.spaces.Space;

/**
 * Accepts any finite action of the right shape and clips it into the wrapped env's Box before stepping; the
 * exposed action space is an unbounded Box of the same shape and dtype. NaN is still rejected.
 */
public final class ClipAction<O, A> extends PassThroughWrapper<O, A> {
    private final Box<A> inner;
    private final Box<A> exposed;
    private final A buffer;

    @SuppressWarnings("unchecked")
    public ClipAction(Env<O, A> env) {
        super(env);
        if (!(env.actionSpace() instanceof Box<?> box) || !box.dtype().isFloat()) {
            throw new IllegalArgumentException("ClipAction needs a float Box action space, got " + env.actionSpace());
        }
        this.inner = (Box<A>) box;
        double inf = Double.POSITIVE_INFINITY;
        this.exposed = (Box<A>) Box.of(box.dtype(), new double[] {-inf}, new double[] {inf}, box.shape());
        this.buffer = (A) box.dtype().newArray(box.size());
    }

    @Override
    public Space<A> actionSpace() {
        return exposed;
    }

    @Override
    public StepResult<O> step(A action) {
        if (!exposed.contains(action)) {
            throw new InvalidActionException("ClipAction: action rejected, " + exposed.describeViolation(action));
        }
        System.arraycopy(action, 0, buffer, 0, inner.size());
        inner.clip(buffer);
        return env.step(buffer);
    }
}

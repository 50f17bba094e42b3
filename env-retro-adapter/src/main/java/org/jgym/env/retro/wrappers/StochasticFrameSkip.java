package org.jgym.env.retro.wrappers;

import java.util.Map;
import java.util.random.RandomGenerator;
import org.jgym.env.api.Env;
import org.jgym.env.api.ResetResult;
import org.jgym.env.api.Seeding;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.wrappers.PassThroughWrapper;

/**
 * The Retro Contest's sticky frame skip: each step runs {@code n} frames and sums their rewards; on the first frame
 * the previous action is kept with probability {@code stickProb}, from the second frame on the new action applies;
 * the first step after a reset uses the new action at once; an episode end stops the skipping early.
 * The stickiness draws from a generator rebuilt by {@code reset(seed)}.
 */
public final class StochasticFrameSkip<O, A> extends PassThroughWrapper<O, A> {
    private final int n;
    private final double stickProb;
    private RandomGenerator random = Seeding.generator(Seeding.entropySeed());
    private A current;

    public StochasticFrameSkip(Env<O, A> env, int n, double stickProb) {
        super(env);
        if (n < 1 || !(stickProb >= 0 && stickProb <= 1)) {
            throw new IllegalArgumentException("StochasticFrameSkip needs n >= 1 and stickProb in [0, 1], got " + n
                    + ", " + stickProb);
        }
        this.n = n;
        this.stickProb = stickProb;
    }

    @Override
    public ResetResult<O> reset(Long seed, Map<String, Object> options) {
        if (seed != null) {
            random = Seeding.generator(seed);
        }
        current = null;
        return env.reset(seed, options);
    }

    @Override
    public StepResult<O> step(A action) {
        if (!env.actionSpace().contains(action)) {
            throw new org.jgym.env.api.InvalidActionException("StochasticFrameSkip: action rejected, "
                    + env.actionSpace().describeViolation(action) + "; the action space is " + env.actionSpace());
        }
        A fresh = env.actionSpace().copy(action);
        double total = 0;
        StepResult<O> r = null;
        for (int i = 0; i < n; i++) {
            if (current == null || (i == 0 && random.nextDouble() > stickProb) || i == 1) {
                current = fresh;
            }
            r = env.step(current);
            total += r.reward();
            if (r.done()) {
                break;
            }
        }
        return r.setReward(total);
    }
}

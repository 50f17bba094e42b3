package org.jgym.env.api.wrappers;

import java.util.Map;
import org.jgym.env.api.Env;
import org.jgym.env.api.ResetNeededException;
import org.jgym.env.api.ResetResult;
import org.jgym.env.api.StepResult;

/** Sets {@code truncated} once an episode has lasted {@code maxEpisodeSteps} steps; never touches {@code terminated}. */
public final class TimeLimit<O, A> extends PassThroughWrapper<O, A> {
    private final int maxEpisodeSteps;
    private int elapsed;
    private boolean running;
    private boolean everReset;

    public TimeLimit(Env<O, A> env, int maxEpisodeSteps) {
        super(env);
        if (maxEpisodeSteps <= 0) {
            throw new IllegalArgumentException("TimeLimit: maxEpisodeSteps must be > 0, got " + maxEpisodeSteps);
        }
        this.maxEpisodeSteps = maxEpisodeSteps;
    }

    public int maxEpisodeSteps() {
        return maxEpisodeSteps;
    }

    /** Steps taken in the current episode. */
    public int elapsedSteps() {
        return elapsed;
    }

    @Override
    public ResetResult<O> reset(Long seed, Map<String, Object> options) {
        ResetResult<O> r = env.reset(seed, options);
        elapsed = 0;
        running = true;
        everReset = true;
        return r;
    }

    @Override
    public StepResult<O> step(A action) {
        if (!running) {
            throw new ResetNeededException(everReset
                    ? "TimeLimit: the episode ended (after " + elapsed + " of at most " + maxEpisodeSteps
                            + " steps); call reset() first"
                    : "TimeLimit: step() called before the first reset(); call reset() first");
        }
        StepResult<O> r = env.step(action);
        elapsed++;
        if (elapsed >= maxEpisodeSteps) {
            r.setTruncated(true);
        }
        if (r.done()) {
            running = false;
        }
        return r;
    }
}

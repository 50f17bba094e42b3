package org.jgym.env.api.wrappers;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgym.env.api.Env;
import org.jgym.env.api.ResetResult;
import org.jgym.env.api.StepResult;

/**
 * At the end of each episode adds {@code info["episode"] = {"r": return, "l": length, "t": seconds}} and keeps the
 * last {@code bufferLength} returns and lengths, as Gymnasium's wrapper of the same name.
 */
public final class RecordEpisodeStatistics<O, A> extends PassThroughWrapper<O, A> {
    /** The info key of the episode statistics. */
    public static final String KEY = "episode";

    private final int bufferLength;
    private final Deque<Double> returns = new ArrayDeque<>();
    private final Deque<Integer> lengths = new ArrayDeque<>();
    private double episodeReturn;
    private int episodeLength;
    private long startNanos;

    public RecordEpisodeStatistics(Env<O, A> env) {
        this(env, 100);
    }

    public RecordEpisodeStatistics(Env<O, A> env, int bufferLength) {
        super(env);
        if (bufferLength <= 0) {
            throw new IllegalArgumentException("RecordEpisodeStatistics: bufferLength must be > 0, got " + bufferLength);
        }
        this.bufferLength = bufferLength;
    }

    @Override
    public ResetResult<O> reset(Long seed, Map<String, Object> options) {
        ResetResult<O> r = env.reset(seed, options);
        episodeReturn = 0;
        episodeLength = 0;
        startNanos = System.nanoTime();
        return r;
    }

    @Override
    public StepResult<O> step(A action) {
        StepResult<O> r = env.step(action);
        episodeReturn += r.reward();
        episodeLength++;
        if (r.done()) {
            double seconds = Math.round((System.nanoTime() - startNanos) / 1e3) / 1e6;
            Map<String, Object> stats = new LinkedHashMap<>();
            stats.put("r", episodeReturn);
            stats.put("l", episodeLength);
            stats.put("t", seconds);
            r.info().put(KEY, stats);
            push(returns, episodeReturn);
            push(lengths, episodeLength);
        }
        return r;
    }

    /** Returns of the last episodes, oldest first. */
    public List<Double> returnQueue() {
        return List.copyOf(returns);
    }

    /** Lengths of the last episodes, oldest first. */
    public List<Integer> lengthQueue() {
        return List.copyOf(lengths);
    }

    private <T> void push(Deque<T> queue, T value) {
        queue.addLast(value);
        if (queue.size() > bufferLength) {
            queue.removeFirst();
        }
    }
}

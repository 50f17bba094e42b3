package org.jgym.env.api.wrappers;

import java.util.Map;
import org.jgym.env.api.Env;
import org.jgym.env.api.ResetResult;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.spaces.Box;
import org.jgym.env.api.spaces.Space;

/**
 * Normalizes Box observations to {@code (obs - mean) / sqrt(var + epsilon)} as float32, with a running mean and
 * variance updated on every reset and step while {@link #setUpdateRunningMean} is on (Gymnasium's semantics).
 */
public final class NormalizeObservation<A> extends Wrapper<float[], A, Object, A> {
    private final Box<?> inner;
    private final Box<float[]> space;
    private final double epsilon;
    private final double[] mean;
    private final double[] var;
    private double count = 1e-4;
    private boolean update = true;
    private final float[] out;
    private final ResetResult<float[]> resetResult = new ResetResult<>();
    private final StepResult<float[]> stepResult = new StepResult<>();

    @SuppressWarnings("unchecked")
    public NormalizeObservation(Env<?, A> env, double epsilon) {
        super((Env<Object, A>) env);
        if (!(env.observationSpace() instanceof Box<?> box)) {
            throw new IllegalArgumentException("NormalizeObservation needs a Box observation space, got "
                    + env.observationSpace());
        }
        this.inner = box;
        this.epsilon = epsilon;
        this.space = Box.float32(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, box.shape());
        this.mean = new double[box.size()];
        this.var = new double[box.size()];
        java.util.Arrays.fill(var, 1.0);
        this.out = new float[box.size()];
    }

    public NormalizeObservation(Env<?, A> env) {
        this(env, 1e-8);
    }

    /** Turns the running statistics update on or off (off for evaluation). */
    public void setUpdateRunningMean(boolean update) {
        this.update = update;
    }

    public double[] mean() {
        return mean.clone();
    }

    public double[] variance() {
        return var.clone();
    }

    @Override
    public ResetResult<float[]> reset(Long seed, Map<String, Object> options) {
        ResetResult<Object> r = env.reset(seed, options);
        resetResult.info().clear();
        resetResult.info().putAll(r.info());
        return resetResult.set(normalize(r.observation()));
    }

    @Override
    public StepResult<float[]> step(A action) {
        StepResult<Object> r = env.step(action);
        stepResult.info().clear();
        stepResult.info().putAll(r.info());
        return stepResult.set(normalize(r.observation()), r.reward(), r.terminated(), r.truncated());
    }

    @Override
    public Space<float[]> observationSpace() {
        return space;
    }

    @Override
    public Space<A> actionSpace() {
        return env.actionSpace();
    }

    private float[] normalize(Object observation) {
        int n = mean.length;
        if (update) {
            // Chan et al. parallel update with a batch of one, as Gymnasium's RunningMeanStd
            double total = count + 1;
            for (int i = 0; i < n; i++) {
                double x = inner.dtype().get(observation, i);
                double delta = x - mean[i];
                mean[i] += delta / total;
                double m2 = var[i] * count + delta * delta * count / total;
                var[i] = m2 / total;
            }
            count = total;
        }
        for (int i = 0; i < n; i++) {
            out[i] = (float) ((inner.dtype().get(observation, i) - mean[i]) / Math.sqrt(var[i] + epsilon));
        }
        return out;
    }
}

package org.jgym.env.retro.wrappers;

import java.util.Map;
import org.jgym.env.api.Env;
import org.jgym.env.api.ResetResult;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.spaces.Box;
import org.jgym.env.api.spaces.Space;
import org.jgym.env.api.wrappers.Wrapper;

/** uint8 image observations as a flat float32 vector in [0, 1] (pixel / 255), the input of MLP policies. */
public final class FlattenScaled<A> extends Wrapper<float[], A, byte[], A> {
    private final Box<float[]> space;
    private final float[] out;
    private final ResetResult<float[]> resetResult = new ResetResult<>();
    private final StepResult<float[]> stepResult = new StepResult<>();

    public FlattenScaled(Env<byte[], A> env) {
        super(env);
        if (!(env.observationSpace() instanceof Box<?> box)) {
            throw new IllegalArgumentException("FlattenScaled needs Box observations, got " + env.observationSpace());
        }
        this.space = Box.float32(0, 1, box.size());
        this.out = new float[box.size()];
    }

    @Override
    public ResetResult<float[]> reset(Long seed, Map<String, Object> options) {
        ResetResult<byte[]> r = env.reset(seed, options);
        resetResult.info().clear();
        resetResult.info().putAll(r.info());
        return resetResult.set(scale(r.observation()));
    }

    @Override
    public StepResult<float[]> step(A action) {
        StepResult<byte[]> r = env.step(action);
        stepResult.info().clear();
        stepResult.info().putAll(r.info());
        return stepResult.set(scale(r.observation()), r.reward(), r.terminated(), r.truncated());
    }

    private float[] scale(byte[] image) {
        for (int i = 0; i < out.length; i++) {
            out[i] = (image[i] & 0xFF) / 255f;
        }
        return out;
    }

    @Override
    public Space<float[]> observationSpace() {
        return space;
    }

    @Override
    public Space<A> actionSpace() {
        return env.actionSpace();
    }
}

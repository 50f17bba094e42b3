package org.jgym.agents.train;

import java.util.Map;
import org.jgym.env.api.AbstractEnv;
import org.jgym.env.api.EnvMetadata;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.spaces.Box;
import org.jgym.env.api.spaces.Space;

/** A task-less env for the error-path test. */
final class PointGoalEnvWithoutTasks extends AbstractEnv<float[], float[]> {
    private final float[] obs = new float[2];

    PointGoalEnvWithoutTasks() {
        super(EnvMetadata.none(), null);
    }

    @Override
    protected float[] onReset(Map<String, Object> options, Map<String, Object> info) {
        return obs;
    }

    @Override
    protected void onStep(float[] action, StepResult<float[]> out) {
        out.set(obs, 0, false, false);
    }

    @Override
    public Space<float[]> observationSpace() {
        return Box.float32(-1, 1, 2);
    }

    @Override
    public Space<float[]> actionSpace() {
        return Box.float32(-1, 1, 2);
    }
}

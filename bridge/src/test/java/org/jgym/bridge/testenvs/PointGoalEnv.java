package org.jgym.bridge.testenvs;

import java.util.List;
import java.util.Map;
import org.jgym.env.api.AbstractEnv;
import org.jgym.env.api.EnvMetadata;
import org.jgym.env.api.Frame;
import org.jgym.env.api.RgbFrame;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.spaces.Box;
import org.jgym.env.api.spaces.Space;
import org.jgym.env.api.task.TaskDistribution;
import org.jgym.env.api.task.TaskEnv;

/**
 * A point moving towards a goal in [-1, 1]^2, the bridge's own test env: float32 observation (x, y, goal x, goal y),
 * float32 action (dx, dy) in [-0.1, 0.1]^2, reward minus the distance, terminated within 0.05 of the goal.
 * {@code fail_at_step} makes step throw (to test errors raised inside an env).
 */
public final class PointGoalEnv extends AbstractEnv<float[], float[]> implements TaskEnv<GoalTask> {
    static final EnvMetadata METADATA = new EnvMetadata(List.of(EnvMetadata.RGB_ARRAY), 30);
    private static final int FRAME = 24;

    private final Box<float[]> observationSpace = Box.float32(-2, 2, 4);
    private final Box<float[]> actionSpace = Box.float32(-0.1, 0.1, 2);
    private final GoalDistribution distribution = new GoalDistribution();
    private final float[] obs = new float[4];
    private final int failAtStep;
    private GoalTask task = new GoalTask(0.5, 0.5);
    private double x;
    private double y;
    private int steps;

    public PointGoalEnv(String renderMode, int failAtStep) {
        super(METADATA, renderMode);
        this.failAtStep = failAtStep;
    }

    @Override
    protected float[] onReset(Map<String, Object> options, Map<String, Object> info) {
        x = random().nextDouble(-1, 1);
        y = random().nextDouble(-1, 1);
        steps = 0;
        info.put("start", new double[] {x, y});
        return observe();
    }

    @Override
    protected void onStep(float[] action, StepResult<float[]> out) {
        steps++;
        if (steps == failAtStep) {
            throw new IllegalStateException("PointGoal failed on purpose at step " + steps);
        }
        x = Math.max(-1, Math.min(1, x + action[0]));
        y = Math.max(-1, Math.min(1, y + action[1]));
        double d = Math.hypot(x - task.x(), y - task.y());
        out.info().put("distance", d);
        out.set(observe(), -d, d < 0.05, false);
    }

    private float[] observe() {
        obs[0] = (float) x;
        obs[1] = (float) y;
        obs[2] = (float) task.x();
        obs[3] = (float) task.y();
        return obs;
    }

    @Override
    protected Frame onRender(String mode) {
        byte[] rgb = new byte[FRAME * FRAME * 3];
        int px = (int) Math.round((x + 1) / 2 * (FRAME - 1));
        int py = (int) Math.round((y + 1) / 2 * (FRAME - 1));
        int i = (py * FRAME + px) * 3;
        rgb[i] = (byte) 255;
        rgb[i + 1] = (byte) 200;
        return new RgbFrame(FRAME, FRAME, rgb);
    }

    @Override
    public Space<float[]> observationSpace() {
        return observationSpace;
    }

    @Override
    public Space<float[]> actionSpace() {
        return actionSpace;
    }

    @Override
    public TaskDistribution<GoalTask> taskDistribution() {
        return distribution;
    }

    @Override
    public void setTask(GoalTask task) {
        this.task = task;
    }

    @Override
    public GoalTask task() {
        return task;
    }
}

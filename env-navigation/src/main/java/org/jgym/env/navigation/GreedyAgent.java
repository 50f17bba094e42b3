package org.jgym.env.navigation;

import org.jgym.env.api.Env;
import org.jgym.env.api.agent.Agent;
import org.jgym.env.api.spaces.Box;
import org.jgym.env.api.spaces.Discrete;
import org.jgym.env.api.task.TaskEnv;

/**
 * A reference bot for both navigation envs: moves straight toward the target, ignoring obstacles (so on
 * ObstacleNavigation it gets caught by walls in its way, which makes it a useful picture of the task).
 *
 * <p>The target is read from the observation when it holds one (4 values: Navigation2D with {@code oracle=true},
 * ObstacleNavigation with {@code position+target}), otherwise from the unwrapped env's {@link TaskEnv#task()}.
 * On a Box action space it sends the offset to the target clipped to the box (reusing one action array); on
 * {@code Discrete(8)} it picks the compass move that ends closest to the target. Deterministic: it draws no random
 * numbers.
 */
public final class GreedyAgent implements Agent<float[], Object> {
    private static final double[] MOVE_X = {0, 1, 1, 1, 0, -1, -1, -1};
    private static final double[] MOVE_Y = {1, 1, 0, -1, -1, -1, 0, 1};

    private final TaskEnv<?> taskEnv;
    private final Box<float[]> box;
    private final float[] action;
    private final double step;

    /**
     * @param env a Navigation2D or ObstacleNavigation env, possibly wrapped
     * @throws IllegalArgumentException for any other env
     */
    @SuppressWarnings("unchecked")
    public GreedyAgent(Env<?, ?> env) {
        this.taskEnv = env.unwrapped() instanceof TaskEnv<?> t ? t : null;
        if (env.actionSpace() instanceof Box<?> b && b.size() == 2 && b.dtype().arrayClass() == float[].class) {
            this.box = (Box<float[]>) b;
            this.action = new float[2];
            this.step = 0;
        } else if (env.actionSpace() instanceof Discrete d && d.n() == 8 && d.start() == 0) {
            this.box = null;
            this.action = null;
            this.step = ObstacleNavigationEnv.STEP;
        } else {
            throw new IllegalArgumentException("greedy agent needs a float32 Box(2) or Discrete(8) action space "
                    + "(Navigation2D, ObstacleNavigation), got " + env.actionSpace());
        }
    }

    @Override
    public Object act(float[] observation) {
        double tx;
        double ty;
        if (observation.length >= 4) {
            tx = observation[2];
            ty = observation[3];
        } else {
            Object task = taskEnv == null ? null : taskEnv.task();
            if (!(task instanceof Goal g)) {
                throw new IllegalStateException("greedy agent: the observation holds no target and the env has no "
                        + "Goal task (got " + task + ")");
            }
            tx = g.x();
            ty = g.y();
        }
        double dx = tx - observation[0];
        double dy = ty - observation[1];
        if (box != null) {
            action[0] = (float) Math.max(box.low(0), Math.min(box.high(0), dx));
            action[1] = (float) Math.max(box.low(1), Math.min(box.high(1), dy));
            return action;
        }
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int a = 0; a < 8; a++) {
            double ex = dx - MOVE_X[a] * step;
            double ey = dy - MOVE_Y[a] * step;
            double d = ex * ex + ey * ey;
            if (d < bestDistance) {
                bestDistance = d;
                best = a;
            }
        }
        return best;
    }
}

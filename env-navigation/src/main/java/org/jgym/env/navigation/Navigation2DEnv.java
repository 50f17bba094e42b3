package org.jgym.env.navigation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jgym.env.api.AbstractEnv;
import org.jgym.env.api.AnsiFrame;
import org.jgym.env.api.EnvMetadata;
import org.jgym.env.api.Frame;
import org.jgym.env.api.InvalidKwargsException;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.registry.Kwargs;
import org.jgym.env.api.spaces.Box;
import org.jgym.env.api.spaces.Space;
import org.jgym.env.api.task.TaskEnv;

/**
 * MAML's point-mass navigation task (Finn, Abbeel and Levine 2017, section 5.2).
 *
 * <h2>Description</h2>
 * A point starts at the origin of the plane and must reach a goal drawn uniformly from a square; the goal is the
 * task. Registered as {@code Navigation2D-v0}.
 *
 * <h2>Action space</h2>
 * {@code Box(-0.1, 0.1, (2,), float32)}: a velocity (dx, dy). The env clips each component to [-0.1, 0.1] before
 * applying it, as the paper's code does; since actions outside the space are rejected, wrap the env in
 * {@link org.jgym.env.api.wrappers.ClipAction} to send larger actions and have them clipped.
 *
 * <h2>Observation space</h2>
 * {@code Box(-inf, inf, (2,), float32)}: the position (x, y). With {@code oracle=true}: (x, y, goal_x, goal_y),
 * the goal values bounded by [goal_low, goal_high].
 *
 * <h2>Reward</h2>
 * Minus the Euclidean distance from the position after the move to the goal ({@code reward="euclidean"}), or minus
 * its square ({@code reward="squared"}).
 *
 * <h2>Starting state</h2>
 * The origin (0, 0) on every reset. The goal is the task set with {@link #setTask}; when none was set, each reset
 * draws a new goal from {@link #taskDistribution()} with the env's generator (so {@code reset(seed)} fixes it).
 *
 * <h2>Episode end</h2>
 * Terminated when |x - goal_x| &lt; 0.01 and |y - goal_y| &lt; 0.01 after a move. Truncated after 100 steps by the
 * time limit of the registered spec. The position itself is unbounded.
 *
 * <h2>Arguments</h2>
 * {@code goal_low} (-0.5) and {@code goal_high} (0.5): bounds of the goal square; {@code reward}
 * ({@code euclidean} | {@code squared}); {@code oracle} (false): append the goal to the observation;
 * {@code render_mode} ({@code rgb_array} | {@code ansi} | null). The info map is always empty.
 *
 * <h2>Version history</h2>
 * v0: first version, the semantics of the MAML, pytorch-maml-rl and learn2learn code bases.
 */
public final class Navigation2DEnv extends AbstractEnv<float[], float[]> implements TaskEnv<Goal> {
    /** How the reward measures the distance to the goal. */
    public enum RewardForm {
        /** Minus the Euclidean distance (MAML's code; the default). */
        EUCLIDEAN,
        /** Minus the squared distance (as worded in some papers). */
        SQUARED;

        /** The kwarg spelling, e.g. {@code euclidean}. */
        public String kwarg() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Largest absolute action component; larger ones are clipped. */
    public static final float MAX_SPEED = 0.1f;
    /** Goal reached when both offsets are below this. */
    public static final double GOAL_TOLERANCE = 0.01;
    static final EnvMetadata METADATA = new EnvMetadata(List.of(EnvMetadata.RGB_ARRAY, EnvMetadata.ANSI), 10);
    private static final int FRAME_SIZE = 400;

    private final Navigation2DGoals goals;
    private final RewardForm rewardForm;
    private final boolean oracle;
    private final Box<float[]> observationSpace;
    private final Box<float[]> actionSpace = Box.float32(-MAX_SPEED, MAX_SPEED, 2);
    private final float[] observation;
    private final PathTrace path = new PathTrace();
    private Goal fixedGoal;
    private Goal goal;
    private float x;
    private float y;

    /** The paper's env: goals in [-0.5, 0.5]^2, Euclidean reward, no oracle, no rendering. */
    public Navigation2DEnv() {
        this(Navigation2DGoals.DEFAULT_LOW, Navigation2DGoals.DEFAULT_HIGH, RewardForm.EUCLIDEAN, false, null);
    }

    /**
     * @param goalLow    lower bound of the goal coordinates
     * @param goalHigh   upper bound of the goal coordinates, above {@code goalLow}
     * @param rewardForm Euclidean or squared distance
     * @param oracle     true to append the goal to the observation
     * @param renderMode {@code rgb_array}, {@code ansi} or null
     */
    public Navigation2DEnv(double goalLow, double goalHigh, RewardForm rewardForm, boolean oracle, String renderMode) {
        super(METADATA, renderMode);
        try {
            this.goals = new Navigation2DGoals(goalLow, goalHigh);
        } catch (IllegalArgumentException e) {
            throw new InvalidKwargsException(e.getMessage());
        }
        this.rewardForm = java.util.Objects.requireNonNull(rewardForm, "rewardForm");
        this.oracle = oracle;
        double inf = Double.POSITIVE_INFINITY;
        this.observationSpace = oracle
                ? Box.float32(new double[] {-inf, -inf, goalLow, goalLow}, new double[] {inf, inf, goalHigh, goalHigh}, 4)
                : Box.float32(-inf, inf, 2);
        this.observation = new float[oracle ? 4 : 2];
    }

    /** Builds the env from validated kwargs ({@code goal_low}, {@code goal_high}, {@code reward}, {@code oracle}). */
    public static Navigation2DEnv fromKwargs(Kwargs kwargs) {
        RewardForm form = RewardForm.valueOf(kwargs.getString("reward").toUpperCase(Locale.ROOT));
        return new Navigation2DEnv(kwargs.getDouble("goal_low"), kwargs.getDouble("goal_high"), form,
                kwargs.getBoolean("oracle"), kwargs.renderMode());
    }

    @Override
    protected float[] onReset(Map<String, Object> options, Map<String, Object> info) {
        goal = fixedGoal != null ? fixedGoal : goals.draw(random());
        x = 0f;
        y = 0f;
        path.clear();
        recordPosition();
        return writeObservation();
    }

    @Override
    protected void onStep(float[] action, StepResult<float[]> out) {
        // numpy semantics: float32 position plus float32 clipped action, offsets to the float64 goal in float64
        x += clip(action[0]);
        y += clip(action[1]);
        recordPosition();
        double dx = x - goal.x();
        double dy = y - goal.y();
        double squared = dx * dx + dy * dy;
        double reward = rewardForm == RewardForm.EUCLIDEAN ? -Math.sqrt(squared) : -squared;
        boolean reached = Math.abs(dx) < GOAL_TOLERANCE && Math.abs(dy) < GOAL_TOLERANCE;
        out.set(writeObservation(), reward, reached, false);
    }

    private static float clip(float v) {
        return Math.max(-MAX_SPEED, Math.min(MAX_SPEED, v));
    }

    private float[] writeObservation() {
        observation[0] = x;
        observation[1] = y;
        if (oracle) {
            observation[2] = (float) goal.x();
            observation[3] = (float) goal.y();
        }
        return observation;
    }

    private void recordPosition() {
        if (renderMode() != null) {
            path.add(x, y);
        }
    }

    @Override
    public Space<float[]> observationSpace() {
        return observationSpace;
    }

    @Override
    public Space<float[]> actionSpace() {
        return actionSpace;
    }

    /** Goals uniform on [goal_low, goal_high]^2, the bounds this env was made with. */
    @Override
    public Navigation2DGoals taskDistribution() {
        return goals;
    }

    /**
     * Fixes the goal of every later episode, from the next reset on; null returns to drawing a goal per reset.
     *
     * @throws IllegalArgumentException if the goal lies outside [goal_low, goal_high]^2
     */
    @Override
    public void setTask(Goal task) {
        if (task != null && !task.isInside(goals.low(), goals.high())) {
            throw new IllegalArgumentException("Navigation2D: goal " + task + " lies outside the goal square ["
                    + goals.low() + ", " + goals.high() + "]^2 of this env (kwargs goal_low, goal_high)");
        }
        fixedGoal = task;
    }

    /** The task set with {@link #setTask}, else the goal drawn at the last reset (null before any reset). */
    @Override
    public Goal task() {
        return fixedGoal != null ? fixedGoal : goal;
    }

    /** The goal of the current episode (null before the first reset). */
    public Goal goal() {
        return goal;
    }

    /** The reward form this env was made with. */
    public RewardForm rewardForm() {
        return rewardForm;
    }

    /** True when the observation holds the goal. */
    public boolean oracle() {
        return oracle;
    }

    @Override
    protected Frame onRender(String mode) {
        if (goal == null) {
            throw new IllegalStateException("Navigation2D: render() needs a reset() first");
        }
        if (mode.equals(EnvMetadata.ANSI)) {
            return new AnsiFrame(String.format(Locale.ROOT, "position (%.4f, %.4f)  goal (%.4f, %.4f)  distance %.4f",
                    x, y, goal.x(), goal.y(), Math.hypot(x - goal.x(), y - goal.y())));
        }
        // the goal square and the origin, with half a square of margin on every side
        double low = Math.min(goals.low(), 0);
        double high = Math.max(goals.high(), 0);
        double margin = 0.5 * (high - low);
        MapCanvas canvas = new MapCanvas(FRAME_SIZE, low - margin, low - margin, high - low + 2 * margin);
        canvas.fillRect(goals.low(), goals.low(), goals.high(), goals.high(), MapCanvas.REGION);
        canvas.line(low - margin, 0, high + margin, 0, MapCanvas.PATH, 1f);
        canvas.line(0, low - margin, 0, high + margin, MapCanvas.PATH, 1f);
        canvas.strokeRect(goal.x() - GOAL_TOLERANCE, goal.y() - GOAL_TOLERANCE, goal.x() + GOAL_TOLERANCE,
                goal.y() + GOAL_TOLERANCE, MapCanvas.TARGET, 1f);
        canvas.disc(goal.x(), goal.y(), 0, 8, MapCanvas.TARGET);
        canvas.polyline(path.points(), path.count(), MapCanvas.AGENT, 1.5f);
        canvas.disc(x, y, 0, 10, MapCanvas.AGENT);
        return canvas.toFrame();
    }
}

package org.jgym.env.navigation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.jgym.env.api.AbstractEnv;
import org.jgym.env.api.AnsiFrame;
import org.jgym.env.api.EnvMetadata;
import org.jgym.env.api.Frame;
import org.jgym.env.api.InvalidKwargsException;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.registry.Kwargs;
import org.jgym.env.api.spaces.Box;
import org.jgym.env.api.spaces.Discrete;
import org.jgym.env.api.spaces.Space;
import org.jgym.env.api.task.TaskEnv;

/**
 * Duan and Wang's navigation task with controllable difficulty: a walk on the [0, 10]^2 map among obstacle segments.
 *
 * <h2>Description</h2>
 * The agent starts in the top-right corner and moves in steps of 0.1 toward a target (the task). Line segments
 * ({@link ObstacleLayout}) catch the agent: after a move that ends within 0.02 of a segment (projection inside the
 * segment) it is put back where it stood before that move and stays frozen there until the episode ends. Registered
 * as {@code ObstacleNavigation-v0}.
 *
 * <h2>Action space</h2>
 * {@code Discrete(8)}, compass moves of 0.1 per axis: 0=(0,+) 1=(+,+) 2=(+,0) 3=(+,-) 4=(0,-) 5=(-,-) 6=(-,0)
 * 7=(-,+).
 *
 * <h2>Observation space</h2>
 * {@code observation="position"}: (x, y); {@code "position+target"}: (x, y, target_x, target_y); float32. Target
 * values are bounded by [0, 10]. The position is declared unbounded (-inf, inf): moves are applied even when they
 * leave the map (the authors' behaviour), so the position can lie outside [0, 10].
 *
 * <h2>Reward</h2>
 * Minus the squared distance from the position after the move to the target; 0 on the step that reaches the target;
 * -800 on every step that ends outside [0, 10]^2 (this overrides the other two). While frozen, each step repeats the
 * reward of the step that caught the agent.
 *
 * <h2>Starting state</h2>
 * (9.9, 9.9) on every reset. The target is the task set with {@link #setTask}; when none was set, each reset draws the
 * next goal of the {@code targets} distribution's sequence with the env's generator (so {@code uniform} cycles through
 * the quadrants over episodes; a reset with a seed restarts the sequence).
 *
 * <h2>Episode end</h2>
 * Terminated when the squared distance to the target is at most 0.02 after a move. Leaving the map does not end the
 * episode. Truncated after 100 steps by the time limit of the registered spec.
 *
 * <h2>Arguments</h2>
 * {@code obstacles} ({@code none} | {@code easy} | {@code medium} | {@code hard}, default medium),
 * {@code observation} ({@code position} | {@code position+target}, default position+target), {@code targets}
 * ({@code uniform} | {@code random} | {@code narrow}, default uniform), {@code render_mode} ({@code rgb_array} |
 * {@code ansi} | null). Info: {@code distance}, the Euclidean distance to the target after the step (the papers'
 * metric at episode end), and {@code caught}, true once the agent is caught.
 *
 * <h2>Version history</h2>
 * v0: first version, the semantics of the authors' {@code NavigationPro} env (duanwenbo/aaai22), time limit by
 * truncation.
 */
public final class ObstacleNavigationEnv extends AbstractEnv<float[], Integer> implements TaskEnv<Goal> {
    /** What the agent observes. */
    public enum ObservationMode {
        /** (x, y). */
        POSITION("position"),
        /** (x, y, target_x, target_y). */
        POSITION_TARGET("position+target");

        private final String kwarg;

        ObservationMode(String kwarg) {
            this.kwarg = kwarg;
        }

        /** The kwarg spelling. */
        public String kwarg() {
            return kwarg;
        }

        /** The mode named by a kwarg value. */
        public static ObservationMode fromKwarg(String name) {
            for (ObservationMode m : values()) {
                if (m.kwarg.equals(name)) {
                    return m;
                }
            }
            throw new IllegalArgumentException("observation must be one of [position, position+target], got '" + name
                    + "'");
        }
    }

    /** Side of the square map. */
    public static final double MAP_SIZE = 10;
    /** Start position, the same on every reset. */
    public static final double START_X = 9.9;
    /** Start position, the same on every reset. */
    public static final double START_Y = 9.9;
    /** Length of a move along each axis. */
    public static final double STEP = 0.1;
    /** Target reached when the squared distance is at most this. */
    public static final double GOAL_SQUARED_DISTANCE = 0.02;
    /** Reward of a step that ends off the map. */
    public static final double OFF_MAP_REWARD = -800;
    private static final double[] MOVE_X = {0, STEP, STEP, STEP, 0, -STEP, -STEP, -STEP};
    private static final double[] MOVE_Y = {STEP, STEP, 0, -STEP, -STEP, -STEP, 0, STEP};
    static final EnvMetadata METADATA = new EnvMetadata(List.of(EnvMetadata.RGB_ARRAY, EnvMetadata.ANSI), 10);
    private static final int FRAME_SIZE = 400;

    private final ObstacleLayout obstacles;
    private final ObservationMode observationMode;
    private final ObstacleTargets targets;
    private final Box<float[]> observationSpace;
    private final Discrete actionSpace = new Discrete(8);
    private final float[] observation;
    private final PathTrace path = new PathTrace();
    private Goal fixedGoal;
    private Goal goal;
    private RandomGenerator drawGenerator;
    private long drawIndex;
    private double x;
    private double y;
    private double preCatchX;
    private double preCatchY;
    private boolean caught;
    private double lastReward;

    /** The papers' base setting: medium obstacles, position+target observation, uniform targets, no rendering. */
    public ObstacleNavigationEnv() {
        this(ObstacleLayout.MEDIUM, ObservationMode.POSITION_TARGET, ObstacleTargets.Kind.UNIFORM, null);
    }

    /**
     * @param obstacles       the segment layout
     * @param observationMode position only, or position and target
     * @param targets         the distribution goals are drawn from when no task is set
     * @param renderMode      {@code rgb_array}, {@code ansi} or null
     */
    public ObstacleNavigationEnv(ObstacleLayout obstacles, ObservationMode observationMode, ObstacleTargets.Kind targets,
            String renderMode) {
        super(METADATA, renderMode);
        this.obstacles = Objects.requireNonNull(obstacles, "obstacles");
        this.observationMode = Objects.requireNonNull(observationMode, "observationMode");
        this.targets = new ObstacleTargets(targets);
        double inf = Double.POSITIVE_INFINITY;
        this.observationSpace = observationMode == ObservationMode.POSITION
                ? Box.float32(-inf, inf, 2)
                : Box.float32(new double[] {-inf, -inf, 0, 0}, new double[] {inf, inf, MAP_SIZE, MAP_SIZE}, 4);
        this.observation = new float[observationMode == ObservationMode.POSITION ? 2 : 4];
    }

    /** Builds the env from validated kwargs ({@code obstacles}, {@code observation}, {@code targets}). */
    public static ObstacleNavigationEnv fromKwargs(Kwargs kwargs) {
        try {
            return new ObstacleNavigationEnv(ObstacleLayout.fromKwarg(kwargs.getString("obstacles")),
                    ObservationMode.fromKwarg(kwargs.getString("observation")),
                    ObstacleTargets.Kind.fromKwarg(kwargs.getString("targets")), kwargs.renderMode());
        } catch (IllegalArgumentException e) {
            throw new InvalidKwargsException("ObstacleNavigation: " + e.getMessage());
        }
    }

    @Override
    protected float[] onReset(Map<String, Object> options, Map<String, Object> info) {
        RandomGenerator random = random();
        if (random != drawGenerator) {
            // a new generator (seeded reset or first reset) restarts the goal sequence
            drawGenerator = random;
            drawIndex = 0;
        }
        goal = fixedGoal != null ? fixedGoal : targets.draw(drawIndex++, random);
        x = START_X;
        y = START_Y;
        caught = false;
        lastReward = 0;
        path.clear();
        recordPosition();
        return writeObservation();
    }

    @Override
    protected void onStep(Integer action, StepResult<float[]> out) {
        boolean reached = false;
        double reward;
        if (caught) {
            x = preCatchX;
            y = preCatchY;
            reward = lastReward;
        } else {
            double beforeX = x;
            double beforeY = y;
            int a = action;
            x += MOVE_X[a];
            y += MOVE_Y[a];
            if (obstacles.catches(x, y)) {
                caught = true;
                preCatchX = beforeX;
                preCatchY = beforeY;
            }
            double squared = squaredDistance();
            reward = -squared;
            if (squared <= GOAL_SQUARED_DISTANCE) {
                reached = true;
                reward = 0;
            }
        }
        if (x < 0 || x > MAP_SIZE || y < 0 || y > MAP_SIZE) {
            reward = OFF_MAP_REWARD;
        }
        lastReward = reward;
        recordPosition();
        out.info().put("distance", Math.sqrt(squaredDistance()));
        out.info().put("caught", caught);
        out.set(writeObservation(), reward, reached, false);
    }

    private double squaredDistance() {
        double dx = x - goal.x();
        double dy = y - goal.y();
        return dx * dx + dy * dy;
    }

    private float[] writeObservation() {
        observation[0] = (float) x;
        observation[1] = (float) y;
        if (observationMode == ObservationMode.POSITION_TARGET) {
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
    public Space<Integer> actionSpace() {
        return actionSpace;
    }

    /** The {@code targets} distribution this env was made with. */
    @Override
    public ObstacleTargets taskDistribution() {
        return targets;
    }

    /**
     * Fixes the target of every later episode, from the next reset on; null returns to drawing per reset.
     *
     * @throws IllegalArgumentException if the target lies outside the [0, 10]^2 map
     */
    @Override
    public void setTask(Goal task) {
        if (task != null && !task.isInside(0, MAP_SIZE)) {
            throw new IllegalArgumentException("ObstacleNavigation: target " + task
                    + " lies outside the map [0, 10]^2; targets must be on the map");
        }
        fixedGoal = task;
    }

    /** The task set with {@link #setTask}, else the target drawn at the last reset (null before any reset). */
    @Override
    public Goal task() {
        return fixedGoal != null ? fixedGoal : goal;
    }

    /** The target of the current episode (null before the first reset). */
    public Goal goal() {
        return goal;
    }

    /** The segment layout this env was made with. */
    public ObstacleLayout obstacles() {
        return obstacles;
    }

    /** What the agent observes. */
    public ObservationMode observationMode() {
        return observationMode;
    }

    /** The agent's position as double precision {x, y} (the observation holds it as float32). */
    public double[] position() {
        return new double[] {x, y};
    }

    /** True once the agent has been caught by a segment in this episode. */
    public boolean caught() {
        return caught;
    }

    @Override
    protected Frame onRender(String mode) {
        if (goal == null) {
            throw new IllegalStateException("ObstacleNavigation: render() needs a reset() first");
        }
        return mode.equals(EnvMetadata.ANSI) ? renderAnsi() : renderRgb();
    }

    private Frame renderRgb() {
        double margin = 0.5;
        MapCanvas canvas = new MapCanvas(FRAME_SIZE, -margin, -margin, MAP_SIZE + 2 * margin);
        canvas.fillRect(0, 0, MAP_SIZE, MAP_SIZE, MapCanvas.REGION);
        canvas.strokeRect(0, 0, MAP_SIZE, MAP_SIZE, MapCanvas.OBSTACLE, 1f);
        for (int i = 0; i < obstacles.segmentCount(); i++) {
            double[] s = obstacles.segment(i);
            canvas.line(s[0], s[1], s[2], s[3], MapCanvas.OBSTACLE, 3f);
        }
        canvas.circle(goal.x(), goal.y(), Math.sqrt(GOAL_SQUARED_DISTANCE), MapCanvas.TARGET, 1.5f);
        canvas.disc(goal.x(), goal.y(), 0, 8, MapCanvas.TARGET);
        canvas.polyline(path.points(), path.count(), MapCanvas.PATH, 2f);
        canvas.disc(x, y, 0, 10, caught ? MapCanvas.CAUGHT : MapCanvas.AGENT);
        return canvas.toFrame();
    }

    /** A 21 x 21 character map (one cell per 0.5), top row y = 10: # obstacle, T target, A agent (C when caught). */
    private Frame renderAnsi() {
        int n = 21;
        char[][] grid = new char[n][n];
        for (char[] row : grid) {
            java.util.Arrays.fill(row, '.');
        }
        for (int i = 0; i < obstacles.segmentCount(); i++) {
            double[] s = obstacles.segment(i);
            for (int k = 0; k <= 40; k++) {
                double px = s[0] + (s[2] - s[0]) * k / 40;
                double py = s[1] + (s[3] - s[1]) * k / 40;
                put(grid, px, py, '#');
            }
        }
        put(grid, goal.x(), goal.y(), 'T');
        put(grid, x, y, caught ? 'C' : 'A');
        StringBuilder sb = new StringBuilder();
        for (char[] row : grid) {
            sb.append(row).append('\n');
        }
        sb.append(String.format(Locale.ROOT, "position (%.2f, %.2f)  target (%.1f, %.1f)  distance %.3f%s", x, y,
                goal.x(), goal.y(), Math.sqrt(squaredDistance()), caught ? "  caught" : ""));
        return new AnsiFrame(sb.toString());
    }

    private static void put(char[][] grid, double wx, double wy, char c) {
        int n = grid.length;
        int col = (int) Math.round(wx / MAP_SIZE * (n - 1));
        int row = (n - 1) - (int) Math.round(wy / MAP_SIZE * (n - 1));
        if (row >= 0 && row < n && col >= 0 && col < n) {
            grid[row][col] = c;
        }
    }
}

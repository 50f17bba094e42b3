package org.jgym.env.mujoco.tasks;

import org.jgym.env.api.registry.Kwargs;
import org.jgym.env.mujoco.env.MujocoEnv;

/**
 * One MAML locomotion family: its env id, robot, task distribution and forward reward (pytorch-maml-rl):
 * <ul>
 *   <li>{@code HalfCheetahVel-v0}: -|v - v_goal|; {@code HalfCheetahDir-v0}: direction x v; both minus
 *       0.05 sum(ctrl^2), v = (qpos_x after - before) / dt, never terminating;</li>
 *   <li>{@code AntVel-v0}: -|v - v_goal| + 1; {@code AntDir-v0}: direction x v; {@code AntGoal-v0}:
 *       -(|x - goal_x| + |y - goal_y|) + 4 on the torso position after the step; all minus
 *       0.005 sum((ctrl / s)^2) (s half the control range) and 0.0005 sum(clip(cfrc_ext, -1, 1)^2), plus 0.05;
 *       v from the torso position x; terminated when a state value is not finite or the torso z leaves
 *       [0.2, 1.0].</li>
 * </ul>
 *
 * @param <T> the task type
 */
public record MamlFamily<T>(String id, String distributionId, boolean ant, String forwardKey, Reward<T> reward) {
    /** gym's v2 models step 5 physics steps of 0.01 s per env step. */
    static final int FRAME_SKIP = 5;
    /** qpos + U(-0.1, 0.1), qvel + 0.1 N(0, 1). */
    static final double RESET_NOISE = 0.1;
    static final double ANT_CONTACT_COST = 0.5 * 1e-3;
    static final double ANT_SURVIVE_REWARD = 0.05;

    /** The forward (or goal) term of a family's reward. */
    @FunctionalInterface
    public interface Reward<T> {
        double of(T task, double velocity, double torsoX, double torsoY);
    }

    public static final MamlFamily<VelocityTask> HALF_CHEETAH_VEL = new MamlFamily<>("HalfCheetahVel-v0",
            "halfcheetah/vel", false, "reward_forward", (t, v, x, y) -> -1.0 * Math.abs(v - t.velocity()));
    public static final MamlFamily<DirectionTask> HALF_CHEETAH_DIR = new MamlFamily<>("HalfCheetahDir-v0",
            "halfcheetah/dir", false, "reward_forward", (t, v, x, y) -> t.direction() * v);
    public static final MamlFamily<VelocityTask> ANT_VEL = new MamlFamily<>("AntVel-v0", "ant/vel", true,
            "reward_forward", (t, v, x, y) -> -1.0 * Math.abs(v - t.velocity()) + 1.0);
    public static final MamlFamily<DirectionTask> ANT_DIR = new MamlFamily<>("AntDir-v0", "ant/dir", true,
            "reward_forward", (t, v, x, y) -> t.direction() * v);
    public static final MamlFamily<GoalTask> ANT_GOAL = new MamlFamily<>("AntGoal-v0", "ant/goal", true,
            "reward_goal", (t, v, x, y) -> -(Math.abs(x - t.x()) + Math.abs(y - t.y())) + 4.0);

    double forwardReward(T task, double velocity, double torsoX, double torsoY) {
        return reward.of(task, velocity, torsoX, torsoY);
    }

    /** Control cost per squared (normalised) control unit. */
    double ctrlCostWeight() {
        return ant ? 0.5 * 1e-2 : 0.5 * 1e-1;
    }

    /** The default MJCF file (Gymnasium's copy of gym's model). */
    public String defaultXml() {
        return ant ? "ant.xml" : "half_cheetah.xml";
    }

    /** Builds the env from validated kwargs ({@code xml_file}, {@code normalization_scale}, bounds). */
    public MamlLocomotionEnv<T> make(Kwargs kwargs, MamlTasks<T> tasks) {
        return MujocoEnv.build(id, kwargs,
                model -> new MamlLocomotionEnv<>(this, tasks, model, kwargs.getDouble("normalization_scale"),
                        kwargs.renderMode()));
    }
}

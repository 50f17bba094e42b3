package org.jgym.env.mujoco.tasks;

import java.nio.DoubleBuffer;
import java.util.Map;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.spaces.Box;
import org.jgym.env.api.spaces.Space;
import org.jgym.env.api.task.TaskEnv;
import org.jgym.env.mujoco.env.MujocoEnv;
import org.jgym.env.mujoco.sim.Model;

/**
 * The locomotion task envs of pytorch-maml-rl ({@code maml_rl/envs/mujoco/half_cheetah.py}, {@code ant.py}) on
 * Gymnasium's models: {@code HalfCheetahVel-v0}, {@code HalfCheetahDir-v0}, {@code AntVel-v0}, {@code AntDir-v0},
 * {@code AntGoal-v0}. See {@link MamlFamily} for each family's reward and the module README for the differences.
 *
 * <p>Actions live in Box(-scale, scale) ({@code normalization_scale}, 10 in the MAML configs) and are mapped
 * linearly onto the actuators' control range, then clipped (pytorch-maml-rl's {@code NormalizedActionWrapper}).
 * Observations are float32: HalfCheetah qpos[1:], qvel, torso position (20); Ant qpos, qvel, clip(cfrc_ext, -1, 1)
 * of every body, torso rotation matrix, torso position (125).
 *
 * @param <T> the task type
 */
public final class MamlLocomotionEnv<T> extends MujocoEnv<float[]> implements TaskEnv<T> {
    private static final double HEALTHY_MIN_Z = 0.2;
    private static final double HEALTHY_MAX_Z = 1.0;

    private final MamlFamily<T> family;
    private final MamlTasks<T> tasks;
    private final int torso;
    private final double scale;
    private final double[] ctrlLow;
    private final double[] ctrlHigh;
    private final double[] ctrlScaling;
    private final Box<float[]> actionSpace;
    private final Box<float[]> observationSpace;
    private final float[] observation;
    private T fixedTask;
    private T task;

    MamlLocomotionEnv(MamlFamily<T> family, MamlTasks<T> tasks, Model model, double scale, String renderMode) {
        super(family.id(), model, MamlFamily.FRAME_SKIP, MamlFamily.RESET_NOISE, renderMode);
        this.family = family;
        this.tasks = tasks;
        this.torso = bodyId("torso");
        this.scale = scale;
        this.ctrlLow = controlSpace().low();
        this.ctrlHigh = controlSpace().high();
        this.ctrlScaling = new double[nu];
        for (int i = 0; i < nu; i++) {
            ctrlScaling[i] = 0.5 * (ctrlHigh[i] - ctrlLow[i]);
        }
        this.actionSpace = Box.float32(-scale, scale, nu);
        int size = family.ant() ? nq + nv + 6 * nbody + 9 + 3 : nq - 1 + nv + 3;
        this.observationSpace = Box.float32(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, size);
        this.observation = new float[size];
    }

    @Override
    protected void beforeReset() {
        task = fixedTask != null ? fixedTask : tasks.draw(random());
    }

    @Override
    protected float[] resetObservation(Map<String, Object> info) {
        return writeObservation();
    }

    @Override
    protected void onStep(float[] action, StepResult<float[]> out) {
        Map<String, Object> info = out.info();
        DoubleBuffer ctrl = sim.ctrl();
        double ctrlSquares = 0;
        for (int i = 0; i < nu; i++) {
            double a = Math.max(-scale, Math.min(scale, action[i]));
            double c = ctrlLow[i] + (a + scale) * (ctrlHigh[i] - ctrlLow[i]) / (2 * scale);
            c = Math.max(ctrlLow[i], Math.min(ctrlHigh[i], c));
            ctrl.put(i, c);
            double normalized = family.ant() ? c / ctrlScaling[i] : c;
            ctrlSquares += normalized * normalized;
        }
        double xBefore = family.ant() ? sim.xpos().get(3 * torso) : sim.qpos().get(0);
        simulateCurrentControl(info);
        double xAfter = family.ant() ? sim.xpos().get(3 * torso) : sim.qpos().get(0);
        double velocity = (xAfter - xBefore) / dt;
        double forward = family.forwardReward(task, velocity, sim.xpos().get(3 * torso), sim.xpos().get(3 * torso + 1));
        double ctrlCost = family.ctrlCostWeight() * ctrlSquares;
        info.put(family.forwardKey(), forward);
        info.put("reward_ctrl", -ctrlCost);
        if (!family.ant()) {
            out.set(writeObservation(), forward - ctrlCost, false, false);
            return;
        }
        double contactCost = MamlFamily.ANT_CONTACT_COST * clippedSquares(sim.cfrcExt());
        info.put("reward_contact", -contactCost);
        info.put("reward_survive", MamlFamily.ANT_SURVIVE_REWARD);
        double reward = forward - ctrlCost - contactCost + MamlFamily.ANT_SURVIVE_REWARD;
        out.set(writeObservation(), reward, !healthy(HEALTHY_MIN_Z, HEALTHY_MAX_Z), false);
    }

    private static double clippedSquares(DoubleBuffer forces) {
        double sum = 0;
        for (int i = 0; i < forces.limit(); i++) {
            double f = Math.max(-1, Math.min(1, forces.get(i)));
            sum += f * f;
        }
        return sum;
    }

    private float[] writeObservation() {
        DoubleBuffer qpos = sim.qpos();
        DoubleBuffer qvel = sim.qvel();
        int at = 0;
        for (int i = family.ant() ? 0 : 1; i < nq; i++) {
            observation[at++] = (float) qpos.get(i);
        }
        for (int i = 0; i < nv; i++) {
            observation[at++] = (float) qvel.get(i);
        }
        if (family.ant()) {
            DoubleBuffer forces = sim.cfrcExt();
            for (int i = 0; i < 6 * nbody; i++) {
                observation[at++] = (float) Math.max(-1, Math.min(1, forces.get(i)));
            }
            DoubleBuffer xmat = sim.xmat();
            for (int i = 0; i < 9; i++) {
                observation[at++] = (float) xmat.get(9 * torso + i);
            }
        }
        DoubleBuffer xpos = sim.xpos();
        for (int i = 0; i < 3; i++) {
            observation[at++] = (float) xpos.get(3 * torso + i);
        }
        return observation;
    }

    @Override
    public Space<float[]> actionSpace() {
        return actionSpace;
    }

    @Override
    public Space<float[]> observationSpace() {
        return observationSpace;
    }

    @Override
    public MamlTasks<T> taskDistribution() {
        return tasks;
    }

    /** Fixes the task of every later episode from the next reset on; null returns to one drawn task per reset. */
    @Override
    public void setTask(T newTask) {
        fixedTask = newTask == null ? null : tasks.check(newTask);
    }

    /** The task set with {@link #setTask}, else the task of the current episode (null before any reset). */
    @Override
    public T task() {
        return fixedTask != null ? fixedTask : task;
    }
}

package org.jgym.env.mujoco.env;

import java.nio.DoubleBuffer;
import java.util.List;
import java.util.Map;
import org.jgym.env.api.InvalidKwargsException;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.registry.Kwargs;
import org.jgym.env.api.spaces.Box;
import org.jgym.env.api.spaces.Space;
import org.jgym.env.mujoco.sim.Model;

/**
 * Gymnasium's {@code Ant-v5}, computed as Gymnasium 1.4.0 computes it.
 *
 * <p>Observation: float64, qpos[2:], qvel, then clip(cfrc_ext[1:], contact_force_range) (105 values by default;
 * +2 with {@code exclude_current_positions_from_observation=false}; without the 78 contact values when
 * {@code include_cfrc_ext_in_observation=false}). Reward: healthy_reward (while healthy) + forward_reward_weight x
 * v_x of {@code main_body} - ctrl_cost_weight x sum(action^2) (float32) - contact_cost_weight x
 * sum(clip(cfrc_ext)^2). Terminated when unhealthy (non-finite state or torso z outside {@code healthy_z_range}) and
 * {@code terminate_when_unhealthy}.
 */
public final class AntEnv extends MujocoEnv<double[]> {
    /** Gymnasium's default model file. */
    public static final String DEFAULT_XML = "ant.xml";

    private final double forwardRewardWeight;
    private final float ctrlCostWeight;
    private final double contactCostWeight;
    private final double healthyReward;
    private final int mainBody;
    private final boolean terminateWhenUnhealthy;
    private final double minZ;
    private final double maxZ;
    private final double minForce;
    private final double maxForce;
    private final boolean excludePositions;
    private final boolean includeContactForces;
    private final Box<double[]> observationSpace;
    private final double[] observation;

    /** Builds the env from validated kwargs. */
    public static AntEnv fromKwargs(Kwargs kwargs) {
        String name = "Ant-v5";
        double[] zRange = pair(kwargs.get("healthy_z_range"), "healthy_z_range", name);
        double[] forceRange = pair(kwargs.get("contact_force_range"), "contact_force_range", name);
        return build(name, kwargs, model -> new AntEnv(name, model, kwargs, zRange, forceRange));
    }

    private AntEnv(String name, Model model, Kwargs kwargs, double[] zRange, double[] forceRange) {
        super(name, model, kwargs.getInt("frame_skip"), kwargs.getDouble("reset_noise_scale"), kwargs.renderMode());
        this.forwardRewardWeight = kwargs.getDouble("forward_reward_weight");
        this.ctrlCostWeight = (float) kwargs.getDouble("ctrl_cost_weight");
        this.contactCostWeight = kwargs.getDouble("contact_cost_weight");
        this.healthyReward = kwargs.getDouble("healthy_reward");
        Object body = kwargs.get("main_body");
        if (body instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                && n.intValue() >= 0 && n.intValue() < nbody) {
            this.mainBody = n.intValue();
        } else if (body instanceof String s) {
            this.mainBody = bodyId(s);
        } else {
            throw new InvalidKwargsException(name + ": kwarg 'main_body' must be a body id in [0, " + nbody
                    + ") or a body name, got " + body);
        }
        this.terminateWhenUnhealthy = kwargs.getBoolean("terminate_when_unhealthy");
        this.minZ = zRange[0];
        this.maxZ = zRange[1];
        this.minForce = forceRange[0];
        this.maxForce = forceRange[1];
        this.excludePositions = kwargs.getBoolean("exclude_current_positions_from_observation");
        this.includeContactForces = kwargs.getBoolean("include_cfrc_ext_in_observation");
        int size = nq + nv - (excludePositions ? 2 : 0) + (includeContactForces ? (nbody - 1) * 6 : 0);
        this.observationSpace = Box.float64(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, size);
        this.observation = new double[size];
    }

    /** A [low, high] kwarg given as a list of two numbers. */
    static double[] pair(Object value, String key, String owner) {
        if (value instanceof List<?> list && list.size() == 2 && list.get(0) instanceof Number a
                && list.get(1) instanceof Number b && a.doubleValue() <= b.doubleValue()) {
            return new double[] {a.doubleValue(), b.doubleValue()};
        }
        if (value instanceof double[] d && d.length == 2 && d[0] <= d[1]) {
            return d.clone();
        }
        throw new InvalidKwargsException(owner + ": kwarg '" + key + "' must be a list [low, high] of two numbers"
                + " with low <= high, got " + value);
    }

    @Override
    protected double[] resetObservation(Map<String, Object> info) {
        putPositions(info);
        return writeObservation();
    }

    private void putPositions(Map<String, Object> info) {
        double x = sim.qpos().get(0);
        double y = sim.qpos().get(1);
        info.put("x_position", x);
        info.put("y_position", y);
        info.put("distance_from_origin", Math.sqrt(x * x + y * y));
    }

    @Override
    protected void onStep(float[] action, StepResult<double[]> out) {
        Map<String, Object> info = out.info();
        DoubleBuffer xpos = sim.xpos();
        double xBefore = xpos.get(3 * mainBody);
        double yBefore = xpos.get(3 * mainBody + 1);
        simulate(action, info);
        double xVelocity = (xpos.get(3 * mainBody) - xBefore) / dt;
        double yVelocity = (xpos.get(3 * mainBody + 1) - yBefore) / dt;
        boolean healthy = healthy(minZ, maxZ);
        double forwardReward = xVelocity * forwardRewardWeight;
        double survive = healthy ? healthyReward : 0.0;
        float ctrlCost = ctrlCostWeight * NumpySums.sumOfSquares(action);
        double contactCost = contactCostWeight * NumpySums.sumOfClippedSquares(sim.cfrcExt(), minForce, maxForce);
        double reward = (forwardReward + survive) - (ctrlCost + contactCost);
        putPositions(info);
        info.put("x_velocity", xVelocity);
        info.put("y_velocity", yVelocity);
        info.put("reward_forward", forwardReward);
        info.put("reward_ctrl", (double) -ctrlCost);
        info.put("reward_contact", -contactCost);
        info.put("reward_survive", survive);
        out.set(writeObservation(), reward, !healthy && terminateWhenUnhealthy, false);
    }

    private double[] writeObservation() {
        int skip = excludePositions ? 2 : 0;
        sim.qpos().get(skip, observation, 0, nq - skip);
        sim.qvel().get(0, observation, nq - skip, nv);
        if (includeContactForces) {
            DoubleBuffer forces = sim.cfrcExt();
            int at = nq - skip + nv;
            for (int i = 6; i < nbody * 6; i++) {
                observation[at++] = Math.max(minForce, Math.min(maxForce, forces.get(i)));
            }
        }
        return observation;
    }

    @Override
    public Space<double[]> observationSpace() {
        return observationSpace;
    }
}

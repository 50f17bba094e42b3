package org.jgym.env.mujoco.env;

import java.nio.DoubleBuffer;
import java.util.Map;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.registry.Kwargs;
import org.jgym.env.api.spaces.Box;
import org.jgym.env.api.spaces.Space;
import org.jgym.env.mujoco.sim.Model;

/**
 * Gymnasium's {@code HalfCheetah-v5}, computed as Gymnasium 1.4.0 computes it.
 *
 * <p>Observation: float64, qpos[1:] then qvel (17 values; 18 with
 * {@code exclude_current_positions_from_observation=false}). Reward: {@code forward_reward_weight} x (x after - x
 * before) / dt minus {@code ctrl_cost_weight} x sum(action^2), the control cost in float32 as NumPy sums it. Never
 * terminates. Info: {@code x_position}, {@code x_velocity}, {@code reward_forward}, {@code reward_ctrl}; reset info
 * {@code x_position}.
 */
public final class HalfCheetahEnv extends MujocoEnv<double[]> {
    /** Gymnasium's default model file. */
    public static final String DEFAULT_XML = "half_cheetah.xml";

    private final double forwardRewardWeight;
    private final float ctrlCostWeight;
    private final boolean excludePositions;
    private final Box<double[]> observationSpace;
    private final double[] observation;

    /** Builds the env from validated kwargs. */
    public static HalfCheetahEnv fromKwargs(Kwargs kwargs) {
        String name = "HalfCheetah-v5";
        return build(name, kwargs, model -> new HalfCheetahEnv(name, model, kwargs.getInt("frame_skip"),
                kwargs.getDouble("forward_reward_weight"), kwargs.getDouble("ctrl_cost_weight"),
                kwargs.getDouble("reset_noise_scale"), kwargs.getBoolean("exclude_current_positions_from_observation"),
                kwargs.renderMode()));
    }

    HalfCheetahEnv(String name, Model model, int frameSkip, double forwardRewardWeight, double ctrlCostWeight,
            double resetNoiseScale, boolean excludePositions, String renderMode) {
        super(name, model, frameSkip, resetNoiseScale, renderMode);
        this.forwardRewardWeight = forwardRewardWeight;
        this.ctrlCostWeight = (float) ctrlCostWeight;
        this.excludePositions = excludePositions;
        int size = nq + nv - (excludePositions ? 1 : 0);
        this.observationSpace = Box.float64(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, size);
        this.observation = new double[size];
    }

    @Override
    protected double[] resetObservation(Map<String, Object> info) {
        info.put("x_position", sim.qpos().get(0));
        return writeObservation();
    }

    @Override
    protected void onStep(float[] action, StepResult<double[]> out) {
        Map<String, Object> info = out.info();
        double before = sim.qpos().get(0);
        simulate(action, info);
        double after = sim.qpos().get(0);
        double xVelocity = (after - before) / dt;
        double forwardReward = forwardRewardWeight * xVelocity;
        // NumPy 2: python float x float32 scalar stays float32
        float ctrlCost = ctrlCostWeight * NumpySums.sumOfSquares(action);
        info.put("x_position", after);
        info.put("x_velocity", xVelocity);
        info.put("reward_forward", forwardReward);
        info.put("reward_ctrl", (double) -ctrlCost);
        out.set(writeObservation(), forwardReward - ctrlCost, false, false);
    }

    private double[] writeObservation() {
        DoubleBuffer qpos = sim.qpos();
        int skip = excludePositions ? 1 : 0;
        qpos.get(skip, observation, 0, nq - skip);
        sim.qvel().get(0, observation, nq - skip, nv);
        return observation;
    }

    @Override
    public Space<double[]> observationSpace() {
        return observationSpace;
    }
}

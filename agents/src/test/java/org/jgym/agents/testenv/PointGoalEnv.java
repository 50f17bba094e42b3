package org.jgym.agents.testenv;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.random.RandomGenerator;
import org.jgym.env.api.AbstractEnv;
import org.jgym.env.api.EnvMetadata;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.registry.EnvSpec;
import org.jgym.env.api.registry.Registry;
import org.jgym.env.api.spaces.Box;
import org.jgym.env.api.spaces.Space;
import org.jgym.env.api.task.TaskDistribution;
import org.jgym.env.api.task.TaskEnv;

/**
 * A small point-mass goal env for tests (the 2D navigation dynamics: start at the origin, position += clipped
 * velocity, reward minus the distance to the goal, goal in [-0.5, 0.5]^2), with horizon 20 to keep tests fast.
 */
public final class PointGoalEnv extends AbstractEnv<float[], float[]> implements TaskEnv<double[]> {
    public static final String ID = "TestPointGoal-v0";
    private static final Box<float[]> OBS = Box.float32(-10, 10, 2);
    private static final Box<float[]> ACT = Box.float32(-0.1, 0.1, 2);
    private final float[] obs = new float[2];
    private double[] goal = {0.3, -0.2};
    private double[] pending = goal;
    private double x;
    private double y;

    public PointGoalEnv() {
        super(EnvMetadata.none(), null);
    }

    /** A registry holding only this env, with the given horizon. */
    public static Registry registry(int horizon) {
        Registry registry = new Registry();
        registry.register(EnvSpec.builder(ID, kwargs -> new PointGoalEnv()).maxEpisodeSteps(horizon).build());
        return registry;
    }

    public static final TaskDistribution<double[]> TASKS = new TaskDistribution<>() {
        @Override
        public String id() {
            return "test-point-goals";
        }

        @Override
        public List<double[]> sample(int n, RandomGenerator random) {
            List<double[]> out = new ArrayList<>();
            for (int i = 0; i < n; i++) out.add(new double[] {random.nextDouble() - 0.5, random.nextDouble() - 0.5});
            return out;
        }

        @Override
        public OptionalLong size() {
            return OptionalLong.empty();
        }

        @Override
        public Class<double[]> taskType() {
            return double[].class;
        }

        @Override
        public JsonElement toJson(double[] task) {
            JsonArray a = new JsonArray();
            a.add(task[0]);
            a.add(task[1]);
            return a;
        }

        @Override
        public double[] fromJson(JsonElement json) {
            return new double[] {json.getAsJsonArray().get(0).getAsDouble(), json.getAsJsonArray().get(1).getAsDouble()};
        }
    };

    @Override
    public TaskDistribution<double[]> taskDistribution() {
        return TASKS;
    }

    @Override
    public void setTask(double[] task) {
        pending = task.clone();
    }

    @Override
    public double[] task() {
        return goal.clone();
    }

    @Override
    protected float[] onReset(Map<String, Object> options, Map<String, Object> info) {
        goal = pending;
        x = 0;
        y = 0;
        obs[0] = 0;
        obs[1] = 0;
        return obs;
    }

    @Override
    protected void onStep(float[] action, StepResult<float[]> out) {
        x += Math.max(-0.1, Math.min(0.1, action[0]));
        y += Math.max(-0.1, Math.min(0.1, action[1]));
        double dx = x - goal[0];
        double dy = y - goal[1];
        double dist = Math.sqrt(dx * dx + dy * dy);
        obs[0] = (float) x;
        obs[1] = (float) y;
        out.info().put("distance", dist);
        out.set(obs, -dist, Math.abs(dx) < 0.01 && Math.abs(dy) < 0.01, false);
    }

    @Override
    public Space<float[]> observationSpace() {
        return OBS;
    }

    @Override
    public Space<float[]> actionSpace() {
        return ACT;
    }
}

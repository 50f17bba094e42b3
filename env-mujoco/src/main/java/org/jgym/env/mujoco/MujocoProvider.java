package org.jgym.env.mujoco;

import java.util.ArrayList;
import java.util.List;
import org.jgym.env.api.registry.EnvProvider;
import org.jgym.env.api.registry.EnvSpec;
import org.jgym.env.api.registry.Param;
import org.jgym.env.api.registry.TaskDistributionProvider;
import org.jgym.env.api.registry.TaskDistributionSpec;
import org.jgym.env.mujoco.env.AntEnv;
import org.jgym.env.mujoco.env.HalfCheetahEnv;
import org.jgym.env.mujoco.env.MujocoEnv;
import org.jgym.env.mujoco.tasks.MamlFamily;
import org.jgym.env.mujoco.tasks.MamlTasks;

/**
 * Registers {@code HalfCheetah-v5}, {@code Ant-v5} (Gymnasium's) and the MAML families {@code HalfCheetahVel-v0},
 * {@code HalfCheetahDir-v0}, {@code AntVel-v0}, {@code AntDir-v0}, {@code AntGoal-v0} with their task
 * distributions; found by {@link java.util.ServiceLoader}.
 *
 * <p>The ids are listed even when MuJoCo is not installed: {@code make} then fails with one line saying how to
 * install it ({@code bash bridge/python/setup_venv.sh}), and nothing else is affected.
 */
public final class MujocoProvider implements EnvProvider, TaskDistributionProvider {
    private static final double HUGE = 1e9;
    private static final int MAX_FRAME_SKIP = 1000;
    private static final int MAX_FRAME_SIZE = 4096;

    @Override
    public List<EnvSpec> envs() {
        List<EnvSpec> specs = new ArrayList<>();
        specs.add(EnvSpec.builder("HalfCheetah-v5", HalfCheetahEnv::fromKwargs)
                .params(common(HalfCheetahEnv.DEFAULT_XML, 1.0, 0.1))
                .maxEpisodeSteps(1000)
                .rewardThreshold(4800)
                .description("Gymnasium's HalfCheetah-v5 (MuJoCo): run forward, 17-D float64 observation, 6 torques")
                .build());
        List<Param> ant = new ArrayList<>(List.of(common(AntEnv.DEFAULT_XML, 1.0, 0.5)));
        ant.add(Param.doubleValue("contact_cost_weight", 5e-4, 0, HUGE, "weight of sum(clip(cfrc_ext)^2)"));
        ant.add(Param.doubleValue("healthy_reward", 1.0, -HUGE, HUGE, "reward per step while healthy"));
        ant.add(Param.json("main_body", 1, "body id or name whose x-y velocity is rewarded"));
        ant.add(Param.bool("terminate_when_unhealthy", true, "terminate when the torso leaves healthy_z_range"));
        ant.add(Param.json("healthy_z_range", List.of(0.2, 1.0), "[low, high] of the healthy torso height"));
        ant.add(Param.json("contact_force_range", List.of(-1.0, 1.0), "[low, high] clip of the contact forces"));
        ant.add(Param.bool("include_cfrc_ext_in_observation", true, "append the 78 clipped contact forces"));
        specs.add(EnvSpec.builder("Ant-v5", AntEnv::fromKwargs)
                .params(ant.toArray(Param[]::new))
                .maxEpisodeSteps(1000)
                .rewardThreshold(6000)
                .description("Gymnasium's Ant-v5 (MuJoCo): quadruped, 105-D float64 observation, 8 torques")
                .build());
        specs.add(family(MamlFamily.HALF_CHEETAH_VEL, 0, 2, "target velocity uniform on [low, high]"));
        specs.add(family(MamlFamily.HALF_CHEETAH_DIR, 0, 0, "run forward or backward"));
        specs.add(family(MamlFamily.ANT_VEL, 0, 3, "target velocity uniform on [low, high]"));
        specs.add(family(MamlFamily.ANT_DIR, 0, 0, "run forward or backward"));
        specs.add(family(MamlFamily.ANT_GOAL, -3, 3, "goal position uniform on [low, high]^2"));
        return specs;
    }

    private static Param[] common(String xml, double forward, double ctrl) {
        return new Param[] {
            Param.string("xml_file", xml, "MJCF model: a path starting with / or ., or a file in gymnasium's assets"),
            Param.integer("frame_skip", 5, 1, MAX_FRAME_SKIP, "physics steps per env step"),
            Param.doubleValue("forward_reward_weight", forward, -HUGE, HUGE, "weight of the forward velocity"),
            Param.doubleValue("ctrl_cost_weight", ctrl, 0, HUGE, "weight of sum(action^2)"),
            Param.doubleValue("reset_noise_scale", 0.1, 0, HUGE, "scale of the start-state noise"),
            Param.bool("exclude_current_positions_from_observation", true, "leave the x (and y) position out"),
            width(),
            height(),
            cameraId(),
            cameraName(),
        };
    }

    private static Param width() {
        return Param.integer("width", MujocoEnv.DEFAULT_RENDER_SIZE, 1, MAX_FRAME_SIZE, "rgb_array frame width");
    }

    private static Param height() {
        return Param.integer("height", MujocoEnv.DEFAULT_RENDER_SIZE, 1, MAX_FRAME_SIZE, "rgb_array frame height");
    }

    private static Param cameraId() {
        return Param.json("camera_id", null, "rgb_array camera: a model camera's index, -1 = the free camera "
                + "(the default, as Gymnasium's: it does not follow the robot)");
    }

    private static Param cameraName() {
        return Param.string("camera_name", null, "rgb_array camera by name, e.g. track (follows the robot)");
    }

    private static <T> EnvSpec family(MamlFamily<T> family, double low, double high, String what) {
        boolean bounded = low != high;
        List<Param> params = new ArrayList<>();
        params.add(Param.string("xml_file", family.defaultXml(), "MJCF model (default: gymnasium's copy of gym's)"));
        params.add(Param.doubleValue("normalization_scale", 10, 1e-6, HUGE,
                "actions live in [-scale, scale] and are mapped onto the control range"));
        params.add(width());
        params.add(height());
        params.add(cameraId());
        params.add(cameraName());
        if (bounded) {
            params.add(Param.doubleValue("low", low, -HUGE, HUGE, "lower task bound"));
            params.add(Param.doubleValue("high", high, -HUGE, HUGE, "upper task bound (above low)"));
        }
        return EnvSpec.builder(family.id(), kwargs -> family.make(kwargs, distribution(family,
                        bounded ? kwargs.getDouble("low") : 0, bounded ? kwargs.getDouble("high") : 0)))
                .params(params.toArray(Param[]::new))
                .maxEpisodeSteps(100)
                .taskDistribution(family.distributionId())
                .description("MAML locomotion (pytorch-maml-rl): " + what + ", " + (family.ant() ? "Ant" : "HalfCheetah"))
                .build();
    }

    @SuppressWarnings("unchecked")
    private static <T> MamlTasks<T> distribution(MamlFamily<T> family, double low, double high) {
        if (family.distributionId().endsWith("/dir")) {
            return (MamlTasks<T>) MamlTasks.directions(family.distributionId());
        }
        if (!(low < high)) {
            throw new org.jgym.env.api.InvalidKwargsException(family.id() + ": kwarg 'low' must be below 'high', got "
                    + low + " and " + high);
        }
        return (MamlTasks<T>) (family.distributionId().endsWith("/goal")
                ? MamlTasks.goals(family.distributionId(), low, high)
                : MamlTasks.velocities(family.distributionId(), low, high));
    }

    @Override
    public List<TaskDistributionSpec> taskDistributions() {
        return List.of(
                new TaskDistributionSpec("halfcheetah/vel", "HalfCheetah target velocities uniform on [0, 2]",
                        () -> MamlTasks.velocities("halfcheetah/vel", 0, 2)),
                new TaskDistributionSpec("halfcheetah/dir", "HalfCheetah directions +1/-1 with probability 1/2",
                        () -> MamlTasks.directions("halfcheetah/dir")),
                new TaskDistributionSpec("ant/vel", "Ant target velocities uniform on [0, 3]",
                        () -> MamlTasks.velocities("ant/vel", 0, 3)),
                new TaskDistributionSpec("ant/dir", "Ant directions +1/-1 with probability 1/2",
                        () -> MamlTasks.directions("ant/dir")),
                new TaskDistributionSpec("ant/goal", "Ant goal positions uniform on [-3, 3]^2",
                        () -> MamlTasks.goals("ant/goal", -3, 3)));
    }
}

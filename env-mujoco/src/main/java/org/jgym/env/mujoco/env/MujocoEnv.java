package org.jgym.env.mujoco.env;

import java.nio.DoubleBuffer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jgym.env.api.AbstractEnv;
import org.jgym.env.api.EnvMetadata;
import org.jgym.env.api.Frame;
import org.jgym.env.api.InvalidKwargsException;
import org.jgym.env.api.registry.Kwargs;
import org.jgym.env.api.spaces.Box;
import org.jgym.env.api.spaces.Space;
import org.jgym.env.mujoco.bind.MjEnums;
import org.jgym.env.mujoco.bind.MjModel;
import org.jgym.env.mujoco.bind.MujocoLib;
import org.jgym.env.mujoco.sim.Renderer;
import org.jgym.env.mujoco.sim.Model;
import org.jgym.env.mujoco.sim.ModelFiles;
import org.jgym.env.mujoco.sim.Simulation;

/**
 * Base of the MuJoCo envs, Gymnasium's {@code MujocoEnv}: one {@code mjData} over a shared model, {@code frame_skip}
 * physics steps per env step followed by {@code mj_rnePostConstraint}, and the reset
 * {@code mj_resetData}; qpos0 + U(-s, s) and 0 + s N(0, 1) noise; {@code mj_forward}.
 *
 * <p>Reset options: {@code qpos} (nq numbers) and/or {@code qvel} (nv numbers) replace the noisy start state (the
 * noise is still drawn, so the random stream does not depend on the options); both are validated before anything
 * changes. MuJoCo warnings of a step appear in {@code info["mujoco_warnings"]}.
 *
 * @param <O> the observation type ({@code double[]} for the Gymnasium envs, {@code float[]} for the MAML tasks)
 */
public abstract class MujocoEnv<O> extends AbstractEnv<O, float[]> {
    /** Reset option naming the start joint positions. */
    public static final String QPOS = "qpos";
    /** Reset option naming the start joint velocities. */
    public static final String QVEL = "qvel";
    /** Info key of the MuJoCo warnings raised during a step. */
    public static final String WARNINGS = "mujoco_warnings";
    private static final Set<String> RESET_OPTIONS = Set.of(QPOS, QVEL);
    /** Gymnasium's default frame width and height. */
    public static final int DEFAULT_RENDER_SIZE = 480;
    /** Gymnasium's default free-camera distance for HalfCheetah and Ant. */
    private static final double CAMERA_DISTANCE = 4.0;

    protected final String name;
    protected final Simulation sim;
    protected final MjModel model;
    protected final int frameSkip;
    protected final double dt;
    protected final int nq;
    protected final int nv;
    protected final int nu;
    protected final int nbody;
    private final double resetNoiseScale;
    private final double[] initQpos;
    private final double[] initQvel;
    private final double[] startQpos;
    private final double[] startQvel;
    private final Box<float[]> controlSpace;
    private int renderWidth = DEFAULT_RENDER_SIZE;
    private int renderHeight = DEFAULT_RENDER_SIZE;
    /** Model camera to render from; -1 for Gymnasium's default free camera. */
    private int cameraId = -1;
    private Renderer.View view;

    /**
     * @param name            env name for messages, e.g. {@code HalfCheetah-v5}
     * @param model           the shared model; released when the env closes
     * @param frameSkip       physics steps per env step (>= 1)
     * @param resetNoiseScale scale of the start-state noise (>= 0)
     * @param renderMode      {@code rgb_array} or null
     */
    protected MujocoEnv(String name, Model model, int frameSkip, double resetNoiseScale, String renderMode) {
        super(metadata(model, frameSkip), renderMode);
        this.name = name;
        this.sim = new Simulation(model, name);
        this.model = sim.model();
        this.frameSkip = frameSkip;
        this.dt = this.model.opt().timestep() * frameSkip;
        this.nq = (int) this.model.nq();
        this.nv = (int) this.model.nv();
        this.nu = (int) this.model.nu();
        this.nbody = (int) this.model.nbody();
        this.resetNoiseScale = resetNoiseScale;
        this.initQpos = new double[nq];
        this.initQvel = new double[nv];
        sim.qpos().get(0, initQpos);
        sim.qvel().get(0, initQvel);
        this.startQpos = new double[nq];
        this.startQvel = new double[nv];
        double[] low = new double[nu];
        double[] high = new double[nu];
        DoubleBuffer range = this.model.actuator_ctrlrangeBuffer();
        for (int i = 0; i < nu; i++) {
            low[i] = (float) range.get(2 * i);
            high[i] = (float) range.get(2 * i + 1);
        }
        this.controlSpace = Box.float32(low, high, nu);
    }

    private static EnvMetadata metadata(Model model, int frameSkip) {
        double fps = Math.rint(1.0 / (model.struct().opt().timestep() * frameSkip));
        return new EnvMetadata(List.of(EnvMetadata.RGB_ARRAY), fps);
    }

    /** Seconds of simulated time per env step: timestep x frame_skip. */
    public final double dt() {
        return dt;
    }

    /** The simulation, for tests and tools; the env owns it. */
    public final Simulation simulation() {
        return sim;
    }

    /** The actuators' control box, {@code actuator_ctrlrange} as float32 (Gymnasium's action space). */
    protected final Box<float[]> controlSpace() {
        return controlSpace;
    }

    @Override
    public Space<float[]> actionSpace() {
        return controlSpace;
    }

    @Override
    protected final O onReset(Map<String, Object> options, Map<String, Object> info) {
        double[] qpos = option(options, QPOS, nq);
        double[] qvel = option(options, QVEL, nv);
        for (String key : options.keySet()) {
            if (!RESET_OPTIONS.contains(key)) {
                throw new InvalidKwargsException(name + ": unknown reset option '" + key + "'; allowed: " + QPOS
                        + " (" + nq + " finite numbers), " + QVEL + " (" + nv + " finite numbers)");
            }
        }
        beforeReset();
        sim.resetData();
        for (int i = 0; i < nq; i++) {
            startQpos[i] = initQpos[i] + (-resetNoiseScale + 2 * resetNoiseScale * random().nextDouble());
        }
        for (int i = 0; i < nv; i++) {
            startQvel[i] = initQvel[i] + resetNoiseScale * random().nextGaussian();
        }
        sim.qpos().put(0, qpos != null ? qpos : startQpos);
        sim.qvel().put(0, qvel != null ? qvel : startQvel);
        sim.forward();
        return resetObservation(info);
    }

    /** Hook before the physics reset (draws the task of the episode in the task envs). */
    protected void beforeReset() {
    }

    /** The observation after a reset; fills the reset info. */
    protected abstract O resetObservation(Map<String, Object> info);

    private double[] option(Map<String, Object> options, String key, int length) {
        Object value = options.get(key);
        if (value == null) {
            return null;
        }
        double[] out = new double[length];
        int n;
        if (value instanceof double[] d) {
            n = d.length;
            System.arraycopy(d, 0, out, 0, Math.min(n, length));
        } else if (value instanceof float[] f) {
            n = f.length;
            for (int i = 0; i < Math.min(n, length); i++) {
                out[i] = f[i];
            }
        } else if (value instanceof List<?> list && list.stream().allMatch(v -> v instanceof Number)) {
            n = list.size();
            for (int i = 0; i < Math.min(n, length); i++) {
                out[i] = ((Number) list.get(i)).doubleValue();
            }
        } else {
            throw new InvalidKwargsException(name + ": reset option '" + key + "' must be a list of " + length
                    + " finite numbers, got " + value.getClass().getSimpleName());
        }
        if (n != length) {
            throw new InvalidKwargsException(name + ": reset option '" + key + "' must hold " + length
                    + " numbers (the model's " + (key.equals(QPOS) ? "nq" : "nv") + "), got " + n);
        }
        for (int i = 0; i < length; i++) {
            if (!Double.isFinite(out[i])) {
                throw new InvalidKwargsException(name + ": reset option '" + key + "' must be finite, got " + out[i]
                        + " at index " + i);
            }
        }
        return out;
    }

    /**
     * Writes {@code control} into {@code ctrl} and advances {@code frame_skip} physics steps.
     *
     * @param info receives the MuJoCo warnings of the step, if any
     */
    protected final void simulate(float[] control, Map<String, Object> info) {
        DoubleBuffer ctrl = sim.ctrl();
        for (int i = 0; i < nu; i++) {
            ctrl.put(i, control[i]);
        }
        simulateCurrentControl(info);
    }

    /** Advances {@code frame_skip} physics steps with the controls already in {@code ctrl}. */
    protected final void simulateCurrentControl(Map<String, Object> info) {
        String warnings = sim.step(frameSkip);
        if (warnings != null) {
            info.put(WARNINGS, warnings);
        }
    }

    /** True when every qpos and qvel is finite and qpos[2] (the torso height) lies in [minZ, maxZ]. */
    protected final boolean healthy(double minZ, double maxZ) {
        DoubleBuffer qpos = sim.qpos();
        DoubleBuffer qvel = sim.qvel();
        for (int i = 0; i < nq; i++) {
            if (!Double.isFinite(qpos.get(i))) {
                return false;
            }
        }
        for (int i = 0; i < nv; i++) {
            if (!Double.isFinite(qvel.get(i))) {
                return false;
            }
        }
        double z = qpos.get(2);
        return minZ <= z && z <= maxZ;
    }

    /** The id of the body called {@code bodyName}. */
    protected final int bodyId(String bodyName) {
        int id = MujocoLib.mj_name2id(model.pointer(), MjEnums.mjOBJ_BODY, bodyName);
        if (id < 0) {
            throw new InvalidKwargsException(name + ": the model " + sim.sharedModel().path() + " has no body named '"
                    + bodyName + "'");
        }
        return id;
    }

    /**
     * Compiles (or shares) the model of kwarg {@code xml_file}, builds the env on it and applies the kwargs
     * {@code width} and {@code height}; the model use is released when the build fails.
     */
    public static <E extends MujocoEnv<?>> E build(String name, Kwargs kwargs, Function<Model, E> constructor) {
        Model model = Model.acquire(ModelFiles.resolve(kwargs.getString("xml_file"), name), name);
        E env;
        try {
            env = constructor.apply(model);
        } catch (RuntimeException e) {
            model.release();
            throw e;
        }
        MujocoEnv<?> base = env;
        base.renderWidth = kwargs.getInt("width");
        base.renderHeight = kwargs.getInt("height");
        try {
            base.cameraId = base.camera(kwargs.get("camera_id"), (String) kwargs.get("camera_name"));
        } catch (RuntimeException e) {
            env.close();
            throw e;
        }
        return env;
    }

    /**
     * Gymnasium's camera kwargs: at most one of {@code camera_id} (-1 = the free camera) and {@code camera_name}
     * (a camera of the model, e.g. "track", which follows the robot); neither gives the free camera.
     */
    private int camera(Object id, String cameraName) {
        if (id != null && cameraName != null) {
            throw new InvalidKwargsException(name + ": give camera_id or camera_name, not both");
        }
        int cameras = (int) model.ncam();
        if (cameraName != null) {
            int found = MujocoLib.mj_name2id(model.pointer(), MjEnums.mjOBJ_CAMERA, cameraName);
            if (found < 0) {
                throw new InvalidKwargsException(name + ": the model has no camera named '" + cameraName
                        + "' (cameras: " + cameraNames(cameras) + ")");
            }
            return found;
        }
        if (id == null) {
            return -1;
        }
        if (!(id instanceof Number n) || n.doubleValue() != n.intValue() || n.intValue() < -1
                || n.intValue() >= cameras) {
            throw new InvalidKwargsException(name + ": camera_id must be an integer in [-1, " + (cameras - 1)
                    + "] (-1 = free camera), got " + id);
        }
        return n.intValue();
    }

    private String cameraNames(int cameras) {
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < cameras; i++) names.add(MujocoLib.mj_id2name(model.pointer(), MjEnums.mjOBJ_CAMERA, i));
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    @Override
    protected Frame onRender(String mode) {
        if (view == null) {
            view = Renderer.open(model, sim.data(), name, renderWidth, renderHeight, cameraId, CAMERA_DISTANCE);
        }
        return view.render(sim.dataPointer());
    }

    @Override
    protected void onClose() {
        if (view != null) {
            view.close();
        }
        sim.close();
    }
}

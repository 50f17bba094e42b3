package org.jgym.env.mujoco.sim;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.nio.DoubleBuffer;
import java.nio.IntBuffer;
import org.jgym.env.mujoco.MujocoException;
import org.jgym.env.mujoco.bind.MjData;
import org.jgym.env.mujoco.bind.MjEnums;
import org.jgym.env.mujoco.bind.MjModel;
import org.jgym.env.mujoco.bind.MjWarningStat;
import org.jgym.env.mujoco.bind.MujocoLib;

/**
 * One {@code mjData} over a shared {@link Model}: the state one env steps. Every MuJoCo call that may raise an
 * error runs inside the C guard; an error throws a {@link MujocoException} naming the owner and MuJoCo's message,
 * and discards the {@code mjData} (a new one is made by the next {@link #resetData}).
 *
 * <p>The arrays envs read each step ({@code qpos}, {@code qvel}, {@code ctrl}, {@code xpos}, {@code xmat},
 * {@code cfrc_ext}) are native-order views into the {@code mjData}, so reading them copies nothing.
 */
public final class Simulation implements AutoCloseable {
    private static final String[] WARNING_NAMES = warningNames();

    private final Model model;
    private final MjModel m;
    private final String owner;
    private MjData data;
    private DoubleBuffer qpos;
    private DoubleBuffer qvel;
    private DoubleBuffer ctrl;
    private DoubleBuffer xpos;
    private DoubleBuffer xmat;
    private DoubleBuffer cfrcExt;
    private IntBuffer warnings;
    private final int[] warningCounts = new int[WARNING_NAMES.length];
    private boolean closed;

    /**
     * @param model the shared model; this simulation releases its use on {@link #close}
     * @param owner names the env in error messages
     */
    public Simulation(Model model, String owner) {
        this.model = model;
        this.m = model.struct();
        this.owner = owner;
        makeData();
    }

    private void makeData() {
        PointerByReference out = new PointerByReference();
        if (Guard.jg_make_data(m.pointer(), out) != 0 || out.getValue() == null) {
            throw error("mj_makeData");
        }
        data = new MjData(out.getValue());
        qpos = data.qposBuffer(m);
        qvel = data.qvelBuffer(m);
        ctrl = data.ctrlBuffer(m);
        xpos = data.xposBuffer(m);
        xmat = data.xmatBuffer(m);
        cfrcExt = data.cfrc_extBuffer(m);
        MjWarningStat first = data.warning(0);
        warnings = first.pointer().getByteBuffer(0, MjWarningStat.SIZE * WARNING_NAMES.length)
                .order(java.nio.ByteOrder.nativeOrder()).asIntBuffer();
        java.util.Arrays.fill(warningCounts, 0);
    }

    /** {@code mj_resetData}, making a fresh {@code mjData} first when an error discarded the last one. */
    public void resetData() {
        ensureOpen();
        if (data == null) {
            makeData();
        }
        if (Guard.jg_reset_data(m.pointer(), data.pointer()) != 0) {
            throw discard("mj_resetData");
        }
        java.util.Arrays.fill(warningCounts, 0);
        Guard.jg_take_warnings();
    }

    /** {@code mj_forward}. */
    public void forward() {
        ensureData();
        if (Guard.jg_forward(m.pointer(), data.pointer()) != 0) {
            throw discard("mj_forward");
        }
    }

    /**
     * {@code nstep} x {@code mj_step}, then {@code mj_rnePostConstraint} (Gymnasium's {@code do_simulation}).
     *
     * @return a description of the MuJoCo warnings raised during the call, or null when there were none
     * @throws MujocoException on a MuJoCo error, or when the simulation diverged (MuJoCo then resets the state
     *                         itself, which would silently teleport the robot)
     */
    public String step(int nstep) {
        ensureData();
        if (Guard.jg_step(m.pointer(), data.pointer(), nstep, 1) != 0) {
            throw discard("mj_step");
        }
        return collectWarnings();
    }

    /** Reads mjData's warning counters (no native call unless one changed). */
    private String collectWarnings() {
        String found = null;
        for (int i = 0; i < warningCounts.length; i++) {
            int count = warnings.get(2 * i + 1);
            if (count != warningCounts[i]) {
                warningCounts[i] = count;
                // MuJoCo passes a warning's text to the handler only the first time it occurs in an mjData
                String text = Guard.jg_take_warnings() > 0 ? Guard.jg_warning_message()
                        : MujocoLib.mju_warningText(i, warnings.get(2 * i));
                String message = WARNING_NAMES[i] + " (MuJoCo: " + Guard.oneLine(text) + ")";
                if (diverged(i)) {
                    MujocoLib.mj_deleteData(data.pointer());
                    data = null;
                    throw new MujocoException(owner + ": the simulation diverged (" + message
                            + ") and MuJoCo reset its state; the env needs reset()");
                }
                found = found == null ? message : found + "; " + message;
            }
        }
        return found;
    }

    private static String[] warningNames() {
        String[] names = new String[MjEnums.mjNWARNING];
        names[MjEnums.mjWARN_INERTIA] = "mjWARN_INERTIA";
        names[MjEnums.mjWARN_CONTACTFULL] = "mjWARN_CONTACTFULL";
        names[MjEnums.mjWARN_CNSTRFULL] = "mjWARN_CNSTRFULL";
        names[MjEnums.mjWARN_BADQPOS] = "mjWARN_BADQPOS";
        names[MjEnums.mjWARN_BADQVEL] = "mjWARN_BADQVEL";
        names[MjEnums.mjWARN_BADQACC] = "mjWARN_BADQACC";
        names[MjEnums.mjWARN_BADCTRL] = "mjWARN_BADCTRL";
        return names;
    }

    /** MuJoCo resets the state itself on these (non-finite or huge qpos, qvel, qacc): the trajectory is lost. */
    private static boolean diverged(int warning) {
        return warning == MjEnums.mjWARN_BADQPOS || warning == MjEnums.mjWARN_BADQVEL
                || warning == MjEnums.mjWARN_BADQACC;
    }

    private MujocoException discard(String call) {
        MujocoException e = error(call);
        MujocoLib.mj_deleteData(data.pointer());
        data = null;
        return e;
    }

    private MujocoException error(String call) {
        return new MujocoException(owner + ": MuJoCo error in " + call + ": " + Guard.oneLine(Guard.jg_error_message())
                + "; the simulation state was discarded, call reset()");
    }

    private void ensureData() {
        ensureOpen();
        if (data == null) {
            throw new MujocoException(owner + ": the simulation state was discarded after a MuJoCo error; call reset()");
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new MujocoException(owner + ": the simulation is closed");
        }
    }

    public MjModel model() {
        return m;
    }

    /** The current {@code mjData} view; null after an error until the next reset. */
    public MjData data() {
        return data;
    }

    /** Joint positions (nq), a live view. */
    public DoubleBuffer qpos() {
        return qpos;
    }

    /** Joint velocities (nv), a live view. */
    public DoubleBuffer qvel() {
        return qvel;
    }

    /** Controls (nu), a live view. */
    public DoubleBuffer ctrl() {
        return ctrl;
    }

    /** Body frame positions (nbody x 3), a live view. */
    public DoubleBuffer xpos() {
        return xpos;
    }

    /** Body frame orientations (nbody x 9, row-major), a live view. */
    public DoubleBuffer xmat() {
        return xmat;
    }

    /** External contact forces per body, com-based (nbody x 6), a live view. */
    public DoubleBuffer cfrcExt() {
        return cfrcExt;
    }

    /** The model file, for messages. */
    public Model sharedModel() {
        return model;
    }

    /** The raw {@code mjData} address, for the renderer. */
    public Pointer dataPointer() {
        ensureData();
        return data.pointer();
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            if (data != null) {
                MujocoLib.mj_deleteData(data.pointer());
                data = null;
            }
            model.release();
        }
    }
}

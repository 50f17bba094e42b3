package org.jgym.env.mujoco.sim;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jgym.env.mujoco.MujocoException;
import org.jgym.env.mujoco.bind.MjModel;
import org.jgym.env.mujoco.bind.MujocoLib;

/**
 * A compiled MuJoCo model, shared read-only by every env made from the same MJCF file (MuJoCo allows concurrent
 * {@code mj_step} calls on one {@code mjModel} with separate {@code mjData}). Reference counted: the model is freed
 * when the last env releases it.
 */
public final class Model {
    private static final int ERROR_SIZE = 1000;
    private static final Map<Path, Model> LOADED = new HashMap<>();

    private final Path path;
    private final MjModel struct;
    private int users;

    private Model(Path path, MjModel struct) {
        this.path = path;
        this.struct = struct;
    }

    /**
     * The model of {@code xml}, compiled on first use and shared afterwards; call {@link #release} when done.
     *
     * @param owner names the env in error messages
     * @throws MujocoException when the file is missing or MuJoCo rejects it
     */
    public static Model acquire(Path xml, String owner) {
        MujocoRuntime.ensureLoaded();
        Path key;
        try {
            key = xml.toRealPath();
        } catch (java.io.IOException e) {
            throw new MujocoException(owner + ": model file " + xml + " does not exist or cannot be read");
        }
        if (!Files.isRegularFile(key)) {
            throw new MujocoException(owner + ": model path " + xml + " is not a file");
        }
        synchronized (LOADED) {
            Model model = LOADED.get(key);
            if (model == null) {
                model = new Model(key, compile(key, owner));
                LOADED.put(key, model);
            }
            model.users++;
            return model;
        }
    }

    private static MjModel compile(Path xml, String owner) {
        byte[] error = new byte[ERROR_SIZE];
        PointerByReference out = new PointerByReference();
        int failed = Guard.jg_load_xml(xml.toString(), error, ERROR_SIZE, out);
        if (failed != 0) {
            throw new MujocoException(owner + ": MuJoCo error while loading " + xml + ": "
                    + Guard.oneLine(Guard.jg_error_message()));
        }
        Pointer model = out.getValue();
        if (model == null) {
            String message = new String(error, StandardCharsets.UTF_8);
            int end = message.indexOf('\0');
            message = Guard.oneLine(end >= 0 ? message.substring(0, end) : message);
            throw new MujocoException(owner + ": MuJoCo could not load " + xml + ": "
                    + (message.isEmpty() ? "no reason given" : message));
        }
        return new MjModel(model);
    }

    /** Drops one use; the last release frees the native model. */
    public void release() {
        synchronized (LOADED) {
            if (users == 0) {
                return;
            }
            users--;
            if (users == 0) {
                LOADED.remove(path);
                MujocoLib.mj_deleteModel(struct.pointer());
            }
        }
    }

    /** The typed view of the native {@code mjModel}; read-only by convention. */
    public MjModel struct() {
        return struct;
    }

    /** The MJCF file this model was compiled from. */
    public Path path() {
        return path;
    }
}

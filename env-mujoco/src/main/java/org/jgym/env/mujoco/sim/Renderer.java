package org.jgym.env.mujoco.sim;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jgym.env.api.RgbFrame;
import org.jgym.env.mujoco.MujocoException;
import org.jgym.env.mujoco.bind.MjEnums;
import org.jgym.env.mujoco.bind.MjData;
import org.jgym.env.mujoco.bind.MjModel;
import org.jgym.env.mujoco.bind.MjVisual;
import org.jgym.env.mujoco.bind.MjrContext;
import org.jgym.env.mujoco.bind.MjvCamera;
import org.jgym.env.mujoco.bind.MjvOption;
import org.jgym.env.mujoco.bind.MjvPerturb;
import org.jgym.env.mujoco.bind.MjvScene;
import org.jgym.env.mujoco.bind.MujocoLib;

/**
 * Offscreen {@code rgb_array} frames through headless EGL. A GL context belongs to one thread, so every GL call of
 * the JVM runs on one dedicated daemon thread; envs on any thread (and the bridge's threads) submit to it and
 * wait. Without EGL, {@link #open} fails with one line saying what to install, and stepping is unaffected.
 */
public final class Renderer {
    private static final int MAX_GEOMS = 1000;
    private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "jgym-mujoco-render");
        t.setDaemon(true);
        return t;
    });
    /**
     * Held for the life of the JVM: JNA closes a library whose last user is collected, and closing libEGL would
     * unload Mesa's driver under the GL function pointers MuJoCo has loaded.
     */
    private static Egl egl;
    private static boolean contextReady;
    private static String glFailure;

    private Renderer() {
    }

    /** One env's offscreen view: its scene, camera, options and GL context (freed by {@link View#close}). */
    public static final class View implements AutoCloseable {
        private final MjModel model;
        private final String owner;
        private final int width;
        private final int height;
        private final Memory scene = new Memory(MjvScene.SIZE);
        private final Memory camera = new Memory(MjvCamera.SIZE);
        private final Memory option = new Memory(MjvOption.SIZE);
        private final Memory perturb = new Memory(MjvPerturb.SIZE);
        private final Memory context = new Memory(MjrContext.SIZE);
        private final byte[] rgb;
        private boolean closed;

        private View(MjModel model, MjData data, String owner, int width, int height, int cameraId,
                     double cameraDistance) {
            this.model = model;
            this.owner = owner;
            this.width = width;
            this.height = height;
            this.rgb = new byte[width * height * 3];
            MujocoLib.mjv_defaultScene(scene);
            initCamera(new MjvCamera(camera), model, data, cameraId, cameraDistance);
            MujocoLib.mjv_defaultOption(option);
            MujocoLib.mjv_defaultPerturb(perturb);
            MujocoLib.mjr_defaultContext(context);
            // the offscreen buffer is sized from the model when the context is made; only grow it (as Gymnasium)
            MjVisual visual = model.vis();
            visual.global_offwidth(Math.max(visual.global_offwidth(), width));
            visual.global_offheight(Math.max(visual.global_offheight(), height));
            if (Guard.jg_make_scene(model.pointer(), scene, MAX_GEOMS) != 0
                    || Guard.jg_make_context(model.pointer(), context, MjEnums.mjFONTSCALE_150) != 0) {
                throw new MujocoException(owner + ": MuJoCo could not set up rendering: "
                        + Guard.jg_error_message().strip().replaceAll("\\s+", " "));
            }
        }

        /**
         * Gymnasium's camera set-up (MujocoRenderer and OffScreenViewer): the model camera {@code cameraId} as a
         * FIXED camera, or for -1 a FREE camera looking at the per-axis median of the geom positions of the
         * first rendered state, from {@code distance}, with MuJoCo's default azimuth 90 and elevation -45. The
         * free camera does not follow the body; the models' "track" camera (mode trackcom) does.
         */
        private static void initCamera(MjvCamera cam, MjModel model, MjData data, int cameraId, double distance) {
            MujocoLib.mjv_defaultCamera(cam.pointer());
            if (cameraId >= 0) {
                cam.type(MjEnums.mjCAMERA_FIXED);
                cam.fixedcamid(cameraId);
                return;
            }
            cam.type(MjEnums.mjCAMERA_FREE);
            cam.fixedcamid(-1);
            java.nio.DoubleBuffer xpos = data.geom_xposBuffer(model);
            int n = (int) model.ngeom();
            double[] axis = new double[n];
            for (int i = 0; i < 3; i++) {
                for (int g = 0; g < n; g++) axis[g] = xpos.get(3 * g + i);
                cam.lookat(i, median(axis));
            }
            cam.distance(distance);
        }

        /** NumPy's median: the middle value, or the mean of the two middle values. */
        private static double median(double[] values) {
            double[] v = values.clone();
            java.util.Arrays.sort(v);
            int m = v.length / 2;
            return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
        }

        /** Renders the state of {@code data} (an {@code mjData} of this view's model) as an H x W x 3 frame. */
        public RgbFrame render(Pointer data) {
            return onRenderThread(() -> {
                if (closed) {
                    throw new MujocoException(owner + ": the renderer is closed");
                }
                if (Guard.jg_render(model.pointer(), data, option, perturb, camera, MjEnums.mjCAT_ALL, scene,
                        context, MjEnums.mjFB_OFFSCREEN, width, height, rgb) != 0) {
                    throw new MujocoException(owner + ": MuJoCo error while rendering: "
                            + Guard.jg_error_message().strip().replaceAll("\\s+", " "));
                }
                // OpenGL's rows start at the bottom
                byte[] frame = new byte[rgb.length];
                int row = width * 3;
                for (int y = 0; y < height; y++) {
                    System.arraycopy(rgb, (height - 1 - y) * row, frame, y * row, row);
                }
                return new RgbFrame(height, width, frame);
            });
        }

        @Override
        public void close() {
            onRenderThread(() -> {
                if (!closed) {
                    closed = true;
                    MujocoLib.mjr_freeContext(context);
                    MujocoLib.mjv_freeScene(scene);
                }
                return null;
            });
        }
    }

    /**
     * A view of {@code model} rendering {@code width} x {@code height} frames as Gymnasium's {@code rgb_array}
     * does: from model camera {@code cameraId}, or (-1) from a free camera at {@code cameraDistance} aimed at the
     * current state of {@code data}.
     *
     * @throws MujocoException when no EGL/OpenGL is available, saying what to install
     */
    public static View open(MjModel model, MjData data, String owner, int width, int height, int cameraId,
                            double cameraDistance) {
        MujocoRuntime.ensureLoaded();
        return onRenderThread(() -> {
            ensureContext(owner);
            return new View(model, data, owner, width, height, cameraId, cameraDistance);
        });
    }

    private static void ensureContext(String owner) {
        if (contextReady) {
            return;
        }
        if (glFailure == null) {
            glFailure = makeContext();
            contextReady = glFailure == null;
        }
        if (!contextReady) {
            throw new MujocoException(owner + ": rgb_array rendering needs headless OpenGL through EGL, which failed ("
                    + glFailure + "); install it with scripts/install-native (Debian: libegl1 libegl-mesa0"
                    + " libgl1-mesa-dri); stepping works without it");
        }
    }

    /** Makes the EGL context current on this thread; the reason on failure. */
    private static String makeContext() {
        try {
            egl = Egl.load();
        } catch (UnsatisfiedLinkError e) {
            return "libEGL not found: " + e.getMessage().lines().findFirst().orElse("");
        }
        Pointer display = egl.headlessDisplay();
        if (display == null || !egl.eglInitialize(display, new int[1], new int[1])) {
            return "no EGL display, error 0x" + Integer.toHexString(egl.eglGetError());
        }
        int[] attributes = {Egl.EGL_RED_SIZE, 8, Egl.EGL_GREEN_SIZE, 8, Egl.EGL_BLUE_SIZE, 8, Egl.EGL_ALPHA_SIZE, 8,
            Egl.EGL_DEPTH_SIZE, 24, Egl.EGL_STENCIL_SIZE, 8, Egl.EGL_COLOR_BUFFER_TYPE, Egl.EGL_RGB_BUFFER,
            Egl.EGL_SURFACE_TYPE, Egl.EGL_PBUFFER_BIT, Egl.EGL_RENDERABLE_TYPE, Egl.EGL_OPENGL_BIT, Egl.EGL_NONE};
        Pointer[] config = new Pointer[1];
        int[] count = new int[1];
        if (!egl.eglChooseConfig(display, attributes, config, 1, count) || count[0] < 1) {
            return "no EGL config with OpenGL, RGBA8, depth 24, error 0x" + Integer.toHexString(egl.eglGetError());
        }
        if (!egl.eglBindAPI(Egl.EGL_OPENGL_API)) {
            return "EGL cannot bind OpenGL, error 0x" + Integer.toHexString(egl.eglGetError());
        }
        Pointer context = egl.eglCreateContext(display, config[0], null, new int[] {Egl.EGL_NONE});
        if (context == null || !egl.eglMakeCurrent(display, null, null, context)) {
            return "no EGL context, error 0x" + Integer.toHexString(egl.eglGetError());
        }
        return null;
    }

    private static <T> T onRenderThread(java.util.concurrent.Callable<T> work) {
        Future<T> result = THREAD.submit(work);
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new MujocoException("rendering failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MujocoException("interrupted while waiting for the render thread");
        }
    }
}

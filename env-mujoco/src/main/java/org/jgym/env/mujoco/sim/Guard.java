package org.jgym.env.mujoco.sim;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

/**
 * The C guard of {@code src/main/c/jgym_mujoco_guard.c}: MuJoCo calls that may raise {@code mju_error} run inside
 * it and return 1 instead of ending the process; the message is then in {@link #jg_error_message()} (per thread).
 */
final class Guard {
    private Guard() {
    }

    /** Binds the natives; MuJoCo must already be open with RTLD_GLOBAL. */
    static void register() {
        Native.register(Guard.class, "jgymmujocoguard");
        jg_install();
    }

    /** MuJoCo's multi-line messages on one line. */
    static String oneLine(String message) {
        return message == null ? "(no message)" : message.strip().replaceAll("\\s+", " ");
    }

    static native void jg_install();

    static native String jg_error_message();

    static native String jg_warning_message();

    static native int jg_take_warnings();

    static native int jg_step(Pointer m, Pointer d, int nstep, int rne);

    static native int jg_forward(Pointer m, Pointer d);

    static native int jg_reset_data(Pointer m, Pointer d);

    static native int jg_make_data(Pointer m, PointerByReference out);

    static native int jg_load_xml(String filename, byte[] error, int errorSize, PointerByReference out);

    static native int jg_make_scene(Pointer m, Pointer scene, int maxgeom);

    static native int jg_make_context(Pointer m, Pointer context, int fontscale);

    static native int jg_render(Pointer m, Pointer d, Pointer option, Pointer perturb, Pointer camera, int catmask,
            Pointer scene, Pointer context, int framebuffer, int width, int height, byte[] rgb);
}

package org.jgym.env.mujoco.sim;

import com.sun.jna.Function;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/** The few EGL 1.5 calls that make a headless OpenGL context (Mesa: surfaceless platform, llvmpipe). */
interface Egl extends Library {
    int EGL_NONE = 0x3038;
    int EGL_RED_SIZE = 0x3024;
    int EGL_GREEN_SIZE = 0x3023;
    int EGL_BLUE_SIZE = 0x3022;
    int EGL_ALPHA_SIZE = 0x3021;
    int EGL_DEPTH_SIZE = 0x3025;
    int EGL_STENCIL_SIZE = 0x3026;
    int EGL_RENDERABLE_TYPE = 0x3040;
    int EGL_SURFACE_TYPE = 0x3033;
    int EGL_PBUFFER_BIT = 0x0001;
    int EGL_COLOR_BUFFER_TYPE = 0x303F;
    int EGL_RGB_BUFFER = 0x308E;
    int EGL_OPENGL_BIT = 0x0008;
    int EGL_OPENGL_API = 0x30A2;
    int EGL_PLATFORM_SURFACELESS_MESA = 0x31DD;

    /** System property naming the EGL library (default {@code EGL}, i.e. libEGL.so). */
    String LIBRARY_PROPERTY = "jgym.egl.library";

    static Egl load() {
        return Native.load(System.getProperty(LIBRARY_PROPERTY, "EGL"), Egl.class);
    }

    Pointer eglGetProcAddress(String name);

    Pointer eglGetDisplay(Pointer nativeDisplay);

    boolean eglInitialize(Pointer display, int[] major, int[] minor);

    boolean eglChooseConfig(Pointer display, int[] attributes, Pointer[] configs, int size, int[] count);

    boolean eglBindAPI(int api);

    Pointer eglCreateContext(Pointer display, Pointer config, Pointer shareContext, int[] attributes);

    boolean eglMakeCurrent(Pointer display, Pointer draw, Pointer read, Pointer context);

    int eglGetError();

    /** The surfaceless display (no X server, no GPU needed), else the default display. */
    default Pointer headlessDisplay() {
        Pointer getPlatformDisplay = eglGetProcAddress("eglGetPlatformDisplayEXT");
        if (getPlatformDisplay != null) {
            Pointer display = (Pointer) Function.getFunction(getPlatformDisplay).invoke(Pointer.class,
                    new Object[] {EGL_PLATFORM_SURFACELESS_MESA, null, null});
            if (display != null) {
                return display;
            }
        }
        return eglGetDisplay(null);
    }
}

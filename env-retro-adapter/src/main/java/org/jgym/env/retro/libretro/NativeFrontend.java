package org.jgym.env.retro.libretro;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import org.jgym.env.retro.RetroException;

/**
 * The C shim of {@code src/main/c/jgym_retro_shim.c} (built by Maven with gcc into the jar): it answers a core's
 * per-frame callbacks (video, input, audio, log) in C and converts the screen to RGB888, so that a frame makes no
 * call back into Java. Its per-emulator state is an opaque pointer from {@link #jgym_retro_open()}; the callbacks of
 * core calls made on a thread go to the state given by {@link #jgym_retro_run} or {@link #jgym_retro_enter}.
 */
final class NativeFrontend {
    /** Results of {@link #jgym_retro_screen} other than 0. */
    static final int NO_FRAME = 1;
    static final int BAD_FORMAT = 2;
    static final int PITCH_TOO_SMALL = 3;

    private static final String FAILURE = register();

    private NativeFrontend() {
    }

    private static String register() {
        try {
            Native.register(NativeFrontend.class, "jgymretro");
            return null;
        } catch (UnsatisfiedLinkError e) {
            String cause = String.valueOf(e.getMessage()).lines().findFirst().orElse("").replaceAll(":$", "");
            return "env-retro-adapter's C shim (libjgymretro.so) is missing or cannot load (" + cause
                    + "); the build compiles it with gcc: install gcc (scripts/install-native) and rebuild";
        }
    }

    /** Throws a {@link RetroException} saying how to build the shim when it could not be loaded. */
    static void ensureLoaded() {
        if (FAILURE != null) {
            throw new RetroException(FAILURE);
        }
    }

    /** 1 when the shim was compiled against libretro.h, which then checked its declarations. */
    static native int jgym_retro_checked_against_header();

    /** Gives the core (its {@code retro_set_*} functions) the shim's video, audio and input callbacks. */
    static native void jgym_retro_install(Pointer setVideoRefresh, Pointer setAudioSample, Pointer setAudioSampleBatch,
            Pointer setInputPoll, Pointer setInputState);

    /** The shim's {@code retro_log_printf_t}, which drops messages. */
    static native Pointer jgym_retro_log_function();

    /** A new per-emulator state, or null when out of memory. */
    static native Pointer jgym_retro_open();

    static native void jgym_retro_close(Pointer state);

    /** Sends the callbacks of the following core calls on this thread to {@code state}. */
    static native void jgym_retro_enter(Pointer state);

    static native void jgym_retro_leave();

    static native void jgym_retro_set_buttons(Pointer state, int player, int mask);

    /** Calls the core's {@code retro_run} with its callbacks going to {@code state}. */
    static native void jgym_retro_run(Pointer state, Pointer retroRun);

    static native int jgym_retro_frame_width(Pointer state);

    static native int jgym_retro_frame_height(Pointer state);

    /** Writes a rectangle of the last frame as RGB888 into {@code out}; 0, or one of the error results. */
    static native int jgym_retro_screen(Pointer state, int pixelFormat, int x, int y, int width, int height, Pointer out);
}

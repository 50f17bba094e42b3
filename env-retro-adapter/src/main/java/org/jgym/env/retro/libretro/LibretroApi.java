package org.jgym.env.retro.libretro;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Pointer;

/**
 * The functions a libretro core exports (libretro.h, RETRO_API_VERSION 1), bound with JNA.
 *
 * <p>C {@code bool} is mapped to {@code byte} (one byte, non-zero is true) and {@code size_t} to {@code long}
 * (64-bit Linux). Only {@link Emulator} calls these, in the order libretro requires. The other callbacks are
 * set by the C shim ({@link NativeFrontend#jgym_retro_install}), with the core's {@code retro_set_*} functions.
 */
public interface LibretroApi extends Library {
    void retro_set_environment(EnvironmentCallback callback);

    void retro_init();

    void retro_deinit();

    int retro_api_version();

    void retro_get_system_info(LibretroStructs.SystemInfo info);

    void retro_get_system_av_info(LibretroStructs.SystemAvInfo info);

    void retro_reset();

    void retro_run();

    long retro_serialize_size();

    byte retro_serialize(Pointer data, long size);

    byte retro_unserialize(Pointer data, long size);

    byte retro_load_game(LibretroStructs.GameInfo game);

    void retro_unload_game();

    Pointer retro_get_memory_data(int id);

    long retro_get_memory_size(int id);

    /** {@code bool (*)(unsigned cmd, void *data)}. */
    interface EnvironmentCallback extends Callback {
        byte invoke(int cmd, Pointer data);
    }
}

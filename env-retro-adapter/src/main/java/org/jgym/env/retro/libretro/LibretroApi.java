package org.jgym.env.retro.libretro;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Pointer;

/**
 * The functions a libretro core exports (libretro.h, RETRO_API_VERSION 1), bound with JNA.
 *
 * <p>C {@code bool} is mapped to {@code byte} (one byte, non-zero is true) and {@code size_t} to {@code long}
 * (64-bit Linux). Only {@link Emulator} calls these, in the order libretro requires.
 */
public interface LibretroApi extends Library {
    void retro_set_environment(EnvironmentCallback callback);

    void retro_set_video_refresh(VideoRefreshCallback callback);

    void retro_set_audio_sample(AudioSampleCallback callback);

    void retro_set_audio_sample_batch(AudioSampleBatchCallback callback);

    void retro_set_input_poll(InputPollCallback callback);

    void retro_set_input_state(InputStateCallback callback);

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

    /** {@code void (*)(const void *data, unsigned width, unsigned height, size_t pitch)}. */
    interface VideoRefreshCallback extends Callback {
        void invoke(Pointer data, int width, int height, long pitch);
    }

    /** {@code void (*)(int16_t left, int16_t right)}. */
    interface AudioSampleCallback extends Callback {
        void invoke(short left, short right);
    }

    /** {@code size_t (*)(const int16_t *data, size_t frames)}. */
    interface AudioSampleBatchCallback extends Callback {
        long invoke(Pointer data, long frames);
    }

    /** {@code void (*)(void)}. */
    interface InputPollCallback extends Callback {
        void invoke();
    }

    /** {@code int16_t (*)(unsigned port, unsigned device, unsigned index, unsigned id)}. */
    interface InputStateCallback extends Callback {
        short invoke(int port, int device, int index, int id);
    }

    /** {@code void (*)(enum retro_log_level level, const char *fmt, ...)}; the variadic part is never read. */
    interface LogCallback extends Callback {
        void invoke(int level, Pointer format);
    }
}

package org.jgym.env.retro.libretro;

/** Constants of libretro.h used by the frontend. */
public final class Libretro {
    private Libretro() {
    }

    public static final int API_VERSION = 1;
    public static final int DEVICE_JOYPAD = 1;

    public static final int MEMORY_SAVE_RAM = 0;
    public static final int MEMORY_RTC = 1;
    public static final int MEMORY_SYSTEM_RAM = 2;
    public static final int MEMORY_VIDEO_RAM = 3;

    public static final int ENVIRONMENT_EXPERIMENTAL = 0x10000;
    public static final int ENVIRONMENT_SET_ROTATION = 1;
    public static final int ENVIRONMENT_GET_CAN_DUPE = 3;
    public static final int ENVIRONMENT_GET_SYSTEM_DIRECTORY = 9;
    public static final int ENVIRONMENT_SET_PIXEL_FORMAT = 10;
    public static final int ENVIRONMENT_GET_VARIABLE = 15;
    public static final int ENVIRONMENT_GET_LOG_INTERFACE = 27;
    public static final int ENVIRONMENT_SET_MEMORY_MAPS = 36 | ENVIRONMENT_EXPERIMENTAL;

    public static final int PIXEL_FORMAT_0RGB1555 = 0;
    public static final int PIXEL_FORMAT_XRGB8888 = 1;
    public static final int PIXEL_FORMAT_RGB565 = 2;

    public static final long MEMDESC_CONST = 1L;
}

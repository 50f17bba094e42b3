package org.jgym.env.retro.libretro;

/**
 * The core's pixel formats. The native shim expands them to RGB888 with plain shifts (the low bits stay zero), as
 * stable-retro converts them; pixels are native-endian words (little-endian on x86-64 and aarch64 Linux).
 */
public enum PixelFormat {
    /** 0RGB1555, the libretro default until the core sets another. */
    XRGB1555(Libretro.PIXEL_FORMAT_0RGB1555, 2),
    /** XRGB8888: bytes B, G, R, X in memory. */
    XRGB8888(Libretro.PIXEL_FORMAT_XRGB8888, 4),
    RGB565(Libretro.PIXEL_FORMAT_RGB565, 2);

    private final int code;
    private final int bytesPerPixel;

    PixelFormat(int code, int bytesPerPixel) {
        this.code = code;
        this.bytesPerPixel = bytesPerPixel;
    }

    /** The libretro {@code retro_pixel_format} value. */
    public int code() {
        return code;
    }

    public int bytesPerPixel() {
        return bytesPerPixel;
    }

    /** The format of a libretro {@code retro_pixel_format} value, or null for an unknown one. */
    static PixelFormat of(int code) {
        for (PixelFormat f : values()) {
            if (f.code == code) {
                return f;
            }
        }
        return null;
    }
}

package org.jgym.env.retro.libretro;

/**
 * The core's pixel formats and their expansion to RGB888 with plain shifts (the low bits stay zero), as
 * stable-retro converts them. Pixels are native-endian words (little-endian on x86-64 and aarch64 Linux).
 */
public enum PixelFormat {
    /** 0RGB1555, the libretro default until the core sets another. */
    XRGB1555(2),
    /** XRGB8888: bytes B, G, R, X in memory. */
    XRGB8888(4),
    RGB565(2);

    private final int bytesPerPixel;

    PixelFormat(int bytesPerPixel) {
        this.bytesPerPixel = bytesPerPixel;
    }

    public int bytesPerPixel() {
        return bytesPerPixel;
    }

    /** The format of a libretro {@code retro_pixel_format} value, or null for an unknown one. */
    static PixelFormat of(int code) {
        return switch (code) {
            case Libretro.PIXEL_FORMAT_0RGB1555 -> XRGB1555;
            case Libretro.PIXEL_FORMAT_XRGB8888 -> XRGB8888;
            case Libretro.PIXEL_FORMAT_RGB565 -> RGB565;
            default -> null;
        };
    }

    /**
     * Expands {@code height} rows of {@code width} pixels, rows {@code pitch} bytes apart in {@code frame}, into
     * {@code rgb} (row-major, 3 bytes per pixel).
     */
    public void toRgb(byte[] frame, int pitch, int width, int height, byte[] rgb) {
        int o = 0;
        for (int y = 0; y < height; y++) {
            int p = y * pitch;
            if (this == XRGB8888) {
                for (int x = 0; x < width; x++, p += 4, o += 3) {
                    rgb[o] = frame[p + 2];
                    rgb[o + 1] = frame[p + 1];
                    rgb[o + 2] = frame[p];
                }
            } else if (this == RGB565) {
                for (int x = 0; x < width; x++, p += 2, o += 3) {
                    int v = (frame[p] & 0xFF) | (frame[p + 1] & 0xFF) << 8;
                    rgb[o] = (byte) ((v & 0xF800) >> 8);
                    rgb[o + 1] = (byte) ((v & 0x07E0) >> 3);
                    rgb[o + 2] = (byte) ((v & 0x001F) << 3);
                }
            } else {
                for (int x = 0; x < width; x++, p += 2, o += 3) {
                    int v = (frame[p] & 0xFF) | (frame[p + 1] & 0xFF) << 8;
                    rgb[o] = (byte) ((v & 0x7C00) >> 7);
                    rgb[o + 1] = (byte) ((v & 0x03E0) >> 2);
                    rgb[o + 2] = (byte) ((v & 0x001F) << 3);
                }
            }
        }
    }
}

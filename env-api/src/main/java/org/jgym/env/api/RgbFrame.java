package org.jgym.env.api;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * An image for the {@code rgb_array} render mode: {@code height x width x 3} unsigned bytes, row-major,
 * the layout of Gymnasium's uint8 (H, W, 3) arrays.
 */
public record RgbFrame(int height, int width, byte[] rgb) implements Frame {
    public RgbFrame {
        if (height <= 0 || width <= 0 || rgb.length != height * width * 3) {
            throw new IllegalArgumentException("RgbFrame needs height, width > 0 and rgb.length == height*width*3, got "
                    + height + "x" + width + " with " + rgb.length + " bytes");
        }
    }

    /** Copies the pixels of an AWT image. */
    public static RgbFrame of(BufferedImage image) {
        int h = image.getHeight();
        int w = image.getWidth();
        byte[] rgb = new byte[h * w * 3];
        int i = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = image.getRGB(x, y);
                rgb[i++] = (byte) (p >> 16);
                rgb[i++] = (byte) (p >> 8);
                rgb[i++] = (byte) p;
            }
        }
        return new RgbFrame(h, w, rgb);
    }

    /** The frame as an AWT image. */
    public BufferedImage toBufferedImage() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int i = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = (rgb[i] & 0xFF) << 16 | (rgb[i + 1] & 0xFF) << 8 | (rgb[i + 2] & 0xFF);
                image.setRGB(x, y, p);
                i += 3;
            }
        }
        return image;
    }

    /**
     * Writes the frame as a PNG file, creating parent folders.
     *
     * @throws JgymException when {@code path} is a directory
     */
    public void writePng(Path path) {
        if (Files.isDirectory(path)) {
            throw new JgymException("cannot write PNG " + path + ": it is a directory; give a file name such as "
                    + path.resolve("frame.png"));
        }
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            // through a stream: ImageIO.write(File) prints a stack trace of its own when it cannot open the file
            try (var out = Files.newOutputStream(path)) {
                ImageIO.write(toBufferedImage(), "png", out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write PNG " + path + ": " + e.getMessage(), e);
        }
    }
}

package org.jgym.env.retro.wrappers;

import static org.jgym.env.retro.wrappers.Images.imageShape;

import org.jgym.env.api.Env;
import org.jgym.env.api.spaces.Box;
import org.jgym.env.api.wrappers.ObservationWrapper;

/**
 * The baselines' WarpFrame: RGB to gray with OpenCV's weights (0.299, 0.587, 0.114 in 14-bit fixed point), then
 * an area-averaging resize (OpenCV's INTER_AREA) to {@code height x width}; observations are uint8
 * {@code (height, width, 1)}. {@code WarpFrame(env, 84, 84)} is the contest's; {@link #downsample} gives seed
 * 001's 42 x 42.
 */
public final class WarpFrame<A> extends ObservationWrapper<byte[], A, byte[]> {
    private final int inHeight;
    private final int inWidth;
    private final int height;
    private final int width;
    private final float[] gray;
    private final float[] rows;
    private final byte[] out;

    public WarpFrame(Env<byte[], A> env, int height, int width) {
        super(env, Box.uint8(0, 255, height, width, 1));
        int[] shape = imageShape(env, "WarpFrame", 3);
        this.inHeight = shape[0];
        this.inWidth = shape[1];
        this.height = height;
        this.width = width;
        this.gray = new float[inHeight * inWidth];
        this.rows = new float[height * inWidth];
        this.out = new byte[height * width];
    }

    /** Seed 001's preprocessing: gray and {@code size x size}, without a frame stack. */
    public static <A> WarpFrame<A> downsample(Env<byte[], A> env, int size) {
        return new WarpFrame<>(env, size, size);
    }

    @Override
    protected byte[] observation(byte[] rgb, boolean reset) {
        for (int i = 0, p = 0; i < gray.length; i++, p += 3) {
            gray[i] = ((rgb[p] & 0xFF) * 4899 + (rgb[p + 1] & 0xFF) * 9617 + (rgb[p + 2] & 0xFF) * 1868 + 8192) >> 14;
        }
        // area resize, rows then columns: each output pixel averages the input area it covers (fractional edges)
        for (int x = 0; x < inWidth; x++) {
            for (int y = 0; y < height; y++) {
                rows[y * inWidth + x] = (float) area(gray, x, inWidth, y, inHeight, height);
            }
        }
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double v = area(rows, y * inWidth, 1, x, inWidth, width);
                out[y * width + x] = (byte) Math.min(255, Math.max(0, Math.rint(v)));
            }
        }
        return out;
    }

    /** Mean of {@code src[base + stride * k]} over the input span [i * n / m, (i + 1) * n / m) of output cell i. */
    private static double area(float[] src, int base, int stride, int i, int n, int m) {
        double scale = (double) n / m;
        double from = i * scale;
        double to = from + scale;
        double sum = 0;
        for (int k = (int) Math.floor(from); k < Math.min(n, (int) Math.ceil(to)); k++) {
            double w = Math.min(to, k + 1) - Math.max(from, k);
            sum += w * src[base + stride * k];
        }
        return sum / scale;
    }
}

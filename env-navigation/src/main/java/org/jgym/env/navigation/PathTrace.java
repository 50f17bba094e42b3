package org.jgym.env.navigation;

import java.util.Arrays;

/** The positions visited since reset, kept only for rendering; grows by doubling, so recording is amortized O(1). */
final class PathTrace {
    private double[] xy = new double[2 * 128];
    private int count;

    void clear() {
        count = 0;
    }

    void add(double x, double y) {
        if (2 * count + 2 > xy.length) {
            xy = Arrays.copyOf(xy, xy.length * 2);
        }
        xy[2 * count] = x;
        xy[2 * count + 1] = y;
        count++;
    }

    /** Points as x0, y0, x1, y1, ...; valid up to {@link #count()}. */
    double[] points() {
        return xy;
    }

    int count() {
        return count;
    }
}

package org.jgym.env.navigation;

import java.util.Locale;

/**
 * The obstacle layouts of Duan and Wang's navigation task: line segments on the [0, 10]^2 map that catch the agent.
 *
 * <p>The catch test follows the authors' formulation: the perpendicular distance from the point to the segment's
 * line, {@code |cross(a - p, b - p)| / |a - b|}, is at most {@link #CATCH_DISTANCE}, and both angles of the triangle
 * at the segment's end points are acute (law of cosines), i.e. the projection falls strictly inside the segment.
 * Computing it the same way keeps boundary cases (the agent exactly level with a segment end) identical.
 */
public enum ObstacleLayout {
    /** No segment. */
    NONE(new double[0]),
    /** One vertical wall (5,7)-(5,3). */
    EASY(new double[] {5, 7, 5, 3}),
    /** A cross in the centre: (5,7)-(5,3) and (3,5)-(7,5). */
    MEDIUM(new double[] {5, 7, 5, 3, 3, 5, 7, 5}),
    /** Eight walls framing four corridors that meet in the centre. */
    HARD(new double[] {
        1.5, 5.5, 4.5, 5.5,
        5.5, 5.5, 8.5, 5.5,
        1.5, 4.5, 4.5, 4.5,
        5.5, 4.5, 8.5, 4.5,
        4.5, 5.5, 4.5, 8.5,
        5.5, 5.5, 5.5, 8.5,
        4.5, 4.5, 4.5, 1.5,
        5.5, 4.5, 5.5, 1.5});

    /** A point at most this far from a segment (projection inside it) is caught. */
    public static final double CATCH_DISTANCE = 0.02;

    private final double[] segments;

    ObstacleLayout(double[] segments) {
        this.segments = segments;
    }

    /** The kwarg spelling, e.g. {@code medium}. */
    public String kwarg() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The layout named by a kwarg value ({@code none}, {@code easy}, {@code medium}, {@code hard}). */
    public static ObstacleLayout fromKwarg(String name) {
        for (ObstacleLayout l : values()) {
            if (l.kwarg().equals(name)) {
                return l;
            }
        }
        throw new IllegalArgumentException("obstacles must be one of [none, easy, medium, hard], got '" + name + "'");
    }

    /** Number of segments. */
    public int segmentCount() {
        return segments.length / 4;
    }

    /** End points of segment {@code i} as {x1, y1, x2, y2}. */
    public double[] segment(int i) {
        return new double[] {segments[4 * i], segments[4 * i + 1], segments[4 * i + 2], segments[4 * i + 3]};
    }

    /** True when the point (x, y) is caught by any segment. Allocation-free. */
    public boolean catches(double x, double y) {
        for (int i = 0; i < segments.length; i += 4) {
            if (catches(x, y, segments[i], segments[i + 1], segments[i + 2], segments[i + 3])) {
                return true;
            }
        }
        return false;
    }

    static boolean catches(double x, double y, double ax, double ay, double bx, double by) {
        double base = Math.sqrt((ax - bx) * (ax - bx) + (ay - by) * (ay - by));
        double cross = (ax - x) * (by - y) - (ay - y) * (bx - x);
        double distance = Math.abs(cross) / base;
        if (!(distance <= CATCH_DISTANCE)) {
            return false;
        }
        double toA = Math.sqrt((x - ax) * (x - ax) + (y - ay) * (y - ay));
        double toB = Math.sqrt((x - bx) * (x - bx) + (y - by) * (y - by));
        double cosA = (base * base + toA * toA - toB * toB) / (2 * base * toA);
        double cosB = (base * base + toB * toB - toA * toA) / (2 * base * toB);
        // on an end point a cosine is NaN (0/0) and the product test fails: not caught, as in the authors' code
        return cosA * cosB > 0;
    }
}

package org.jgym.env.navigation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.random.RandomGenerator;

/**
 * Target (goal) distributions of {@link ObstacleNavigationEnv}, after Duan and Wang's task sampler.
 *
 * <p>Goals are drawn in a fixed sequence of rectangles ("quadrants" of the [0, 10]^2 map); the {@code i}-th goal of
 * a batch uses rectangle {@code i mod k}. Each coordinate is {@code lo + (hi - lo) * u}, x first, then rounded to one
 * decimal (half-even on the exact binary value, as Python's {@code round(v, 1)}).
 * <ul>
 *   <li>{@code uniform} (authors: "average"): round robin over (5..10, 5..10), (0..5, 5..10), (0..5, 0..5),
 *       (5..10, 0..5);</li>
 *   <li>{@code random}: the whole map (0..10, 0..10);</li>
 *   <li>{@code narrow}: alternating (0..5, 0..5), (0..5, 5..10), starting with the lower one as the authors'
 *       code does.</li>
 * </ul>
 * Ids: {@code obstacle-navigation/uniform}, {@code /random}, {@code /narrow}. {@link #size()} is the exact number
 * of distinct rounded goals.
 */
public final class ObstacleTargets extends GoalDistribution {
    /** The three distributions of the papers. */
    public enum Kind {
        /** Round robin over the four quadrants (authors: "average"). */
        UNIFORM(new double[][] {{5, 10, 5, 10}, {0, 5, 5, 10}, {0, 5, 0, 5}, {5, 10, 0, 5}}),
        /** The whole map. */
        RANDOM(new double[][] {{0, 10, 0, 10}}),
        /** Alternating lower-left, upper-left quadrant. */
        NARROW(new double[][] {{0, 5, 0, 5}, {0, 5, 5, 10}});

        private final double[][] rectangles;

        Kind(double[][] rectangles) {
            this.rectangles = rectangles;
        }

        /** The kwarg and id spelling, e.g. {@code uniform}. */
        public String kwarg() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The kind named by a kwarg value. */
        public static Kind fromKwarg(String name) {
            for (Kind k : values()) {
                if (k.kwarg().equals(name)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("targets must be one of [uniform, random, narrow], got '" + name + "'");
        }
    }

    /** Prefix of the registered ids. */
    public static final String ID_PREFIX = "obstacle-navigation/";

    private final Kind kind;
    private final long size;

    /** The distribution of the given kind. */
    public ObstacleTargets(Kind kind) {
        this.kind = java.util.Objects.requireNonNull(kind, "kind");
        this.size = countDistinctGoals(kind);
    }

    /** Which of the three distributions this is. */
    public Kind kind() {
        return kind;
    }

    /** The rectangles {lo_x, hi_x, lo_y, hi_y} cycled through, in order. */
    public double[][] rectangles() {
        double[][] copy = new double[kind.rectangles.length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = kind.rectangles[i].clone();
        }
        return copy;
    }

    /** The {@code index}-th goal of the sequence: drawn in rectangle {@code index mod k} from {@code random}. */
    public Goal draw(long index, RandomGenerator random) {
        if (index < 0) {
            throw new IllegalArgumentException(id() + ": goal index must be >= 0, got " + index);
        }
        double[] r = kind.rectangles[(int) (index % kind.rectangles.length)];
        double x = roundToTenth(r[0] + (r[1] - r[0]) * random.nextDouble());
        double y = roundToTenth(r[2] + (r[3] - r[2]) * random.nextDouble());
        return new Goal(x, y);
    }

    /** {@code value} rounded to one decimal, half-even on its exact binary value (Python's {@code round(v, 1)}). */
    static double roundToTenth(double value) {
        double tenths = value * 10;
        double fraction = tenths - Math.floor(tenths);
        if (Math.abs(fraction - 0.5) > 1e-6) {
            // far from a tie the product's rounding error cannot change the nearest tenth
            return Math.rint(tenths) / 10;
        }
        return new BigDecimal(value).setScale(1, RoundingMode.HALF_EVEN).doubleValue();
    }

    @Override
    public String id() {
        return ID_PREFIX + kind.kwarg();
    }

    @Override
    public List<Goal> sample(int n, RandomGenerator random) {
        if (n < 0) {
            throw new IllegalArgumentException(id() + ": number of tasks must be >= 0, got " + n);
        }
        List<Goal> goals = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            goals.add(draw(i, random));
        }
        return goals;
    }

    /** The number of distinct goals on the one-decimal grid the rectangles cover (10201, 10201, 5151). */
    @Override
    public OptionalLong size() {
        return OptionalLong.of(size);
    }

    private static long countDistinctGoals(Kind kind) {
        // every grid value k/10 with lo <= k/10 <= hi is reachable: rounding maps [lo, lo+0.05) to lo, and so on
        boolean[][] covered = new boolean[101][101];
        long count = 0;
        for (double[] r : kind.rectangles) {
            for (int i = (int) Math.round(r[0] * 10); i <= (int) Math.round(r[1] * 10); i++) {
                for (int j = (int) Math.round(r[2] * 10); j <= (int) Math.round(r[3] * 10); j++) {
                    if (!covered[i][j]) {
                        covered[i][j] = true;
                        count++;
                    }
                }
            }
        }
        return count;
    }

    @Override
    public String toString() {
        return id();
    }
}

package org.jgym.env.navigation;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.random.RandomGenerator;

/**
 * Goals of {@link Navigation2DEnv}: uniform on the square [low, high]^2, as MAML draws them (each coordinate
 * {@code low + (high - low) * u}, x first). Registered as {@value #ID} with the paper's bounds [-0.5, 0.5].
 */
public final class Navigation2DGoals extends GoalDistribution {
    /** The registered id. */
    public static final String ID = "navigation2d/uniform";
    /** MAML's lower goal bound. */
    public static final double DEFAULT_LOW = -0.5;
    /** MAML's upper goal bound. */
    public static final double DEFAULT_HIGH = 0.5;

    private final double low;
    private final double high;

    /** The paper's distribution, goals in [-0.5, 0.5]^2. */
    public Navigation2DGoals() {
        this(DEFAULT_LOW, DEFAULT_HIGH);
    }

    /**
     * @param low  lower bound of both goal coordinates, finite
     * @param high upper bound of both goal coordinates, finite and above {@code low}
     */
    public Navigation2DGoals(double low, double high) {
        if (!Double.isFinite(low) || !Double.isFinite(high) || !(low < high)) {
            throw new IllegalArgumentException("Navigation2DGoals: goal_low must be below goal_high and both finite, got "
                    + "goal_low=" + low + ", goal_high=" + high);
        }
        this.low = low;
        this.high = high;
    }

    /** Lower bound of both goal coordinates. */
    public double low() {
        return low;
    }

    /** Upper bound of both goal coordinates. */
    public double high() {
        return high;
    }

    /** One goal drawn from {@code random}. */
    public Goal draw(RandomGenerator random) {
        double x = low + (high - low) * random.nextDouble();
        double y = low + (high - low) * random.nextDouble();
        return new Goal(x, y);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Goal> sample(int n, RandomGenerator random) {
        if (n < 0) {
            throw new IllegalArgumentException(ID + ": number of tasks must be >= 0, got " + n);
        }
        List<Goal> goals = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            goals.add(draw(random));
        }
        return goals;
    }

    /** Empty: the support is a continuum. */
    @Override
    public OptionalLong size() {
        return OptionalLong.empty();
    }

    @Override
    public String toString() {
        return ID + "[" + low + ", " + high + "]^2";
    }
}

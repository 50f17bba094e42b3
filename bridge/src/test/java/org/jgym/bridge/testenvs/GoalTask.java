package org.jgym.bridge.testenvs;

/** A goal position of {@link PointGoalEnv}. */
public record GoalTask(double x, double y) {
}

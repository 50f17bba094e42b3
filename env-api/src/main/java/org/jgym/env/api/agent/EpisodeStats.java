package org.jgym.env.api.agent;

import java.util.Map;

/**
 * Results of a rollout.
 *
 * @param returns    undiscounted return of each episode
 * @param lengths    steps of each episode
 * @param finalInfo  per numeric info key of the last step of episodes, the mean over episodes that reported it
 *                   (e.g. {@code distance} for navigation)
 * @param seconds    wall time of the rollout
 */
public record EpisodeStats(double[] returns, int[] lengths, Map<String, Double> finalInfo, double seconds) {

    public int episodes() {
        return returns.length;
    }

    public long totalSteps() {
        long s = 0;
        for (int l : lengths) {
            s += l;
        }
        return s;
    }

    public double meanReturn() {
        return mean(returns);
    }

    /** Population standard deviation of the returns. */
    public double stdReturn() {
        return std(returns);
    }

    /** Standard error of the mean return. */
    public double stderrReturn() {
        return returns.length == 0 ? Double.NaN : stdReturn() / Math.sqrt(returns.length);
    }

    public double meanLength() {
        double[] l = new double[lengths.length];
        for (int i = 0; i < l.length; i++) {
            l[i] = lengths[i];
        }
        return mean(l);
    }

    public double stepsPerSecond() {
        return seconds > 0 ? totalSteps() / seconds : Double.NaN;
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return v.length == 0 ? Double.NaN : s / v.length;
    }

    static double std(double[] v) {
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return v.length == 0 ? Double.NaN : Math.sqrt(s / v.length);
    }
}

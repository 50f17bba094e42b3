package org.jgym.agents.train;

/**
 * One meta-iteration's log line.
 * @param iteration 0-based index
 * @param preReturn mean return of the pre-adaptation episodes over the meta-batch
 * @param postReturn mean return after the inner steps
 * @param preMetric mean per-episode env metric before adaptation (NaN if none)
 * @param postMetric the same after adaptation
 * @param postMetricStd std over the meta-batch's tasks of the post-adaptation metric
 * @param lossBefore outer loss before the update
 * @param lossAfter outer loss after the update
 * @param kl mean KL of the update
 * @param accepted whether the outer step was taken
 * @param sampleSeconds wall time spent sampling and adapting
 * @param updateSeconds wall time of the outer update
 * @param seconds total wall time of the iteration
 */
public record IterationRecord(int iteration, double preReturn, double postReturn, double preMetric,
                              double postMetric, double postMetricStd, double lossBefore, double lossAfter,
                              double kl, boolean accepted, double sampleSeconds, double updateSeconds,
                              double seconds) {

    static final String CSV_HEADER = "iteration,pre_return,post_return,pre_metric,post_metric,post_metric_std,"
            + "loss_before,loss_after,kl,accepted,sample_seconds,update_seconds,seconds";

    String toCsv() {
        return iteration + "," + preReturn + "," + postReturn + "," + preMetric + "," + postMetric + ","
                + postMetricStd + "," + lossBefore + "," + lossAfter + "," + kl + "," + accepted + ","
                + sampleSeconds + "," + updateSeconds + "," + seconds;
    }

    static IterationRecord fromCsv(String line) {
        String[] f = line.split(",");
        return new IterationRecord(Integer.parseInt(f[0]), d(f[1]), d(f[2]), d(f[3]), d(f[4]), d(f[5]), d(f[6]),
                d(f[7]), d(f[8]), Boolean.parseBoolean(f[9]), d(f[10]), d(f[11]), d(f[12]));
    }

    private static double d(String s) {
        return Double.parseDouble(s);
    }
}

package org.jgym.cli;

import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of long work on stderr: a progress bar with ETA on a terminal, otherwise a line with ETA at every tenth
 * (logs and CI stay readable). Work that ends within two seconds shows nothing.
 */
final class Progress implements AutoCloseable {
    private final String task;
    private final long total;
    private static final double QUIET_SECONDS = 2;
    private final boolean terminal = System.console() != null;
    private final String unit;
    private ProgressBar bar;
    private final long start = System.nanoTime();
    private long lastDecile;

    Progress(String task, long total, String unit) {
        this.task = task;
        this.total = total;
        this.unit = unit;
    }

    void stepTo(long done) {
        double elapsedSeconds = (System.nanoTime() - start) / 1e9;
        if (elapsedSeconds < QUIET_SECONDS && bar == null) {
            return;
        }
        if (terminal) {
            if (bar == null) {
                bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(" " + unit, 1)
                        .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).continuousUpdate().build();
            }
            bar.stepTo(done);
            return;
        }
        long decile = done * 10 / Math.max(1, total);
        if (decile > lastDecile && done < total || done == total && lastDecile < 10) {
            lastDecile = done == total ? 10 : decile;
            double elapsed = (System.nanoTime() - start) / 1e9;
            double eta = done == 0 ? 0 : elapsed * (total - done) / done;
            System.err.printf("%s: %d/%d (%d%%), elapsed %s, ETA %s%n", task, done, total, done * 100 / total,
                    format(elapsed), format(eta));
        }
    }

    private static String format(double seconds) {
        Duration d = Duration.ofMillis((long) (seconds * 1000));
        return d.toHours() > 0 ? String.format("%dh%02dm", d.toHours(), d.toMinutesPart())
                : String.format("%dm%02ds", d.toMinutes(), d.toSecondsPart());
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}

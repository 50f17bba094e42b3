package org.jgym.agents.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Runs one job per task on a pool and returns the results in task order, so that reductions over them are
 * summed in the same order whatever the thread count (bit-identical results).
 */
public final class Parallel {
    private Parallel() {
    }

    public static <T> List<T> map(ExecutorService pool, int count, IntFunction<T> job) {
        if (pool == null) {
            List<T> out = new ArrayList<>(count);
            for (int i = 0; i < count; i++) out.add(job.apply(i));
            return out;
        }
        List<Future<T>> futures = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int index = i;
            futures.add(pool.submit(() -> job.apply(index)));
        }
        List<T> out = new ArrayList<>(count);
        try {
            for (Future<T> f : futures) out.add(f.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for task jobs", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
        return out;
    }

    /** Element-wise mean of equally long vectors, summed in list order. */
    public static double[] mean(List<double[]> vectors) {
        double[] out = new double[vectors.get(0).length];
        for (double[] v : vectors) for (int i = 0; i < out.length; i++) out[i] += v[i];
        for (int i = 0; i < out.length; i++) out[i] /= vectors.size();
        return out;
    }

    public static double meanOf(List<Double> values) {
        double s = 0;
        for (double v : values) s += v;
        return s / values.size();
    }
}

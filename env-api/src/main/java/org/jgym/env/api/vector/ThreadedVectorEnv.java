package org.jgym.env.api.vector;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jgym.env.api.Env;
import org.jgym.env.api.JgymException;

/**
 * Steps contiguous chunks of copies on a fixed pool of daemon threads. Each copy owns its generator, so results are
 * the same as {@link SyncVectorEnv}'s for any thread count.
 */
public final class ThreadedVectorEnv<O, A, BO, BA> extends AbstractVectorEnv<O, A, BO, BA> {
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ExecutorService pool;
    private final List<Chunk> chunks = new ArrayList<>();
    private CopyWork current;

    public ThreadedVectorEnv(List<? extends Env<O, A>> envs, int threads) {
        super(envs);
        if (threads <= 0) {
            throw new IllegalArgumentException("threads must be > 0, got " + threads);
        }
        int workers = Math.min(threads, envs.size());
        int poolId = POOLS.incrementAndGet();
        AtomicInteger counter = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "jgym-vector-" + poolId + "-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        int n = envs.size();
        for (int k = 0; k < workers; k++) {
            chunks.add(new Chunk(k * n / workers, (k + 1) * n / workers));
        }
    }

    @Override
    protected void forEachCopy(CopyWork work) {
        current = work;
        try {
            for (Future<Void> f : pool.invokeAll(chunks)) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JgymException("interrupted while stepping the vector env", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new JgymException("a copy of the vector env failed: " + cause, cause);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        super.close();
    }

    private final class Chunk implements Callable<Void> {
        private final int from;
        private final int to;

        Chunk(int from, int to) {
            this.from = from;
            this.to = to;
        }

        @Override
        public Void call() {
            for (int i = from; i < to; i++) {
                current.run(i);
            }
            return null;
        }
    }
}

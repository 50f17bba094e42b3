package org.jgym.env.api.vector;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.jgym.env.api.Env;
import org.jgym.env.api.JgymException;

/**
 * Steps contiguous chunks of copies in parallel: the calling thread steps the first chunk, daemon worker threads the
 * others. A thread that finishes its chunk takes the copies not yet started from the others' chunks, so a thread
 * that starts late (a kernel wake-up, a preempted core) or meets slower copies does not hold the whole step back.
 * Each copy owns its generator, so results are the same as {@link SyncVectorEnv}'s for any thread count.
 *
 * <p>A wake-up through the kernel costs tens of microseconds on small machines, as much as a MuJoCo step, so the
 * hand-off spins briefly before it parks: a busy vector env hands work over through memory alone, an idle one uses
 * no CPU. The spin lasts at least 50 microseconds and up to the time the calling thread's last chunk took (at most
 * 2 ms), so copies with long steps (an emulator frame: about 0.6 ms) do not park on the usual differences between
 * their step times either (on a small VM a parked thread can take a tenth of a frame to wake). With more threads
 * than processors a spinning thread would hold the core another one needs, so then nobody spins.
 */
public final class ThreadedVectorEnv<O, A, BO, BA> extends AbstractVectorEnv<O, A, BO, BA> {
    /** Bounds of how long a waiting thread spins before it parks; far shorter than a pause. */
    private static final long MIN_SPIN_NANOS = 50_000;
    private static final long MAX_SPIN_NANOS = 2_000_000;
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final int[] bounds;
    /** Per chunk, the next copy of it that nobody has taken yet. */
    private final AtomicInteger[] next;
    /** The failure of each copy in the current call, if any. */
    private final Throwable[] failures;
    private final List<Worker> workers = new ArrayList<>();
    private final AtomicInteger pending = new AtomicInteger();
    private volatile Thread caller;
    private volatile CopyWork current;
    private volatile boolean closed;
    /** Whether every thread of this env can have a processor of its own; spinning only pays then. */
    private final boolean spin;
    /** The duration of the calling thread's last chunk, within the bounds; written by the calling thread. */
    private volatile long spinNanos;

    public ThreadedVectorEnv(List<? extends Env<O, A>> envs, int threads) {
        super(envs);
        if (threads <= 0) {
            throw new IllegalArgumentException("threads must be > 0, got " + threads);
        }
        int chunks = Math.min(threads, envs.size());
        int n = envs.size();
        spin = chunks <= Runtime.getRuntime().availableProcessors();
        spinNanos = spin ? MIN_SPIN_NANOS : 0;
        bounds = new int[chunks + 1];
        next = new AtomicInteger[chunks];
        for (int k = 0; k <= chunks; k++) {
            bounds[k] = k * n / chunks;
        }
        for (int k = 0; k < chunks; k++) {
            next[k] = new AtomicInteger();
        }
        failures = new Throwable[n];
        int poolId = POOLS.incrementAndGet();
        for (int k = 1; k < chunks; k++) {
            Worker w = new Worker(k);
            Thread t = new Thread(w, "jgym-vector-" + poolId + "-" + k);
            t.setDaemon(true);
            w.thread = t;
            workers.add(w);
            t.start();
        }
    }

    @Override
    protected void forEachCopy(CopyWork work) {
        if (closed) {
            throw new JgymException("the vector env is closed");
        }
        caller = Thread.currentThread();
        current = work;
        for (int k = 0; k < next.length; k++) {
            next[k].set(bounds[k]);
        }
        pending.set(workers.size());
        for (Worker w : workers) {
            w.start();
        }
        long started = System.nanoTime();
        runChunks(work, 0);
        long now = System.nanoTime();
        long budget = spin ? Math.max(MIN_SPIN_NANOS, Math.min(MAX_SPIN_NANOS, now - started)) : 0;
        spinNanos = budget;
        long spinUntil = now + budget;
        while (pending.get() > 0) {
            if (System.nanoTime() < spinUntil) {
                Thread.onSpinWait();
            } else {
                LockSupport.park(this);
            }
        }
        current = null;
        Throwable first = null; // the failure of the lowest copy, as a sequential loop would meet it first
        for (int i = 0; i < failures.length; i++) {
            if (first == null) {
                first = failures[i];
            }
            failures[i] = null;
        }
        if (first instanceof RuntimeException re) {
            throw re;
        }
        if (first instanceof Error err) {
            throw err;
        }
        if (first != null) {
            throw new JgymException("a copy of the vector env failed: " + first, first);
        }
    }

    /** Steps the untaken copies of chunk {@code own}, then those of the other chunks; records failures per copy. */
    private void runChunks(CopyWork work, int own) {
        for (int j = 0; j < next.length; j++) {
            int k = (own + j) % next.length;
            for (int i = next[k].getAndIncrement(); i < bounds[k + 1]; i = next[k].getAndIncrement()) {
                try {
                    work.run(i);
                } catch (Throwable e) { // the others still step: the call waits for every copy either way
                    failures[i] = e;
                }
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Worker w : workers) {
            LockSupport.unpark(w.thread);
        }
        super.close();
    }

    /** One worker thread and its chunk; {@code round} counts the work handed to it so far. */
    private final class Worker implements Runnable {
        private final int chunk;
        private volatile long round;
        private Thread thread;

        Worker(int chunk) {
            this.chunk = chunk;
        }

        void start() {
            round++; // only the calling thread writes round
            LockSupport.unpark(thread);
        }

        @Override
        public void run() {
            long done = 0;
            while (true) {
                long spinUntil = System.nanoTime() + spinNanos;
                while (round == done && !closed) {
                    if (System.nanoTime() < spinUntil) {
                        Thread.onSpinWait();
                    } else {
                        LockSupport.park(ThreadedVectorEnv.this);
                    }
                }
                if (closed) {
                    return;
                }
                done = round;
                runChunks(current, chunk);
                if (pending.decrementAndGet() == 0) {
                    LockSupport.unpark(caller);
                }
            }
        }
    }
}

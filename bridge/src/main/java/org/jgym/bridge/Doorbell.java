package org.jgym.bridge;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.locks.LockSupport;
import org.jgym.env.api.JgymException;

/**
 * The socket-free hot path of a session: a request/response pair of sequence numbers at the start of its shared
 * region, served by one JVM thread.
 *
 * <p>Python writes the action (or reset seed), the operation and then a new request number; the serving thread sees
 * it, runs the operation, writes the results, the status and the info, and then publishes the same number as the
 * response. Both sides spin briefly and then block, so an idle pair uses no CPU. Two FIFOs that Python makes next
 * to the region carry the wake-ups: this thread blocks reading {@code <region>.ring}, into which Python writes a byte
 * when it sees {@code SERVER_SLEEPING}; Python blocks reading {@code <region>.wake}, into which this thread writes a
 * byte when it sees {@code CLIENT_WAITING}. Before Python has attached them, this thread parks with a timeout.
 *
 * <p>Header (little endian): Python's cache line {@code REQUEST} i64 at 0, {@code OP} i32 at 8, {@code SEED_MODE}
 * i32 at 12, {@code SEED} i64 at 16, {@code CLIENT_WAITING} i32 at 24, {@code RESET_MASKED} i32 at 28; the JVM's
 * cache line {@code RESPONSE} i64 at 64, {@code STATUS} i32 at 72, {@code INFO_LENGTH} i32 at 76,
 * {@code SERVER_SLEEPING} i32 at 80; sessions keep their own fields from 88 to {@link #HEADER}.
 */
final class Doorbell {
    static final int REQUEST = 0;
    static final int OP = 8;
    static final int SEED_MODE = 12;
    static final int SEED = 16;
    static final int CLIENT_WAITING = 24;
    static final int RESET_MASKED = 28;
    static final int RESPONSE = 64;
    static final int STATUS = 72;
    static final int INFO_LENGTH = 76;
    static final int SERVER_SLEEPING = 80;
    static final int HEADER = 128;
    /** Bytes for the info JSON of one call; a longer info is fetched with {@link #takeInfo}. */
    static final int INFO_BYTES = 16384;

    static final int OP_STEP = 1;
    static final int OP_RESET = 2;
    static final int SEED_NONE = 0;
    static final int SEED_ONE = 1;
    static final int SEED_PER_COPY = 2;
    static final int STATUS_OK = 0;
    static final int STATUS_FAILED = 1;
    static final int INFO_NONE = -1;
    static final int INFO_TOO_LONG = -2;

    /** Busy-spinning this long after a request keeps back-to-back steps free of any kernel call. */
    private static final long SPIN_NANOS = 50_000;
    /** Then yielding the core to others until this long, then parking. */
    private static final long YIELD_NANOS = 500_000;
    /** Without FIFOs (not attached yet), a parked thread looks again this often. */
    private static final long PARK_NANOS = 10_000_000;

    private static final VarHandle LONGS = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INTS = MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    /** Runs one operation with the inputs in the region; returns the info JSON or null. */
    @FunctionalInterface
    interface Handler {
        String handle(int op);
    }

    private final ByteBuffer buffer;
    private final int infoAt;
    private final Handler handler;
    private final Thread thread;
    private volatile boolean closed;
    private RandomAccessFile waker;
    private volatile RandomAccessFile ringer;
    private Path[] fifos = new Path[0];
    private RuntimeException error;
    private String longInfo;
    private final byte[] drain = new byte[64];

    Doorbell(String name, ByteBuffer buffer, int infoAt, Handler handler) {
        this.buffer = buffer;
        this.infoAt = infoAt;
        this.handler = handler;
        this.thread = new Thread(this::serve, name);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Opens the FIFOs Python made next to the region: {@code wake} (this thread wakes a blocked Python through it)
     * and {@code ring} (a sleeping serving thread waits on it).
     */
    synchronized void attachFifos(Path wake, Path ring) {
        fifos = new Path[] {wake, ring};
        if (waker == null) {
            waker = openFifo(wake);
            ringer = openFifo(ring);
            LockSupport.unpark(thread); // from now on it sleeps on the ring FIFO
        }
    }

    private static RandomAccessFile openFifo(Path fifo) {
        try {
            if (!Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther()) {
                throw new JgymException(fifo + " is not a FIFO; the client must create it with mkfifo");
            }
            return new RandomAccessFile(fifo.toFile(), "rw"); // read-write: opening never blocks, no SIGPIPE
        } catch (IOException e) {
            throw new JgymException("cannot open the FIFO " + fifo + ": " + e.getMessage(), e);
        }
    }

    /** Unparks the serving thread when it waits without FIFOs. */
    void wake() {
        LockSupport.unpark(thread);
    }

    /** The exception of the last failed operation, once. */
    synchronized RuntimeException takeError() {
        RuntimeException e = error;
        error = null;
        return e != null ? e : new JgymException("no failed operation to report");
    }

    /** The info of the last operation when it did not fit into the region. */
    synchronized String takeInfo() {
        String s = longInfo;
        longInfo = null;
        return s;
    }

    private void serve() {
        long served = 0; // the region starts zeroed; Python may ring before this thread first runs
        long idleSince = System.nanoTime();
        while (!closed) {
            long request = (long) LONGS.getAcquire(buffer, REQUEST);
            if (request != served) {
                served = request;
                answer(request);
                idleSince = System.nanoTime();
                continue;
            }
            long idle = System.nanoTime() - idleSince;
            if (idle < SPIN_NANOS) {
                Thread.onSpinWait();
            } else if (idle < YIELD_NANOS) {
                Thread.yield();
            } else {
                INTS.setVolatile(buffer, SERVER_SLEEPING, 1);
                VarHandle.fullFence();
                if ((long) LONGS.getVolatile(buffer, REQUEST) == served && !closed) {
                    sleep();
                }
                INTS.setVolatile(buffer, SERVER_SLEEPING, 0);
            }
        }
    }

    /** Blocks until Python rings the FIFO (or, before the FIFOs are attached, for a while). */
    private void sleep() {
        RandomAccessFile r = ringer;
        if (r == null) {
            LockSupport.parkNanos(this, PARK_NANOS);
            return;
        }
        try {
            r.read(drain);
        } catch (IOException e) {
            LockSupport.parkNanos(this, PARK_NANOS); // closed under us: the loop ends
        }
    }

    private void answer(long request) {
        int status = STATUS_OK;
        try {
            writeInfo(handler.handle((int) INTS.get(buffer, OP)));
        } catch (RuntimeException e) {
            status = fail(e);
        } catch (Throwable e) { // an Error must not end the serving thread: Python would wait for nothing
            status = fail(new JgymException(e.toString(), e));
        }
        INTS.set(buffer, STATUS, status);
        LONGS.setRelease(buffer, RESPONSE, request);
        VarHandle.fullFence();
        if ((int) INTS.getVolatile(buffer, CLIENT_WAITING) != 0) {
            ring();
        }
    }

    private synchronized int fail(RuntimeException e) {
        error = e;
        return STATUS_FAILED;
    }

    private void writeInfo(String info) {
        if (info == null) {
            INTS.set(buffer, INFO_LENGTH, INFO_NONE);
            return;
        }
        byte[] bytes = info.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= INFO_BYTES) {
            buffer.put(infoAt, bytes);
            INTS.set(buffer, INFO_LENGTH, bytes.length);
        } else {
            synchronized (this) {
                longInfo = info;
            }
            INTS.set(buffer, INFO_LENGTH, INFO_TOO_LONG);
        }
    }

    private synchronized void ring() {
        if (waker != null) {
            try {
                waker.write(1);
            } catch (IOException e) {
                // the client is gone; the reaper closes its sessions
            }
        }
    }

    /** Stops the serving thread, waits for it (unless called from it) and deletes the FIFOs. */
    void close() {
        closed = true;
        LockSupport.unpark(thread);
        RandomAccessFile r = ringer;
        if (r != null) {
            try {
                r.write(1); // wakes the thread if it sleeps on the FIFO
            } catch (IOException e) {
                // then it is not reading either
            }
        }
        if (Thread.currentThread() != thread) {
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            for (RandomAccessFile f : new RandomAccessFile[] {waker, ringer}) {
                if (f != null) {
                    try {
                        f.close();
                    } catch (IOException e) {
                        // nothing left to free
                    }
                }
            }
            waker = null;
            ringer = null;
            for (Path fifo : fifos) { // Python removes them too, unless it was killed
                try {
                    Files.deleteIfExists(fifo);
                } catch (IOException e) {
                    // the sweep at the next start gets it
                }
            }
        }
    }
}

package org.jgym.bridge;

import java.nio.file.Path;

/**
 * Something a client opened through the bridge (an env or a vector env) and must close: owned by one client, with
 * a shared-memory region whose {@link Doorbell} a thread serves.
 */
abstract class Session implements AutoCloseable {
    private final String client;
    private SharedRegion region;
    private Doorbell doorbell;

    Session(String client) {
        this.client = client;
    }

    /** Starts the thread that answers the doorbell of {@code region} (the subclass's constructor calls it last). */
    final void serve(SharedRegion region, int infoAt, Doorbell.Handler handler) {
        this.region = region;
        this.doorbell = new Doorbell("jgym-" + region.path().getFileName(), region.buffer(), infoAt, handler);
    }

    /** The key of the client that opened it. */
    final String client() {
        return client;
    }

    /** The hot path of its shared region. */
    final Doorbell doorbell() {
        return doorbell;
    }

    /** Its shared-memory file (the wake-up FIFOs lie next to it). */
    final Path region() {
        return region.path();
    }

    /** Stops serving, frees the env and deletes the shared-memory files; calling it again does nothing. */
    @Override
    public abstract void close();
}

package org.jgym.bridge;

import java.nio.file.Path;

/** Something a client opened through the bridge (an env or a vector env) and must close; owned by one client. */
interface Session extends AutoCloseable {
    /** The key of the client that opened it. */
    String client();

    /** The hot path of its shared region. */
    Doorbell doorbell();

    /** Its shared-memory file (the wake-up FIFO lies next to it). */
    Path region();

    /** Stops serving, frees the env and deletes the shared-memory files; calling it again does nothing. */
    @Override
    void close();
}

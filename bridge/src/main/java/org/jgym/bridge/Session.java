package org.jgym.bridge;

/** Something a client opened through the bridge (an env or a vector env) and must close; owned by one client. */
interface Session extends AutoCloseable {
    /** The client that opened it. */
    long client();

    /** Frees the env and deletes the shared-memory files; calling it again does nothing. */
    @Override
    void close();
}

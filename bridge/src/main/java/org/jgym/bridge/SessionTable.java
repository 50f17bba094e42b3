package org.jgym.bridge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jgym.env.api.JgymException;

/**
 * The open sessions by handle and the clients that own them. A client registers with its process id; a reaper
 * closes the sessions of clients whose process has died, so a Python process that is killed leaks nothing.
 */
final class SessionTable implements AutoCloseable {
    private final Map<Long, Session> sessions = new ConcurrentHashMap<>();
    private final Map<Long, ProcessHandle> clients = new ConcurrentHashMap<>();
    private final AtomicLong nextHandle = new AtomicLong(1);
    private final AtomicLong nextClient = new AtomicLong(1);
    private final ScheduledExecutorService reaper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "jgym-bridge-reaper");
        t.setDaemon(true);
        return t;
    });

    SessionTable(long reapIntervalMillis) {
        reaper.scheduleWithFixedDelay(this::reapDeadClients, reapIntervalMillis, reapIntervalMillis,
                TimeUnit.MILLISECONDS);
    }

    /** Registers a client process; its sessions are closed when it exits. Returns the client id. */
    long openClient(long pid) {
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() ->
                new JgymException("no running process with pid " + pid + "; give the pid of the Python process"));
        long id = nextClient.getAndIncrement();
        clients.put(id, process);
        return id;
    }

    /** Closes every session of {@code client} and forgets it. */
    void closeClient(long client) {
        clients.remove(client);
        for (Map.Entry<Long, Session> e : List.copyOf(sessions.entrySet())) {
            if (e.getValue().client() == client) {
                close(e.getKey());
            }
        }
    }

    void checkClient(long client) {
        if (!clients.containsKey(client)) {
            throw new JgymException("unknown client id " + client + "; call openClient(pid) first");
        }
    }

    long add(Session session) {
        long handle = nextHandle.getAndIncrement();
        sessions.put(handle, session);
        return handle;
    }

    /** The session {@code handle} as a {@code type}, or a clear error when it is closed or of another kind. */
    <T extends Session> T get(long handle, Class<T> type) {
        Session s = sessions.get(handle);
        if (s == null) {
            throw new JgymException("no open " + kind(type) + " with handle " + handle + " (closed, or never made)");
        }
        if (!type.isInstance(s)) {
            throw new JgymException("handle " + handle + " is a " + kind(s.getClass()) + ", not a " + kind(type));
        }
        return type.cast(s);
    }

    /** Closes and forgets {@code handle}; unknown handles are ignored so that close is idempotent. */
    void close(long handle) {
        Session s = sessions.remove(handle);
        if (s != null) {
            s.close();
        }
    }

    int size() {
        return sessions.size();
    }

    int clientCount() {
        return clients.size();
    }

    private void reapDeadClients() {
        List<Long> dead = new ArrayList<>();
        clients.forEach((id, process) -> {
            if (!process.isAlive()) {
                dead.add(id);
            }
        });
        for (long id : dead) {
            try {
                closeClient(id);
            } catch (RuntimeException e) {
                System.err.println("jgym bridge: closing the sessions of dead client " + id + " failed: " + e);
            }
        }
    }

    /** Closes every session and stops the reaper. */
    @Override
    public void close() {
        reaper.shutdownNow();
        for (long handle : List.copyOf(sessions.keySet())) {
            try {
                close(handle);
            } catch (RuntimeException e) {
                System.err.println("jgym bridge: closing handle " + handle + " failed: " + e);
            }
        }
        clients.clear();
    }

    private static String kind(Class<?> type) {
        return type == VectorSession.class ? "vector env" : "env";
    }
}

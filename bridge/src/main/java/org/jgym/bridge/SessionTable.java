package org.jgym.bridge;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jgym.env.api.JgymException;

/**
 * The open sessions by handle and the clients that own them. A client registers with its process id and gets a
 * secret key; every call names the key, and a handle is found only for the client that made it, so one client
 * can neither use nor close another's envs. A reaper closes the sessions of clients whose process has died, so a
 * Python process that is killed leaks nothing.
 */
final class SessionTable implements AutoCloseable {
    private final Map<Long, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, ProcessHandle> clients = new ConcurrentHashMap<>();
    private final AtomicLong nextHandle = new AtomicLong(1);
    private final SecureRandom random = new SecureRandom();
    private final ScheduledExecutorService reaper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "jgym-bridge-reaper");
        t.setDaemon(true);
        return t;
    });

    SessionTable(long reapIntervalMillis) {
        reaper.scheduleWithFixedDelay(this::reapDeadClients, reapIntervalMillis, reapIntervalMillis,
                TimeUnit.MILLISECONDS);
    }

    /** Registers a client process; its sessions are closed when it exits. Returns the client's secret key. */
    String openClient(long pid) {
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() ->
                new JgymException("no running process with pid " + pid + "; give the pid of the Python process"));
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String key = HexFormat.of().formatHex(bytes);
        clients.put(key, process);
        return key;
    }

    /** Closes every session of {@code client} and forgets it. */
    void closeClient(String client) {
        clients.remove(client);
        for (Map.Entry<Long, Session> e : List.copyOf(sessions.entrySet())) {
            if (e.getValue().client().equals(client)) {
                close(e.getKey());
            }
        }
    }

    /** The process id of a registered client; unknown keys fail. */
    long clientPid(String client) {
        ProcessHandle p = client == null ? null : clients.get(client);
        if (p == null) {
            throw new JgymException("unknown client key; call openClient(pid) first (or reconnect)");
        }
        return p.pid();
    }

    long add(Session session) {
        long handle = nextHandle.getAndIncrement();
        sessions.put(handle, session);
        return handle;
    }

    /**
     * The session {@code handle} of {@code client} as a {@code type}, or a clear error when it is closed, of another
     * kind, or another client's (which looks the same as never made, so keys cannot be probed).
     */
    <T extends Session> T get(String client, long handle, Class<T> type) {
        Session s = sessions.get(handle);
        if (s == null || !s.client().equals(client)) {
            throw new JgymException("no open " + kind(type) + " with handle " + handle + " (closed, or never made)");
        }
        if (!type.isInstance(s)) {
            throw new JgymException("handle " + handle + " is a " + kind(s.getClass()) + ", not a " + kind(type));
        }
        return type.cast(s);
    }

    /** Closes and forgets {@code client}'s {@code handle}; unknown handles are ignored so that close is idempotent. */
    void close(String client, long handle) {
        Session s = sessions.get(handle);
        if (s != null && s.client().equals(client)) {
            close(handle);
        }
    }

    private void close(long handle) {
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
        List<String> dead = new ArrayList<>();
        clients.forEach((key, process) -> {
            if (!process.isAlive()) {
                dead.add(key);
            }
        });
        for (String key : dead) {
            try {
                closeClient(key);
            } catch (RuntimeException e) {
                System.err.println("jgym bridge: closing the sessions of a dead client failed: " + e);
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
        if (type == Session.class) {
            return "env or vector env";
        }
        return type == VectorSession.class ? "vector env" : "env";
    }
}

package org.jgym.bridge;

import com.google.gson.JsonObject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.jgym.env.api.JgymException;
import org.jgym.env.api.registry.Registry;
import py4j.GatewayServer;

/**
 * A Py4J gateway serving a {@link BridgeService}, bound to 127.0.0.1 only, protected by a random auth token and
 * restricted to the service's own methods ({@link ServiceOnlyGateway}: a plain Py4J gateway would let any client
 * run arbitrary Java code).
 *
 * <pre>{@code
 * try (BridgeServer server = BridgeServer.start(Gym.registry(), 0)) {
 *     System.out.println(server.connectionJson());   // {"port": 40123, "token": "..."}
 *     server.awaitShutdown();
 * }
 * }</pre>
 */
public final class BridgeServer implements AutoCloseable {
    /** Every few seconds the sessions of Python processes that died are closed. */
    private static final long REAP_INTERVAL_MILLIS = 1000;

    private final GatewayServer gateway;
    private final BridgeService service;
    private final String token;
    private final Object stopped = new Object();
    private volatile boolean closed;

    private BridgeServer(GatewayServer gateway, BridgeService service, String token) {
        this.gateway = gateway;
        this.service = service;
        this.token = token;
    }

    /**
     * Starts serving {@code registry} on 127.0.0.1.
     *
     * @param port the TCP port, or 0 for a free one
     */
    public static BridgeServer start(Registry registry, int port) {
        return start(registry, port, newToken());
    }

    /** Starts with a given auth token (at least 16 characters), e.g. one a launcher generated. */
    public static BridgeServer start(Registry registry, int port, String token) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be in [0, 65535] (0 = any free port), got " + port);
        }
        if (token == null || token.length() < 16) {
            throw new IllegalArgumentException("the auth token must have at least 16 characters");
        }
        BridgeService service = new BridgeService(registry, REAP_INTERVAL_MILLIS);
        InetAddress loopback;
        try {
            loopback = InetAddress.getByName("127.0.0.1");
        } catch (UnknownHostException e) {
            throw new JgymException("cannot resolve 127.0.0.1", e);
        }
        GatewayServer gateway = new ServiceOnlyGateway(service, loopback, port, token);
        try {
            gateway.start(true);
        } catch (RuntimeException e) {
            service.closeAll();
            throw new JgymException("could not start the bridge on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
        return new BridgeServer(gateway, service, token);
    }

    /** A new random token: 32 hex digits from a secure generator. */
    public static String newToken() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The port actually listened on. */
    public int port() {
        return gateway.getListeningPort();
    }

    public String token() {
        return token;
    }

    public BridgeService service() {
        return service;
    }

    /** One JSON line telling a client how to connect: {@code {"host","port","token","pid"}}. */
    public String connectionJson() {
        JsonObject o = new JsonObject();
        o.addProperty("host", "127.0.0.1");
        o.addProperty("port", port());
        o.addProperty("token", token);
        o.addProperty("pid", ProcessHandle.current().pid());
        return o.toString();
    }

    /** Blocks until {@link #close} is called (e.g. by a shutdown hook). */
    public void awaitShutdown() throws InterruptedException {
        synchronized (stopped) {
            while (!closed) {
                stopped.wait();
            }
        }
    }

    /** Stops the gateway and frees every env and shared-memory file. */
    @Override
    public void close() {
        synchronized (stopped) {
            if (closed) {
                return;
            }
            closed = true;
            stopped.notifyAll();
        }
        try {
            gateway.shutdown();
        } finally {
            service.closeAll();
        }
    }
}

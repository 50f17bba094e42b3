package org.jgym.bridge;

import java.io.IOException;
import java.io.InputStream;
import org.jgym.env.api.registry.Gym;

/**
 * Command-line entry of the bridge: {@code java -cp ... org.jgym.bridge.BridgeMain [--port P] [--exit-on-stdin-eof]}
 * prints one JSON line {@code {"host","port","token","pid"}} and serves until killed.
 *
 * <p>With {@code --exit-on-stdin-eof} (used by the Python package when it starts the JVM) the server stops as soon
 * as standard input closes, i.e. when the parent process exits, however it exits. The auth token can be given in
 * the environment variable {@code JGYM_BRIDGE_TOKEN} instead of being generated.
 */
public final class BridgeMain {
    private BridgeMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = 0;
        boolean watchStdin = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> {
                    if (i + 1 >= args.length) {
                        usage("--port needs a value");
                    }
                    port = parsePort(args[++i]);
                }
                case "--exit-on-stdin-eof" -> watchStdin = true;
                case "-h", "--help" -> {
                    System.out.println(USAGE);
                    return;
                }
                default -> usage("unknown argument '" + args[i] + "'");
            }
        }
        String token = System.getenv("JGYM_BRIDGE_TOKEN");
        BridgeServer server = token == null || token.isEmpty()
                ? BridgeServer.start(Gym.registry(), port)
                : BridgeServer.start(Gym.registry(), port, token);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "jgym-bridge-shutdown"));
        System.out.println(server.connectionJson());
        System.out.flush();
        if (watchStdin) {
            exitOnEof(System.in);
        }
        server.awaitShutdown();
    }

    /** Serves until {@code in} reaches end of file, then exits the JVM (the shutdown hook frees everything). */
    private static void exitOnEof(InputStream in) {
        Thread t = new Thread(() -> {
            try {
                byte[] buf = new byte[256];
                while (in.read(buf) >= 0) {
                    // the parent never writes; reading only detects that it is gone
                }
            } catch (IOException e) {
                // a broken pipe means the parent is gone too
            }
            System.exit(0);
        }, "jgym-bridge-parent-watch");
        t.setDaemon(true);
        t.start();
    }

    private static final String USAGE = "usage: BridgeMain [--port P] [--exit-on-stdin-eof]\n"
            + "  --port P              TCP port on 127.0.0.1 (default 0: any free port)\n"
            + "  --exit-on-stdin-eof   stop when standard input closes (the parent process exited)\n"
            + "Prints {\"host\",\"port\",\"token\",\"pid\"} as one JSON line; set JGYM_BRIDGE_TOKEN to choose the token.";

    private static int parsePort(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            usage("--port must be an integer in [0, 65535], got '" + text + "'");
            return -1;
        }
    }

    private static void usage(String problem) {
        System.err.println("jgym bridge: " + problem);
        System.err.println(USAGE);
        System.exit(2);
    }
}

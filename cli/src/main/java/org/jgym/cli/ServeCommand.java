package org.jgym.cli;

import java.util.concurrent.Callable;
import org.jgym.bridge.BridgeServer;
import org.jgym.env.api.JgymException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jgym serve}: the Py4J bridge for Python clients that connect by hand ({@code jgym.connect(port, token)}). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve jgym envs to Python over Py4J on 127.0.0.1 with an auth token; prints one JSON line "
                + "with host, port and token, then serves until interrupted.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "0", description = "TCP port on 127.0.0.1; 0 (default) picks a free one")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new JgymException("--port must be in [0, 65535], got " + port);
        }
        String token = System.getenv("JGYM_BRIDGE_TOKEN");
        BridgeServer server = token == null || token.isEmpty()
                ? BridgeServer.start(Registries.registry(), port)
                : BridgeServer.start(Registries.registry(), port, token);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "jgym-serve-shutdown"));
        System.out.println(server.connectionJson());
        System.out.flush();
        System.err.println("jgym: serving on 127.0.0.1:" + server.port()
                + "; in Python: jgym.connect(port, token) with the values above. Ctrl-C stops.");
        server.awaitShutdown();
        return 0;
    }
}

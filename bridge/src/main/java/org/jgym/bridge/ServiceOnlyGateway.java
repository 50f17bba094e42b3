package org.jgym.bridge;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.InetAddress;
import java.net.Socket;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.net.ServerSocketFactory;
import py4j.CallbackClient;
import py4j.Gateway;
import py4j.GatewayConnection;
import py4j.GatewayServer;
import py4j.GatewayServerListener;
import py4j.Protocol;
import py4j.Py4JException;
import py4j.Py4JServerConnection;
import py4j.ReturnObject;
import py4j.commands.AuthCommand;
import py4j.commands.CallCommand;
import py4j.commands.Command;
import py4j.commands.ExceptionCommand;
import py4j.commands.MemoryCommand;

/**
 * A Py4J gateway that lets clients call the public methods of the {@link BridgeService} and nothing else.
 *
 * <p>A plain Py4J gateway hands every client the whole JVM: {@code gateway.jvm.java.lang.Runtime} or
 * {@code service.getClass()} lead to arbitrary code. Here a connection keeps only three commands: calls (on the
 * service, restricted to its own public methods, and {@code toString}/{@code getMessage} on exceptions it threw),
 * deleting objects the client received (never the service), and exception stack traces. Reflection, JVM views,
 * constructors, fields, arrays, lists, help pages and the shutdown command answer "unknown command".
 */
final class ServiceOnlyGateway extends GatewayServer {
    /** Methods a client may call on exceptions Py4J hands it, to read their message. */
    private static final Set<String> EXCEPTION_METHODS = Set.of("toString", "getMessage");
    /** Py4J names the objects it hands out {@code o1, o2, ...}. */
    private static final String OBJECT_ID_PREFIX = "o";

    private final Set<String> serviceMethods;
    private final String token;

    ServiceOnlyGateway(BridgeService service, InetAddress address, int port, String token) {
        super(new Gateway(service, new CallbackClient(DEFAULT_PYTHON_PORT, address)), port, address,
                DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, null, ServerSocketFactory.getDefault());
        this.token = token;
        this.serviceMethods = Stream.of(BridgeService.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .map(Method::getName)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    protected Py4JServerConnection createConnection(Gateway gateway, Socket socket) throws IOException {
        GatewayConnection connection = new Connection(gateway, socket, token, getListeners(), serviceMethods);
        connection.startConnection();
        return connection;
    }

    /** A connection whose command table holds only the guarded commands (and authentication). */
    private static final class Connection extends GatewayConnection {
        Connection(Gateway gateway, Socket socket, String token, List<GatewayServerListener> listeners,
                Set<String> serviceMethods) throws IOException {
            super(gateway, socket, token, List.of(), listeners);
            commands.keySet().retainAll(Set.of(AuthCommand.COMMAND_NAME, ExceptionCommand.EXCEPTION_COMMAND_NAME));
            Command call = new GuardedCall(serviceMethods);
            call.init(gateway, this);
            commands.put(call.getCommandName(), call);
            Command memory = new GuardedMemory();
            memory.init(gateway, this);
            commands.put(memory.getCommandName(), memory);
        }
    }

    /** Calls only the service's public methods, and the message of exceptions. */
    private static final class GuardedCall extends CallCommand {
        private final Set<String> serviceMethods;

        GuardedCall(Set<String> serviceMethods) {
            this.serviceMethods = serviceMethods;
        }

        @Override
        public void execute(String commandName, BufferedReader reader, BufferedWriter writer)
                throws Py4JException, IOException {
            String target = reader.readLine();
            String method = reader.readLine();
            List<Object> arguments = getArguments(reader);
            ReturnObject result;
            if (allowed(target, method)) {
                result = invokeMethod(method, target, arguments);
            } else {
                result = ReturnObject.getErrorReturnObject(new Py4JException(
                        "the jgym bridge serves only its own service methods; '" + method + "' is not one"));
            }
            writer.write(Protocol.getOutputCommand(result));
            writer.flush();
        }

        private boolean allowed(String target, String method) {
            if (Protocol.ENTRY_POINT_OBJECT_ID.equals(target)) {
                return serviceMethods.contains(method);
            }
            if (target == null || target.startsWith(Protocol.STATIC_PREFIX)) {
                return false;
            }
            Object object = gateway.getObject(target);
            return object instanceof Throwable && EXCEPTION_METHODS.contains(method);
        }
    }

    /** Forgets objects the client received (exceptions); the service and the gateway itself stay. */
    private static final class GuardedMemory extends MemoryCommand {
        @Override
        public void execute(String commandName, BufferedReader reader, BufferedWriter writer) throws IOException {
            String sub = reader.readLine();
            String id = reader.readLine();
            reader.readLine(); // end of command
            if (MEMORY_DEL_SUB_COMMAND_NAME.equals(sub) && id != null && id.startsWith(OBJECT_ID_PREFIX)
                    && gateway.getObject(id) instanceof Throwable) {
                gateway.deleteObject(id);
            }
            writer.write(Protocol.getOutputVoidCommand());
            writer.flush();
        }
    }
}

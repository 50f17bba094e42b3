/**
 * Serves jgym environments to Python: a Py4J gateway on 127.0.0.1 with an auth token carries the control calls
 * ({@link org.jgym.bridge.BridgeService}), and memory-mapped files carry observations, actions, rewards and flags.
 * Start it with {@link org.jgym.bridge.BridgeServer#start} or {@link org.jgym.bridge.BridgeMain}.
 */
package org.jgym.bridge;

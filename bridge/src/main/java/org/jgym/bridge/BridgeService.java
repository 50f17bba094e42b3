package org.jgym.bridge;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.reflect.TypeToken;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgym.env.api.Env;
import org.jgym.env.api.InvalidKwargsException;
import org.jgym.env.api.Json;
import org.jgym.env.api.JgymException;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.agent.AgentSpec;
import org.jgym.env.api.registry.EnvSpec;
import org.jgym.env.api.registry.Registry;
import org.jgym.env.api.registry.TaskDistributionSpec;
import org.jgym.env.api.vector.AutoresetMode;

/**
 * The one object Python reaches through the Py4J gateway. Every method takes and returns only numbers and JSON
 * text; observations, actions, rewards and flags travel through the shared-memory regions of the sessions.
 *
 * <p>Errors are thrown as Java exceptions, which Py4J hands to Python with their message; a failing call leaves
 * the other sessions untouched. Every public method here is callable by any client holding the gateway token
 * ({@link ServiceOnlyGateway} allows nothing else), so methods that touch an env take the client's key.
 */
public final class BridgeService {
    /** Bumped when the protocol between this class and the Python package changes. */
    public static final int PROTOCOL_VERSION = 2;

    private final Registry registry;
    private final SessionTable sessions;

    /** A service over {@code registry}; dead clients are looked for every {@code reapIntervalMillis}. */
    public BridgeService(Registry registry, long reapIntervalMillis) {
        SharedRegion.sweepOrphans();
        this.registry = registry;
        this.sessions = new SessionTable(reapIntervalMillis);
    }

    public int protocolVersion() {
        return PROTOCOL_VERSION;
    }

    /** The JVM's process id, so that a client can tell a dead or stopped server from a slow one. */
    public long pid() {
        return ProcessHandle.current().pid();
    }

    /**
     * Registers the calling Python process; its envs are closed when it exits. Returns the client's secret key,
     * which every later call names: a client reaches only the envs it made.
     */
    public String openClient(long pid) {
        return sessions.openClient(pid);
    }

    /** Closes every env of the client (and nothing else: other clients of a shared server keep theirs). */
    public void closeClient(String client) {
        sessions.closeClient(client);
    }

    // ---- listings --------------------------------------------------------------------------------------------

    /** Every registered env as a JSON list of {@link EnvSpec#toJson()} objects (plus {@code origin}). */
    public String listEnvs() {
        JsonArray a = new JsonArray();
        for (EnvSpec s : registry.specs()) {
            JsonObject o = s.toJson();
            o.addProperty("origin", registry.origin(s.id()).location());
            a.add(o);
        }
        return a.toString();
    }

    /** Ids plugins know but cannot make now (e.g. Retro games without their ROM), as a JSON list of strings. */
    public String listUnavailableEnvs() {
        return Json.GSON.toJson(registry.unavailableIds());
    }

    /** One env's spec as JSON; unknown ids fail with the closest registered ids. */
    public String describeEnv(String id) {
        return registry.spec(id).toJson().toString();
    }

    public String listTaskDistributions() {
        JsonArray a = new JsonArray();
        for (TaskDistributionSpec s : registry.taskDistributionSpecs()) {
            JsonObject o = new JsonObject();
            o.addProperty("id", s.id());
            o.addProperty("description", s.description());
            a.add(o);
        }
        return a.toString();
    }

    public String listAgents() {
        JsonArray a = new JsonArray();
        for (AgentSpec s : registry.agentSpecs()) {
            JsonObject o = new JsonObject();
            o.addProperty("name", s.name());
            o.addProperty("description", s.description());
            o.add("envs", Json.GSON.toJsonTree(s.envNames().stream().sorted().toList()));
            a.add(o);
        }
        return a.toString();
    }

    /** {@code n} tasks of a registered distribution, drawn with {@code seed}, as a JSON list. */
    public String sampleTasksFrom(String distributionId, int n, long seed) {
        return Tasks.sample(registry.taskDistribution(distributionId), n, seed);
    }

    // ---- single envs -----------------------------------------------------------------------------------------

    /** Makes env {@code id} with kwargs given as a JSON object; returns its description with a {@code handle}. */
    public String makeEnv(String client, String id, String kwargsJson) {
        long pid = sessions.clientPid(client);
        Env<?, ?> env = registry.make(id, kwargs(kwargsJson));
        EnvSession s;
        try {
            s = new EnvSession(client, pid, env);
        } catch (RuntimeException e) {
            env.close();
            throw e;
        }
        return withHandle(s.description(), sessions.add(s));
    }

    /** Resets; {@code seeded} false continues the random stream. Returns the info as JSON, or null when empty. */
    public String reset(String client, long handle, long seed, boolean seeded, String optionsJson) {
        return env(client, handle).reset(seeded ? seed : null, options(optionsJson));
    }

    /** Steps with the action in shared memory; returns the info as JSON, or null when empty. */
    public String step(String client, long handle) {
        return env(client, handle).step();
    }

    /** Steps with an action given as JSON (inputs the shared-memory path cannot carry). */
    public String stepJson(String client, long handle, String actionJson) {
        return env(client, handle).stepJson(actionJson);
    }

    public String render(String client, long handle) {
        return env(client, handle).render();
    }

    public String sampleTasks(String client, long handle, int n, long seed) {
        return env(client, handle).sampleTasks(n, seed);
    }

    public void setTask(String client, long handle, String taskJson) {
        env(client, handle).setTask(taskJson);
    }

    public String task(String client, long handle) {
        return env(client, handle).task();
    }

    /** Closes an env or vector env of the client; closing twice does nothing. */
    public void close(String client, long handle) {
        sessions.close(client, handle);
    }

    // ---- the shared-memory doorbell of an env or vector env --------------------------------------------------

    /** Opens the FIFOs the client made next to the session's region: {@code <region>.wake} and {@code .ring}. */
    public void attachFifos(String client, long handle) {
        Session s = session(client, handle);
        String name = s.region().getFileName().toString().replaceFirst("\\.shm$", "");
        s.doorbell().attachFifos(s.region().resolveSibling(name + ".wake"), s.region().resolveSibling(name + ".ring"));
    }

    /** Wakes the session's serving thread, for clients that could not make FIFOs (it then parks briefly). */
    public void wake(String client, long handle) {
        session(client, handle).doorbell().wake();
    }

    /** Throws the exception of the last doorbell operation that failed, as if the call itself had failed. */
    public void raiseLastError(String client, long handle) {
        throw session(client, handle).doorbell().takeError();
    }

    /** The info of the last doorbell operation when it was too long for the region. */
    public String lastInfo(String client, long handle) {
        return session(client, handle).doorbell().takeInfo();
    }

    // ---- vector envs -----------------------------------------------------------------------------------------

    /**
     * Makes {@code n} copies stepped together, on {@code threads} threads (1: in the calling thread), with the
     * autoreset mode {@code NEXT_STEP}, {@code SAME_STEP} or {@code DISABLED}.
     */
    public String makeVec(String client, String id, int n, String kwargsJson, int threads, String autoresetMode) {
        long pid = sessions.clientPid(client);
        AutoresetMode mode = autoresetMode(autoresetMode);
        var vec = registry.makeVec(id, n, kwargs(kwargsJson), threads);
        VectorSession s;
        try {
            s = new VectorSession(client, pid, vec, mode);
        } catch (RuntimeException e) {
            vec.close();
            throw e;
        }
        return withHandle(s.description(), sessions.add(s));
    }

    public String vecReset(String client, long handle, long seed, boolean seeded, String optionsJson) {
        return vec(client, handle).reset(seeded ? seed : null, options(optionsJson));
    }

    /** Resets with one seed per copy, given as a JSON list of integers or nulls. */
    public String vecResetSeeds(String client, long handle, String seedsJson, String optionsJson) {
        Long[] seeds = Json.GSON.fromJson(Json.parse(seedsJson, "seeds"), Long[].class);
        return vec(client, handle).reset(seeds, options(optionsJson), null);
    }

    public String vecStep(String client, long handle) {
        return vec(client, handle).step();
    }

    public String vecStepJson(String client, long handle, String actionsJson) {
        return vec(client, handle).stepJson(actionsJson);
    }

    /** Every copy's frame as a JSON list. */
    public String vecRender(String client, long handle) {
        return vec(client, handle).render();
    }

    public void vecSetTask(String client, long handle, int index, String taskJson) {
        vec(client, handle).setTask(index, taskJson);
    }

    public String vecTask(String client, long handle, int index) {
        return vec(client, handle).task(index);
    }

    public String vecSampleTasks(String client, long handle, int n, long seed) {
        return vec(client, handle).sampleTasks(n, seed);
    }

    // ---- diagnostics -----------------------------------------------------------------------------------------

    /** Open handles, clients and live JVM threads, to check for leaks. */
    public String stats() {
        JsonObject o = new JsonObject();
        o.addProperty("handles", sessions.size());
        o.addProperty("clients", sessions.clientCount());
        o.addProperty("threads", Thread.activeCount());
        o.addProperty("shm_dir", SharedRegion.directory().toString());
        return o.toString();
    }

    /**
     * A rollout run entirely in Java, to check the bridge against: env {@code id} reset with {@code seed}, then
     * {@code steps} actions sampled from its action space seeded with {@code actionSeed}, resetting (unseeded)
     * after each episode. Returns the actions, observations, rewards and flags as JSON lists.
     */
    @SuppressWarnings("unchecked")
    public String referenceRollout(String id, String kwargsJson, long seed, int steps, long actionSeed) {
        try (Env<Object, Object> env = registry.make(id, kwargs(kwargsJson))) {
            env.actionSpace().seed(actionSeed);
            JsonArray actions = new JsonArray();
            JsonArray observations = new JsonArray();
            JsonArray rewards = new JsonArray();
            JsonArray terminated = new JsonArray();
            JsonArray truncated = new JsonArray();
            observations.add(Json.GSON.toJsonTree(env.reset(seed).observation()));
            for (int t = 0; t < steps; t++) {
                Object a = env.actionSpace().sample();
                StepResult<Object> r = env.step(a);
                actions.add(Json.GSON.toJsonTree(a));
                observations.add(Json.GSON.toJsonTree(r.observation()));
                rewards.add(r.reward());
                terminated.add(r.terminated());
                truncated.add(r.truncated());
                if (r.done()) {
                    observations.add(Json.GSON.toJsonTree(env.reset().observation()));
                }
            }
            JsonObject o = new JsonObject();
            o.add("actions", actions);
            o.add("observations", observations);
            o.add("rewards", rewards);
            o.add("terminated", terminated);
            o.add("truncated", truncated);
            return o.toString();
        }
    }

    /**
     * Nanoseconds per step of env {@code id} stepped in Java alone (actions drawn before timing, resets after each
     * episode included), to tell the bridge's overhead from the env's own cost.
     */
    @SuppressWarnings("unchecked")
    public double javaStepNanos(String id, String kwargsJson, int steps, long seed) {
        try (Env<Object, Object> env = registry.make(id, kwargs(kwargsJson))) {
            env.actionSpace().seed(seed);
            Object[] actions = new Object[256];
            for (int i = 0; i < actions.length; i++) {
                actions[i] = env.actionSpace().sample();
            }
            env.reset(seed);
            long start = System.nanoTime();
            for (int t = 0; t < steps; t++) {
                if (env.step(actions[t & 255]).done()) {
                    env.reset();
                }
            }
            return (System.nanoTime() - start) / (double) Math.max(steps, 1);
        }
    }

    /** Closes every session (package-private: clients cannot call it, the server does at shutdown). */
    void closeAll() {
        sessions.close();
    }

    private EnvSession env(String client, long handle) {
        return sessions.get(client, handle, EnvSession.class);
    }

    private VectorSession vec(String client, long handle) {
        return sessions.get(client, handle, VectorSession.class);
    }

    private Session session(String client, long handle) {
        return sessions.get(client, handle, Session.class);
    }

    private static AutoresetMode autoresetMode(String name) {
        for (AutoresetMode m : AutoresetMode.values()) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        throw new InvalidKwargsException("autoreset_mode must be one of NEXT_STEP, SAME_STEP, DISABLED, got " + name);
    }

    private static String withHandle(String description, long handle) {
        JsonObject o = Json.parse(description, "description").getAsJsonObject();
        o.addProperty("handle", handle);
        return o.toString();
    }

    /** Kwargs from a JSON object; numbers arrive as Double and are converted by the env's declared params. */
    static Map<String, Object> kwargs(String json) {
        return Registry.kwargsFromJson(json);
    }

    private static Map<String, Object> options(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        JsonElement e = Json.parse(json, "reset options");
        if (!e.isJsonObject()) {
            throw new JgymException("reset options must be a JSON object, got " + json);
        }
        return Json.GSON.fromJson(e, new TypeToken<LinkedHashMap<String, Object>>() { }.getType());
    }
}

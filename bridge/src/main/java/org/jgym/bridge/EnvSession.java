package org.jgym.bridge;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.ByteBuffer;
import java.util.Map;
import org.jgym.env.api.Env;
import org.jgym.env.api.Json;
import org.jgym.env.api.JgymException;
import org.jgym.env.api.ResetResult;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.task.TaskEnvs;

/**
 * One env served to Python. Its shared region holds the {@link Doorbell} header (with the reward float64 at 88 and
 * the terminated and truncated bytes at 96 and 97), then the observation slot, the action slot and the info area;
 * Python writes the action, rings, and reads the rest.
 */
final class EnvSession extends Session {
    static final int REWARD = 88;
    static final int TERMINATED = 96;
    static final int TRUNCATED = 97;

    private final Env<Object, Object> env;
    private final SharedRegion region;
    private final ByteBuffer header;
    private final SpaceCodec observation;
    private final SpaceCodec action;
    private final String description;
    private Object actionBuffer;
    private final FrameExport frames;
    private boolean closed;

    @SuppressWarnings("unchecked")
    EnvSession(String client, long clientPid, Env<?, ?> env) {
        super(client);
        this.env = (Env<Object, Object>) env;
        int obsBytes = SpaceCodec.sizeOf(env.observationSpace());
        int actBytes = SpaceCodec.sizeOf(env.actionSpace());
        int infoAt = Doorbell.HEADER + obsBytes + actBytes;
        this.region = SharedRegion.create("env", clientPid, infoAt + Doorbell.INFO_BYTES);
        try {
            this.header = region.buffer();
            this.observation = SpaceCodec.create(env.observationSpace(), header, Doorbell.HEADER);
            this.action = SpaceCodec.create(env.actionSpace(), header, Doorbell.HEADER + obsBytes);
        } catch (RuntimeException e) {
            region.close();
            throw e;
        }
        this.frames = new FrameExport(clientPid);
        this.description = describe(infoAt).toString();
        serve(region, infoAt, this::handle);
    }

    private String handle(int op) {
        if (op == Doorbell.OP_STEP) {
            return step();
        }
        if (op == Doorbell.OP_RESET) {
            boolean seeded = header.getInt(Doorbell.SEED_MODE) == Doorbell.SEED_ONE;
            return reset(seeded ? header.getLong(Doorbell.SEED) : null, Map.of());
        }
        throw new JgymException("unknown doorbell operation " + op);
    }

    /** Spaces, metadata, spec and the shared-memory layout, for the Python side. */
    String description() {
        return description;
    }

    private JsonObject describe(int infoAt) {
        JsonObject o = new JsonObject();
        o.add("observation_space", env.observationSpace().toJson());
        o.add("action_space", env.actionSpace().toJson());
        JsonObject meta = new JsonObject();
        JsonArray modes = new JsonArray();
        env.metadata().renderModes().forEach(modes::add);
        meta.add("render_modes", modes);
        meta.addProperty("render_fps", env.metadata().renderFps());
        o.add("metadata", meta);
        o.addProperty("render_mode", env.renderMode());
        o.add("spec", env.spec() == null ? null : env.spec().toJson());
        o.addProperty("has_tasks", TaskEnvs.isTaskEnv(env));
        JsonObject shm = new JsonObject();
        shm.addProperty("path", region.path().toString());
        shm.addProperty("size", region.size());
        shm.addProperty("reward", REWARD);
        shm.addProperty("terminated", TERMINATED);
        shm.addProperty("truncated", TRUNCATED);
        shm.add("observation", observation.layoutJson());
        shm.add("action", action.layoutJson());
        shm.addProperty("info", infoAt);
        shm.addProperty("info_bytes", Doorbell.INFO_BYTES);
        o.add("shm", shm);
        return o;
    }

    /** Resets; the observation goes to shared memory, the info comes back as JSON (null when empty). */
    synchronized String reset(Long seed, Map<String, Object> options) {
        ResetResult<Object> r = env.reset(seed, options);
        observation.write(r.observation());
        header.put(TERMINATED, (byte) 0);
        header.put(TRUNCATED, (byte) 0);
        header.putDouble(REWARD, 0);
        return InfoJson.of(r.info());
    }

    /** Steps with the action Python wrote into the action slot. */
    synchronized String step() {
        actionBuffer = action.read(actionBuffer);
        return apply(actionBuffer);
    }

    /** Steps with an action sent as JSON (the slow path of unusual inputs; see {@link JsonActions}). */
    synchronized String stepJson(String actionJson) {
        JsonElement json = Json.parse(actionJson, "action");
        return apply(JsonActions.decode(env.actionSpace(), json));
    }

    private String apply(Object a) {
        StepResult<Object> r = env.step(a);
        observation.write(r.observation());
        header.putDouble(REWARD, r.reward());
        header.put(TERMINATED, (byte) (r.terminated() ? 1 : 0));
        header.put(TRUNCATED, (byte) (r.truncated() ? 1 : 0));
        return InfoJson.of(r.info());
    }

    /** Renders; see {@link FrameExport} for the JSON. */
    synchronized String render() {
        JsonObject o = frames.export(env.render());
        return o == null ? null : o.toString();
    }

    synchronized String sampleTasks(int n, long seed) {
        return Tasks.sample(env, n, seed);
    }

    synchronized void setTask(String taskJson) {
        Tasks.set(env, taskJson);
    }

    synchronized String task() {
        return Tasks.current(env);
    }

    @Override
    public void close() {
        doorbell().close();
        closeEnv();
    }

    private synchronized void closeEnv() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            env.close();
        } finally {
            region.close();
            frames.close();
        }
    }
}

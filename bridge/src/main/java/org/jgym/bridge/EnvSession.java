package org.jgym.bridge;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.ByteBuffer;
import java.util.Map;
import org.jgym.env.api.AnsiFrame;
import org.jgym.env.api.Env;
import org.jgym.env.api.Frame;
import org.jgym.env.api.Json;
import org.jgym.env.api.ResetResult;
import org.jgym.env.api.RgbFrame;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.task.TaskEnvs;

/**
 * One env served to Python. Its shared region holds a 64-byte header (reward float64 at 8, terminated and
 * truncated bytes at 16 and 17), then the observation slot, then the action slot; Python writes the action, calls
 * {@link #step()}, and reads the rest.
 */
final class EnvSession implements Session {
    static final int REWARD = 8;
    static final int TERMINATED = 16;
    static final int TRUNCATED = 17;
    static final int HEADER = 64;

    private final long client;
    private final Env<Object, Object> env;
    private final SharedRegion region;
    private final ByteBuffer header;
    private final SpaceCodec observation;
    private final SpaceCodec action;
    private final String description;
    private Object actionBuffer;
    private SharedRegion frames;
    private boolean closed;

    @SuppressWarnings("unchecked")
    EnvSession(long client, Env<?, ?> env) {
        this.client = client;
        this.env = (Env<Object, Object>) env;
        int obsBytes = SpaceCodec.sizeOf(env.observationSpace());
        int actBytes = SpaceCodec.sizeOf(env.actionSpace());
        this.region = SharedRegion.create("env", HEADER + obsBytes + actBytes);
        try {
            this.header = region.buffer();
            this.observation = SpaceCodec.create(env.observationSpace(), header, HEADER);
            this.action = SpaceCodec.create(env.actionSpace(), header, HEADER + obsBytes);
        } catch (RuntimeException e) {
            region.close();
            throw e;
        }
        this.description = describe().toString();
    }

    @Override
    public long client() {
        return client;
    }

    /** Spaces, metadata, spec and the shared-memory layout, for the Python side. */
    String description() {
        return description;
    }

    private JsonObject describe() {
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

    /**
     * Renders: an rgb frame goes to a second shared file, described as
     * {@code {"type":"rgb","height":h,"width":w,"path":p}}; ansi text comes back inline; null without render mode.
     */
    synchronized String render() {
        Frame f = env.render();
        JsonObject o = new JsonObject();
        if (f == null) {
            return null;
        } else if (f instanceof AnsiFrame a) {
            o.addProperty("type", "ansi");
            o.addProperty("text", a.text());
        } else if (f instanceof RgbFrame rgb) {
            int bytes = rgb.rgb().length;
            if (frames == null || frames.size() != bytes) {
                if (frames != null) {
                    frames.close();
                }
                frames = SharedRegion.create("frame", bytes);
            }
            frames.buffer().put(0, rgb.rgb());
            o.addProperty("type", "rgb");
            o.addProperty("height", rgb.height());
            o.addProperty("width", rgb.width());
            o.addProperty("path", frames.path().toString());
        }
        return o.toString();
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
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            env.close();
        } finally {
            region.close();
            if (frames != null) {
                frames.close();
            }
        }
    }
}

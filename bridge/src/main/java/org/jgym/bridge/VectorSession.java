package org.jgym.bridge;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.util.Map;
import org.jgym.env.api.Env;
import org.jgym.env.api.Json;
import org.jgym.env.api.JgymException;
import org.jgym.env.api.task.TaskEnvs;
import org.jgym.env.api.vector.AutoresetMode;
import org.jgym.env.api.vector.VectorEnv;
import org.jgym.env.api.vector.VectorResult;

/**
 * A vector env served to Python: every copy steps in one call. Shared region: the {@link Doorbell} header, rewards
 * (float64[n]), terminated, truncated and autoreset flags (uint8[n] each), per-copy reset seeds (int64[n]) with
 * their seeded flags and the reset mask (uint8[n] each), batched observations, batched actions, the info area.
 */
final class VectorSession extends Session {
    private final VectorEnv<Object, Object> vec;
    private final int n;
    private final SharedRegion region;
    private final ByteBuffer buffer;
    private final DoubleBuffer rewards;
    private final int terminatedAt;
    private final int truncatedAt;
    private final int autoresetAt;
    private final int seedsAt;
    private final int seededAt;
    private final int maskAt;
    private final int hasFinalAt;
    private final SpaceCodec observations;
    private final SpaceCodec finalObservations;
    private final SpaceCodec actions;
    private final Object actionBatch;
    private final String description;
    private final FrameExport[] frames;
    private boolean closed;

    @SuppressWarnings("unchecked")
    VectorSession(String client, long clientPid, VectorEnv<?, ?> vec, AutoresetMode mode) {
        super(client);
        this.vec = (VectorEnv<Object, Object>) vec;
        this.n = vec.numEnvs();
        vec.setAutoresetMode(mode);
        boolean sameStep = mode == AutoresetMode.SAME_STEP;
        int rewardsAt = Doorbell.HEADER;
        this.terminatedAt = rewardsAt + SpaceCodec.align(8 * n);
        this.truncatedAt = terminatedAt + SpaceCodec.align(n);
        this.autoresetAt = truncatedAt + SpaceCodec.align(n);
        this.seedsAt = autoresetAt + SpaceCodec.align(n);
        this.seededAt = seedsAt + SpaceCodec.align(8 * n);
        this.maskAt = seededAt + SpaceCodec.align(n);
        this.hasFinalAt = maskAt + SpaceCodec.align(n);
        int obsAt = hasFinalAt + SpaceCodec.align(n);
        int actAt = obsAt + SpaceCodec.sizeOf(vec.observationSpace());
        int finalAt = actAt + SpaceCodec.sizeOf(vec.actionSpace());
        int infoAt = finalAt + (sameStep ? SpaceCodec.sizeOf(vec.observationSpace()) : 0);
        this.region = SharedRegion.create("vec", clientPid, infoAt + Doorbell.INFO_BYTES);
        try {
            this.buffer = region.buffer();
            this.rewards = buffer.slice(rewardsAt, 8 * n).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer();
            this.observations = SpaceCodec.create(vec.observationSpace(), buffer, obsAt);
            this.actions = SpaceCodec.create(vec.actionSpace(), buffer, actAt);
            this.finalObservations = sameStep ? SpaceCodec.create(vec.observationSpace(), buffer, finalAt) : null;
            this.actionBatch = vec.singleActionSpace().newBatch(n);
        } catch (RuntimeException e) {
            region.close();
            throw e;
        }
        JsonObject o = new JsonObject();
        o.addProperty("num_envs", n);
        o.addProperty("autoreset_mode", mode.name());
        o.add("single_observation_space", vec.singleObservationSpace().toJson());
        o.add("single_action_space", vec.singleActionSpace().toJson());
        Env<?, ?> first = vec.env(0);
        o.add("spec", first.spec() == null ? null : first.spec().toJson());
        o.addProperty("has_tasks", TaskEnvs.isTaskEnv(first));
        o.addProperty("render_mode", first.renderMode());
        o.addProperty("render_fps", first.metadata().renderFps());
        JsonObject shm = new JsonObject();
        shm.addProperty("path", region.path().toString());
        shm.addProperty("size", region.size());
        shm.addProperty("rewards", rewardsAt);
        shm.addProperty("terminated", terminatedAt);
        shm.addProperty("truncated", truncatedAt);
        shm.addProperty("autoreset", autoresetAt);
        shm.addProperty("seeds", seedsAt);
        shm.addProperty("seeded", seededAt);
        shm.addProperty("mask", maskAt);
        shm.addProperty("has_final", hasFinalAt);
        if (sameStep) {
            shm.add("final_observation", finalObservations.layoutJson());
        }
        shm.addProperty("info", infoAt);
        shm.addProperty("info_bytes", Doorbell.INFO_BYTES);
        shm.add("observation", observations.layoutJson());
        shm.add("action", actions.layoutJson());
        o.add("shm", shm);
        this.description = o.toString();
        this.frames = new FrameExport[n];
        for (int i = 0; i < n; i++) {
            frames[i] = new FrameExport(clientPid);
        }
        serve(region, infoAt, this::handle);
    }

    private String handle(int op) {
        if (op == Doorbell.OP_STEP) {
            return step();
        }
        if (op != Doorbell.OP_RESET) {
            throw new JgymException("unknown doorbell operation " + op);
        }
        boolean[] mask = null;
        if (buffer.getInt(Doorbell.RESET_MASKED) != 0) {
            mask = new boolean[n];
            for (int i = 0; i < n; i++) {
                mask[i] = buffer.get(maskAt + i) != 0;
            }
        }
        Long[] seeds = switch (buffer.getInt(Doorbell.SEED_MODE)) {
            case Doorbell.SEED_ONE -> consecutive(buffer.getLong(Doorbell.SEED));
            case Doorbell.SEED_PER_COPY -> seedsFromRegion();
            default -> null;
        };
        return reset(seeds, Map.of(), mask);
    }

    private Long[] consecutive(long seed) {
        Long[] seeds = new Long[n];
        for (int i = 0; i < n; i++) {
            seeds[i] = seed + i;
        }
        return seeds;
    }

    private Long[] seedsFromRegion() {
        Long[] seeds = new Long[n];
        for (int i = 0; i < n; i++) {
            seeds[i] = buffer.get(seededAt + i) != 0 ? buffer.getLong(seedsAt + 8 * i) : null;
        }
        return seeds;
    }

    String description() {
        return description;
    }

    /** Resets every copy (copy i seeded {@code seed + i} when a seed is given); infos as a JSON list or null. */
    synchronized String reset(Long seed, Map<String, Object> options) {
        return infos(publish(vec.reset(seed, options)));
    }

    /**
     * Resets the copies in {@code mask} (all when null), copy i with {@code seeds[i]} (null: continue its stream),
     * as Gymnasium's {@code reset(seed=[...], options={"reset_mask": mask})}.
     */
    synchronized String reset(Long[] seeds, Map<String, Object> options, boolean[] mask) {
        return infos(publish(vec.reset(seeds, options, mask)));
    }

    /** Steps every copy with the batch Python wrote into the action slot; next-step autoreset as in Gymnasium. */
    synchronized String step() {
        actions.read(actionBatch);
        return apply(actionBatch);
    }

    /** Steps with a batch of actions sent as JSON (the slow path; see {@link JsonActions}). */
    synchronized String stepJson(String actionsJson) {
        JsonElement json = Json.parse(actionsJson, "actions");
        return apply(JsonActions.decode(vec.actionSpace(), json));
    }

    private String apply(Object batch) {
        return infos(publish(vec.step(batch)));
    }

    /**
     * The infos as JSON: a list (or null when all are empty); with same-step autoreset and copies that ended, an
     * object {@code {"infos": [...], "final_infos": [...]}} whose final infos are null for the other copies.
     */
    private String infos(VectorResult<Object> r) {
        if (finalObservations == null || !anyTrue(r.hasFinal())) {
            return InfoJson.ofAll(r.infos());
        }
        JsonArray finals = new JsonArray();
        for (int i = 0; i < n; i++) {
            finals.add(r.hasFinal()[i] ? Json.GSON.toJsonTree(r.finalInfos().get(i)) : JsonNull.INSTANCE);
        }
        JsonObject o = new JsonObject();
        o.add("infos", Json.GSON.toJsonTree(r.infos()));
        o.add("final_infos", finals);
        return o.toString();
    }

    private static boolean anyTrue(boolean[] flags) {
        for (boolean f : flags) {
            if (f) {
                return true;
            }
        }
        return false;
    }

    private VectorResult<Object> publish(VectorResult<Object> r) {
        observations.write(r.observations());
        rewards.put(0, r.rewards(), 0, n);
        boolean[] term = r.terminated();
        boolean[] trunc = r.truncated();
        boolean[] auto = r.autoreset();
        for (int i = 0; i < n; i++) {
            buffer.put(terminatedAt + i, (byte) (term[i] ? 1 : 0));
            buffer.put(truncatedAt + i, (byte) (trunc[i] ? 1 : 0));
            buffer.put(autoresetAt + i, (byte) (auto[i] ? 1 : 0));
        }
        if (finalObservations != null) {
            boolean[] hasFinal = r.hasFinal();
            for (int i = 0; i < n; i++) {
                buffer.put(hasFinalAt + i, (byte) (hasFinal[i] ? 1 : 0));
            }
            finalObservations.write(r.finalObservations());
        }
        return r;
    }

    synchronized void setTask(int index, String taskJson) {
        try {
            vec.setTask(index, Json.parse(taskJson, "task"));
        } catch (JgymException e) {
            throw Tasks.shortened(e);
        }
    }

    synchronized String sampleTasks(int count, long seed) {
        return Tasks.sample(vec.env(0), count, seed);
    }

    synchronized String task(int index) {
        if (index < 0 || index >= n) {
            throw new IndexOutOfBoundsException("copy index " + index + " is outside [0, " + (n - 1) + "]");
        }
        return Tasks.current(vec.env(index));
    }

    /** Renders every copy: a JSON list of {@link FrameExport} frames (null entries without a render mode). */
    synchronized String render() {
        JsonArray a = new JsonArray();
        for (int i = 0; i < n; i++) {
            a.add(frames[i].export(vec.env(i).render()));
        }
        return a.toString();
    }

    @Override
    public void close() {
        doorbell().close();
        closeEnvs();
    }

    private synchronized void closeEnvs() {
        if (!closed) {
            closed = true;
            try {
                vec.close();
            } finally {
                region.close();
                for (FrameExport f : frames) {
                    f.close();
                }
            }
        }
    }
}

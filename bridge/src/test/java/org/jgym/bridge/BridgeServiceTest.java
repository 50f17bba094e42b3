package org.jgym.bridge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.jgym.bridge.testenvs.BridgeTestEnvs;
import org.jgym.env.api.Env;
import org.jgym.env.api.InvalidActionException;
import org.jgym.env.api.Json;
import org.jgym.env.api.JgymException;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.UnknownIdException;
import org.jgym.env.api.registry.Registry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The service used the way Python uses it: actions written into the mapped file, results read back from it. */
class BridgeServiceTest {
    private final Registry registry = Registry.load(getClass().getClassLoader());
    private final BridgeService service = new BridgeService(registry, 60_000);
    private final String client = service.openClient(ProcessHandle.current().pid());

    @AfterEach
    void close() {
        service.closeAll();
    }

    @Test
    void stepThroughSharedMemoryMatchesTheEnvStepppedDirectly() throws IOException {
        PointGoal made = pointGoal("{}");
        long handle = made.handle();
        MappedByteBuffer mem = made.mem();
        int obsAt = made.obsAt();
        int actAt = made.actAt();

        Env<float[], float[]> direct = registry.make(BridgeTestEnvs.POINT_GOAL);
        float[] expected = direct.reset(7).observation().clone();
        service.reset(client, handle, 7, true, null);
        assertArrayEquals(expected, floats(mem, obsAt, 4));
        for (int t = 0; t < 5; t++) {
            float[] action = {0.05f, -0.03f};
            StepResult<float[]> r = direct.step(action);
            mem.putFloat(actAt, action[0]).putFloat(actAt + 4, action[1]);
            String info = service.step(client, handle);
            assertArrayEquals(r.observation(), floats(mem, obsAt, 4));
            assertEquals(r.reward(), mem.getDouble(EnvSession.REWARD));
            assertEquals(r.info().get("distance"), Json.parse(info, "info").getAsJsonObject().get("distance").getAsDouble());
        }
        direct.close();
    }

    @Test
    void theDoorbellStepsWithoutAnyCallAndReportsErrorsThroughTheService() throws IOException {
        PointGoal made = pointGoal("{\"fail_at_step\":3}");
        long handle = made.handle();
        MappedByteBuffer mem = made.mem();
        int obsAt = made.obsAt();
        int actAt = made.actAt();
        Env<float[], float[]> direct = registry.make(BridgeTestEnvs.POINT_GOAL);
        float[] expected = direct.reset(5).observation().clone();
        mem.putInt(Doorbell.SEED_MODE, Doorbell.SEED_ONE).putLong(Doorbell.SEED, 5);
        ring(mem, Doorbell.OP_RESET, 1);
        assertArrayEquals(expected, floats(mem, obsAt, 4));
        for (long seq = 2; seq <= 3; seq++) {
            StepResult<float[]> r = direct.step(new float[] {0.02f, 0.01f});
            mem.putFloat(actAt, 0.02f).putFloat(actAt + 4, 0.01f);
            ring(mem, Doorbell.OP_STEP, seq);
            assertEquals(Doorbell.STATUS_OK, mem.getInt(Doorbell.STATUS));
            assertArrayEquals(r.observation(), floats(mem, obsAt, 4));
            assertEquals(r.reward(), mem.getDouble(EnvSession.REWARD));
        }
        ring(mem, Doorbell.OP_STEP, 4); // the env fails on purpose at step 3
        assertEquals(Doorbell.STATUS_FAILED, mem.getInt(Doorbell.STATUS));
        RuntimeException e = assertThrows(IllegalStateException.class, () -> service.raiseLastError(client, handle));
        assertTrue(e.toString().contains("failed on purpose"), e.toString());
        direct.close();
    }

    /** Rings like Python does and spins for the answer (at most 10 s). */
    private static void ring(MappedByteBuffer mem, int op, long seq) {
        mem.putInt(Doorbell.OP, op);
        mem.putLong(Doorbell.REQUEST, seq);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (mem.getLong(Doorbell.RESPONSE) != seq) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no answer to request " + seq);
            }
            Thread.onSpinWait();
        }
    }

    @Test
    void badInputFailsWithJavaMessagesAndTheEnvKeepsWorking() throws IOException {
        JsonObject d = Json.parse(service.makeEnv(client, BridgeTestEnvs.POINT_GOAL, "{}"), "d").getAsJsonObject();
        long handle = d.get("handle").getAsLong();
        service.reset(client, handle, 1, true, null);
        JgymException outside = assertThrows(InvalidActionException.class,
                () -> service.stepJson(client, handle, "{\"shape\":[2],\"data\":[5.0,0.0]}"));
        assertTrue(outside.getMessage().contains("outside"), outside.getMessage());
        JgymException shape = assertThrows(InvalidActionException.class,
                () -> service.stepJson(client, handle, "{\"shape\":[3],\"data\":[0,0,0]}"));
        assertTrue(shape.getMessage().contains("wrong shape [3]"), shape.getMessage());
        assertTrue(assertThrows(UnknownIdException.class, () -> service.makeEnv(client, "BridgeTest/PointGoal-v9", "{}"))
                .getMessage().contains("BridgeTest/PointGoal-v0"));
        assertTrue(assertThrows(JgymException.class, () -> service.step(client, 999)).getMessage().contains("handle 999"));
        service.stepJson(client, handle, "{\"shape\":[2],\"data\":[0.01,0.01]}");
    }

    @Test
    void closeFreesTheHandleAndDeletesTheFileAndIsIdempotent() {
        JsonObject d = Json.parse(service.makeEnv(client, BridgeTestEnvs.SPACES, "{}"), "d").getAsJsonObject();
        long handle = d.get("handle").getAsLong();
        Path file = Path.of(d.getAsJsonObject("shm").get("path").getAsString());
        assertTrue(Files.exists(file));
        service.close(client, handle);
        service.close(client, handle);
        assertFalse(Files.exists(file));
        assertEquals(0, Json.parse(service.stats(), "stats").getAsJsonObject().get("handles").getAsInt());
    }

    @Test
    void vectorEnvAutoresetsOnTheStepAfterAnEpisodeEnds() throws IOException {
        JsonObject d = Json.parse(service.makeVec(client, BridgeTestEnvs.SPACES, 3, "{}", 1, "NEXT_STEP"), "d").getAsJsonObject();
        long handle = d.get("handle").getAsLong();
        JsonObject shm = d.getAsJsonObject("shm");
        MappedByteBuffer mem = map(Path.of(shm.get("path").getAsString()));
        int actAt = shm.getAsJsonArray("action").get(0).getAsJsonObject().get("offset").getAsInt();
        int terminated = shm.get("terminated").getAsInt();
        int rewards = shm.get("rewards").getAsInt();
        assertNull(service.vecReset(client, handle, 3, true, null));
        for (int i = 0; i < 3; i++) {
            mem.putInt(actAt + 4 * i, 1);
        }
        for (int t = 1; t <= 10; t++) {
            service.vecStep(client, handle);
            assertEquals(t == 10 ? 1 : 0, mem.get(terminated));
        }
        service.vecStep(client, handle);
        assertEquals(0, mem.get(terminated));
        assertEquals(0.0, mem.getDouble(rewards));
        assertEquals(1, mem.get(shm.get("autoreset").getAsInt()));
    }

    @Test
    void clientCloseFreesItsSessions() {
        service.makeEnv(client, BridgeTestEnvs.POINT_GOAL, "{}");
        service.makeVec(client, BridgeTestEnvs.POINT_GOAL, 2, "{}", 2, "NEXT_STEP");
        service.closeClient(client);
        assertEquals(0, Json.parse(service.stats(), "stats").getAsJsonObject().get("handles").getAsInt());
        assertThrows(JgymException.class, () -> service.makeEnv(client, BridgeTestEnvs.POINT_GOAL, "{}"));
    }

    @Test
    void serverListensOnLoopbackWithAToken() {
        try (BridgeServer server = BridgeServer.start(registry, 0)) {
            JsonObject c = Json.parse(server.connectionJson(), "c").getAsJsonObject();
            assertTrue(c.get("port").getAsInt() > 0);
            assertEquals("127.0.0.1", c.get("host").getAsString());
            assertEquals(32, c.get("token").getAsString().length());
        }
        assertThrows(IllegalArgumentException.class, () -> BridgeServer.start(registry, 0, "short"));
        assertEquals(Map.of(), BridgeService.kwargs(""));
    }

    /** A PointGoal env made through the service, with its region mapped as Python maps it. */
    private record PointGoal(long handle, MappedByteBuffer mem, int obsAt, int actAt) {
    }

    private PointGoal pointGoal(String kwargs) throws IOException {
        JsonObject d = Json.parse(service.makeEnv(client, BridgeTestEnvs.POINT_GOAL, kwargs), "d").getAsJsonObject();
        JsonObject shm = d.getAsJsonObject("shm");
        return new PointGoal(d.get("handle").getAsLong(), map(Path.of(shm.get("path").getAsString())),
                shm.getAsJsonArray("observation").get(0).getAsJsonObject().get("offset").getAsInt(),
                shm.getAsJsonArray("action").get(0).getAsJsonObject().get("offset").getAsInt());
    }

    private static MappedByteBuffer map(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            MappedByteBuffer b = ch.map(FileChannel.MapMode.READ_WRITE, 0, ch.size());
            b.order(ByteOrder.LITTLE_ENDIAN);
            return b;
        }
    }

    private static float[] floats(MappedByteBuffer mem, int at, int n) {
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = mem.getFloat(at + 4 * i);
        }
        return out;
    }
}

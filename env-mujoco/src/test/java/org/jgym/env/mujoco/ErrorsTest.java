package org.jgym.env.mujoco;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jgym.env.api.Env;
import org.jgym.env.api.InvalidKwargsException;
import org.jgym.env.api.JgymException;
import org.jgym.env.api.ResetNeededException;
import org.jgym.env.api.registry.Gym;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MuJoCo errors become exceptions naming the env and the message; the JVM keeps serving afterwards. */
class ErrorsTest {
    @TempDir
    Path dir;

    @AfterEach
    void jvmStillServes() {
        try (Env<double[], float[]> env = Gym.make("HalfCheetah-v5")) {
            env.reset(0);
            assertEquals(17, env.step(new float[6]).observation().length);
        }
        assertTrue(Files.notExists(Paths.get("MUJOCO_LOG.TXT")), "MuJoCo wrote a log into the working directory");
    }

    @Test
    void malformedXml() throws Exception {
        Path xml = dir.resolve("broken.xml");
        Files.writeString(xml, "<mujoco><worldbody><body name='a'><geom type='sphere'</body></worldbody></mujoco>");
        MujocoException e = assertThrows(MujocoException.class,
                () -> Gym.make("HalfCheetah-v5", Map.of("xml_file", xml.toString())));
        assertTrue(e.getMessage().startsWith("HalfCheetah-v5: MuJoCo could not load " + xml), e.getMessage());
        assertTrue(e.getMessage().toLowerCase().contains("xml"), e.getMessage());
    }

    @Test
    void invalidModelPath() {
        MujocoException e = assertThrows(MujocoException.class,
                () -> Gym.make("Ant-v5", Map.of("xml_file", "/no/such/ant.xml")));
        assertTrue(e.getMessage().startsWith("Ant-v5: xml_file '/no/such/ant.xml' not found"), e.getMessage());
    }

    @Test
    void nonFiniteStateInResetOptionsIsRejectedAndStateKept() {
        try (Env<double[], float[]> env = Gym.make("HalfCheetah-v5")) {
            double[] before = env.reset(5).observation().clone();
            double[] qpos = new double[9];
            qpos[3] = Double.NaN;
            InvalidKwargsException e = assertThrows(InvalidKwargsException.class,
                    () -> env.reset(null, Map.of("qpos", qpos)));
            assertEquals("HalfCheetah-v5: reset option 'qpos' must be finite, got NaN at index 3", e.getMessage());
            double[] qvel = new double[9];
            qvel[0] = Double.POSITIVE_INFINITY;
            assertThrows(InvalidKwargsException.class, () -> env.reset(null, Map.of("qvel", qvel)));
            assertThrows(InvalidKwargsException.class, () -> env.reset(null, Map.of("qpos", new double[3])));
            assertThrows(InvalidKwargsException.class, () -> env.reset(null, Map.of("qpose", new double[9])));
            // the rejected resets changed nothing: the episode goes on from the same state
            MujocoEnvAccess.assertStateEquals(env, before);
        }
    }

    @Test
    void divergingSimulationThrowsAndNeedsReset() {
        try (Env<double[], float[]> env = Gym.make("HalfCheetah-v5")) {
            double[] qvel = new double[9];
            Arrays.fill(qvel, 1e12);
            env.reset(0L, Map.of("qvel", qvel));
            MujocoException e = assertThrows(MujocoException.class, () -> env.step(new float[6]));
            assertTrue(e.getMessage().startsWith("HalfCheetah-v5: the simulation diverged (mjWARN_BADQ"), e.getMessage());
            assertTrue(e.getMessage().endsWith("the env needs reset()"), e.getMessage());
            JgymException again = assertThrows(JgymException.class, () -> env.step(new float[6]));
            assertTrue(again instanceof MujocoException || again instanceof ResetNeededException, again.getMessage());
            env.reset(1);
            env.step(new float[6]);
        }
    }

    /** 30 stacked boxes in a small arena: they collide at once, more than the arena holds. */
    private Path stackedBoxes(String memory) throws Exception {
        Path xml = dir.resolve("boxes-" + memory + ".xml");
        StringBuilder bodies = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            bodies.append("<body pos='0 0 ").append(0.1 * i + 0.2).append("'><freejoint name='j").append(i)
                    .append("'/><geom type='box' size='.05 .05 .05'/></body>");
        }
        Files.writeString(xml, "<mujoco><size memory='" + memory + "'/><worldbody><geom type='plane' size='5 5 .1'/>"
                + bodies + "</worldbody><actuator><motor joint='j0' gear='0 0 1 0 0 0' ctrlrange='-1 1'/></actuator>"
                + "</mujoco>");
        return xml;
    }

    @Test
    void runtimeMujocoErrorIsCaughtByTheGuard() throws Exception {
        Path xml = stackedBoxes("24K");
        try (Env<double[], float[]> env = Gym.make("HalfCheetah-v5", Map.of("xml_file", xml.toString()))) {
            MujocoException e = assertThrows(MujocoException.class, () -> {
                env.reset(0);
                for (int i = 0; i < 100; i++) {
                    env.step(new float[1]);
                }
            });
            assertTrue(e.getMessage().startsWith("HalfCheetah-v5: MuJoCo error in mj_"), e.getMessage());
            assertTrue(e.getMessage().contains("mj_stackAlloc: out of memory"), e.getMessage());
            assertTrue(e.getMessage().endsWith("the simulation state was discarded, call reset()"), e.getMessage());
            assertEquals(-1, e.getMessage().indexOf('\n'), "one line");
            JgymException again = assertThrows(JgymException.class, () -> env.step(new float[1]));
            assertTrue(again.getMessage().contains("reset()"), again.getMessage());
        }
    }

    @Test
    void warningsAppearInInfo() throws Exception {
        try (Env<double[], float[]> env = Gym.make("HalfCheetah-v5", Map.of("xml_file", stackedBoxes("48K").toString()))) {
            env.reset(0);
            String warnings = null;
            for (int i = 0; i < 50 && warnings == null; i++) {
                warnings = (String) env.step(new float[1]).info().get("mujoco_warnings");
            }
            assertTrue(warnings != null && warnings.contains("mjWARN_"), "no warning in info: " + warnings);
        }
    }

    @Test
    void unknownKwargAndBadAction() {
        assertThrows(InvalidKwargsException.class, () -> Gym.make("Ant-v5", Map.of("healthy_z_rnage", List.of(0, 1))));
        try (Env<double[], float[]> env = Gym.make("Ant-v5")) {
            env.reset(0);
            float[] action = new float[8];
            action[2] = Float.NaN;
            assertThrows(org.jgym.env.api.InvalidActionException.class, () -> env.step(action));
            assertArrayEquals(new int[] {105}, new int[] {env.step(new float[8]).observation().length});
        }
    }
}

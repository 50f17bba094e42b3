package org.jgym.env.mujoco;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.jgym.env.api.Env;
import org.jgym.env.mujoco.env.MujocoEnv;
import org.jgym.env.mujoco.sim.Simulation;

/** Test access to the simulation under the wrappers. */
final class MujocoEnvAccess {
    private MujocoEnvAccess() {
    }

    static Simulation simulation(Env<?, ?> env) {
        return ((MujocoEnv<?>) env.unwrapped()).simulation();
    }

    /** A copy of the current joint positions. */
    static double[] qpos(Env<?, ?> env) {
        java.nio.DoubleBuffer q = simulation(env).qpos();
        double[] out = new double[q.limit()];
        q.get(0, out);
        return out;
    }

    /** Number of joint velocities. */
    static int nv(Env<?, ?> env) {
        return simulation(env).qvel().limit();
    }

    /** The current HalfCheetah observation (qpos[1:], qvel) equals {@code expected}. */
    static void assertStateEquals(Env<?, ?> env, double[] expected) {
        Simulation sim = simulation(env);
        double[] now = new double[expected.length];
        int nq = sim.qpos().limit();
        sim.qpos().get(1, now, 0, nq - 1);
        sim.qvel().get(0, now, nq - 1, sim.qvel().limit());
        assertArrayEquals(expected, now);
    }
}

package org.jgym.benchmarks;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jgym.env.api.Env;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.registry.Gym;
import org.jgym.env.api.vector.VectorEnv;
import org.jgym.env.api.vector.VectorResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Env steps per second of Navigation2D-v0: one env made by the registry (with its TimeLimit, order and passive
 * check wrappers), the bare env, and 64-copy vector envs. Scores are env steps per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Navigation2DBenchmark {
    private static final int COPIES = 64;

    /** One env and a fixed action that reaches the time limit (the goal is rarely hit exactly). */
    @State(Scope.Thread)
    public static class Single {
        Env<float[], float[]> made;
        @SuppressWarnings("rawtypes")
        Env bare;
        final float[] action = {0.013f, -0.007f};
        int bareSteps;

        @Setup(Level.Trial)
        @SuppressWarnings("unchecked")
        public void setUp() {
            made = Gym.make("Navigation2D-v0");
            made.reset(1);
            bare = made.unwrapped();
            bare.reset(2L, Map.of());
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            made.close();
            PeakMemory.report("single");
        }
    }

    /** A vector env of 64 copies, synchronous or on 2 threads. */
    @State(Scope.Thread)
    public static class Vector {
        @Param({"1", "2"})
        int threads;
        VectorEnv<float[], float[]> env;
        final float[] actions = new float[COPIES * 2];

        @Setup(Level.Trial)
        public void setUp() {
            env = Gym.makeVec("Navigation2D-v0", COPIES, Map.of(), threads);
            env.reset(3);
            for (int i = 0; i < actions.length; i++) {
                actions[i] = (i % 2 == 0 ? 0.011f : -0.009f);
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            env.close();
            PeakMemory.report("vector-" + threads);
        }
    }

    /** A step of the env as {@code Gym.make} returns it; resets when the episode ends. */
    @Benchmark
    public double madeEnvStep(Single s) {
        StepResult<float[]> r = s.made.step(s.action);
        if (r.done()) {
            s.made.reset();
        }
        return r.reward();
    }

    /** A step of the bare env (no wrappers); resets every 100 steps like the time limit would. */
    @Benchmark
    @SuppressWarnings("unchecked")
    public double bareEnvStep(Single s) {
        StepResult<float[]> r = s.bare.step(s.action);
        if (r.done() || ++s.bareSteps % 100 == 0) {
            s.bare.reset();
        }
        return r.reward();
    }

    /** One call steps all 64 copies (autoreset inside); the score counts env steps. */
    @Benchmark
    @OperationsPerInvocation(COPIES)
    public double vectorStep(Vector v) {
        VectorResult<float[]> r = v.env.step(v.actions);
        return r.rewards()[0];
    }
}

package org.jgym.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jgym.env.api.Env;
import org.jgym.env.api.InvalidKwargsException;
import org.jgym.env.api.ResetNeededException;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.Values;
import org.jgym.env.api.check.CheckReport;
import org.jgym.env.api.check.EnvChecker;
import org.jgym.env.api.registry.Registry;
import org.jgym.env.api.spaces.Space;
import org.jgym.env.api.vector.VectorEnv;
import org.jgym.env.api.vector.VectorResult;
import org.junit.jupiter.api.Test;

/**
 * The contract every jgym env keeps, as JUnit 5 tests: extend this class in the plugin's tests and name the env.
 *
 * <pre>{@code
 * class PendulumContractTest extends EnvContract {
 *     protected String envId() { return "Pendulum-v0"; }
 * }
 * }</pre>
 *
 * <p>The env is made by id from the registry the plugin's {@code META-INF/services} files build, so a missing or
 * misspelled services entry fails here. The checks: {@link EnvChecker} with whole episodes (reset/step output in
 * the spaces, seeding, determinism, rejected actions, rendering on every step, close), ordering (no step before
 * reset or after the end), seeded action sampling, and kwargs errors naming the env.
 */
public abstract class EnvContract {
    /** The id of the env under test, e.g. {@code Pendulum-v0}. */
    protected abstract String envId();

    /** The kwargs the env is made with; none by default. */
    protected Map<String, Object> kwargs() {
        return Map.of();
    }

    /** Whole episodes of random actions {@link EnvChecker} plays; {@link EnvChecker#DEFAULT_EPISODES} by default. */
    protected int episodes() {
        return EnvChecker.DEFAULT_EPISODES;
    }

    /** Where the env comes from; by default the plugins on the test class path ({@link Plugins#registry()}). */
    protected Registry registry() {
        return Plugins.registry();
    }

    /** Makes the env under test. */
    protected final Env<Object, Object> make() {
        return registry().make(envId(), kwargs());
    }

    @Test
    void isRegisteredThroughAServicesFile() {
        Registry.Origin origin = registry().origin(envId());
        assertNotEquals("-", origin.location(), envId() + " is registered in code, not by a plugin's services file");
    }

    @Test
    void passesTheEnvChecker() {
        try (Env<Object, Object> env = make()) {
            CheckReport report = EnvChecker.check(env, episodes());
            assertTrue(report.passed(), () -> "the env checker failed:\n" + report);
        }
    }

    @Test
    void refusesAStepBeforeResetAndAfterTheEpisodeEnded() {
        try (Env<Object, Object> env = make()) {
            env.actionSpace().seed(1);
            assertThrows(ResetNeededException.class, () -> env.step(env.actionSpace().sample()),
                    "step() before reset() must throw ResetNeededException");
            env.reset(1);
            StepResult<Object> r;
            int steps = 0;
            do {
                r = env.step(env.actionSpace().sample());
            } while (!r.done() && ++steps < 100_000);
            assertTrue(r.done(), "an episode of random actions did not end in 100000 steps (declare maxEpisodeSteps)");
            assertThrows(ResetNeededException.class, () -> env.step(env.actionSpace().sample()),
                    "step() after the episode ended must throw ResetNeededException");
        }
    }

    @Test
    void samplesOfSeededSpacesRepeat() {
        try (Env<Object, Object> env = make()) {
            for (Space<?> space : new Space<?>[] {env.actionSpace(), env.observationSpace()}) {
                assertEquals(samples(space, 7), samples(space, 7), "space.seed(7) then sample() must repeat: " + space);
            }
        }
    }

    @Test
    void runsAsAVectorEnvWithTheSameFirstObservationsOnOneThreadAndTwo() {
        Object[] first = new Object[2];
        for (int threads = 1; threads <= 2; threads++) {
            try (VectorEnv<Object, Object> venv = registry().makeVec(envId(), 3, kwargs(), threads)) {
                VectorResult<Object> r = venv.reset(5);
                first[threads - 1] = Values.toString(r.observations());
                venv.actionSpace().seed(5);
                venv.step(venv.actionSpace().sample());
            }
        }
        assertEquals(first[0], first[1], "a vector env's reset must not depend on its thread count");
    }

    @Test
    void anUnknownKwargIsRefusedNamingTheEnv() {
        Map<String, Object> bad = new LinkedHashMap<>(kwargs());
        bad.put("no_such_kwarg", 1);
        InvalidKwargsException e = assertThrows(InvalidKwargsException.class, () -> registry().make(envId(), bad));
        assertTrue(e.getMessage().startsWith(registry().spec(envId()).id() + ": "), e.getMessage());
    }

    private static String samples(Space<?> space, long seed) {
        space.seed(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            sb.append(Values.toString(space.sample())).append(';');
        }
        return sb.toString();
    }
}

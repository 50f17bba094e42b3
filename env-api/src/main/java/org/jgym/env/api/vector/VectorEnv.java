package org.jgym.env.api.vector;

import java.util.Map;
import org.jgym.env.api.Env;
import org.jgym.env.api.registry.EnvSpec;
import org.jgym.env.api.spaces.Space;

/**
 * N copies of an env stepped together, as Gymnasium's {@code VectorEnv}. By default the autoreset mode is
 * {@link AutoresetMode#NEXT_STEP}: the step that ends a copy's episode returns its real last observation; the next
 * step ignores that copy's action, resets it and returns the reset observation with reward 0 and both flags false.
 * {@link #setAutoresetMode} chooses {@link AutoresetMode#SAME_STEP} or {@link AutoresetMode#DISABLED} instead.
 *
 * <p>Observations and actions are batched values of the single spaces (a float32 Box of shape (d) batches to a
 * {@code float[N*d]}, Discrete to an {@code int[N]}); results are reused between calls.
 *
 * @param <BO> batched observation type
 * @param <BA> batched action type
 */
public interface VectorEnv<BO, BA> extends AutoCloseable {

    int numEnvs();

    Space<?> singleObservationSpace();

    Space<?> singleActionSpace();

    /** The batched observation space. */
    Space<BO> observationSpace();

    /** The batched action space. */
    Space<BA> actionSpace();

    /** Resets every copy; with a seed, copy i is seeded {@code seed + i}. */
    VectorResult<BO> reset(Long seed, Map<String, Object> options);

    /**
     * Resets the copies with {@code mask[i]} true (all when {@code mask} is null), copy i with {@code seeds[i]}
     * ({@code seeds} null, or a null entry: continue its random stream). Other copies keep their observation and
     * state, and report an empty info, as Gymnasium's {@code reset(options={"reset_mask": mask})}.
     */
    VectorResult<BO> reset(Long[] seeds, Map<String, Object> options, boolean[] mask);

    /** The autoreset rule of {@link #step}. */
    AutoresetMode autoresetMode();

    /** Chooses the autoreset rule; only before the first reset. */
    void setAutoresetMode(AutoresetMode mode);

    default VectorResult<BO> reset(long seed) {
        return reset(seed, Map.of());
    }

    default VectorResult<BO> reset() {
        return reset(null, Map.of());
    }

    /**
     * Steps every copy with its slice of {@code actions}.
     *
     * @throws org.jgym.env.api.InvalidActionException naming the copy, before any copy is stepped
     */
    VectorResult<BO> step(BA actions);

    /** Gives copy {@code index} a task (object or JSON), taking effect at its next reset. */
    void setTask(int index, Object task);

    /** Copy {@code index}, e.g. to render it. */
    Env<?, ?> env(int index);

    /** The spec the copies were made from, or null. */
    default EnvSpec spec() {
        return env(0).spec();
    }

    @Override
    void close();
}

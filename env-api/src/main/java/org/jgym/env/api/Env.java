package org.jgym.env.api;

import java.util.Map;
import org.jgym.env.api.registry.EnvSpec;
import org.jgym.env.api.spaces.Space;

/**
 * A reinforcement-learning environment with Gymnasium 1.x semantics.
 *
 * <p>Observations and actions are space values: primitive arrays for Box, MultiBinary and MultiDiscrete spaces,
 * {@link Integer} for Discrete, {@code Object[]} for Tuple and {@code Map} for Dict (see
 * {@link org.jgym.env.api.spaces}). Results are reused between calls, so stepping allocates nothing; copy what you
 * keep.
 *
 * <pre>{@code
 * try (Env<float[], float[]> env = Gym.make("Navigation2D-v0")) {
 *     float[] obs = env.reset(42).observation();
 *     StepResult<float[]> r;
 *     do {
 *         r = env.step(env.actionSpace().sample());
 *     } while (!r.done());
 * }
 * }</pre>
 *
 * @param <O> observation type
 * @param <A> action type
 */
public interface Env<O, A> extends AutoCloseable {

    /**
     * Starts an episode.
     *
     * @param seed    when not null, rebuilds the env's random generator from this seed (>= 0); when null, the
     *                generator's stream continues (or is created from OS entropy on the very first reset)
     * @param options env-specific reset options; never null
     */
    ResetResult<O> reset(Long seed, Map<String, Object> options);

    /** Starts an episode, continuing the random stream. */
    default ResetResult<O> reset() {
        return reset(null, Map.of());
    }

    /** Starts an episode from a fresh generator seeded with {@code seed}. */
    default ResetResult<O> reset(long seed) {
        return reset(seed, Map.of());
    }

    /**
     * Advances the episode by one action.
     *
     * @throws InvalidActionException if the action is not in {@link #actionSpace()}; the state is then unchanged
     * @throws ResetNeededException   if no episode is running (before the first reset, or after it ended)
     */
    StepResult<O> step(A action);

    Space<O> observationSpace();

    Space<A> actionSpace();

    EnvMetadata metadata();

    /** The render mode chosen at construction, or null when the env does not render. */
    String renderMode();

    /** Renders the current state in {@link #renderMode()}; null when the render mode is null. */
    Frame render();

    /** The spec this env was made from, holding the kwargs it was made with; null for envs built by hand. */
    EnvSpec spec();

    /** The innermost env under all wrappers. */
    default Env<?, ?> unwrapped() {
        return this;
    }

    /** Releases resources; calling it again does nothing. */
    @Override
    void close();
}

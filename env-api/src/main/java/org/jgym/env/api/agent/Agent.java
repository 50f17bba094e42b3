package org.jgym.env.api.agent;

/**
 * Something that chooses actions; plugs into {@link Rollouts} and the CLI.
 *
 * <p>Observations handed to an agent are the env's reused buffers: copy them if you keep them.
 *
 * @param <O> observation type
 * @param <A> action type
 */
public interface Agent<O, A> {

    /** The action to take on {@code observation}. */
    A act(O observation);

    /** Called with the first observation of every episode, before {@link #act}. */
    default void onReset(O observation) {
    }

    /**
     * Called after every step, for agents that learn or track beliefs. {@code observation} and {@code next} may be
     * the same reused buffer (already holding the new observation): an agent that needs the old one copies it in
     * {@link #act}.
     */
    default void observe(O observation, A action, double reward, O next, boolean terminated, boolean truncated) {
    }
}

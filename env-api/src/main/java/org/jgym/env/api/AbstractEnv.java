package org.jgym.env.api;

import java.util.Map;
import java.util.random.RandomGenerator;
import org.jgym.env.api.registry.EnvSpec;

/**
 * Base class of environments: owns seeding, episode bookkeeping, action validation and the reused results.
 *
 * <p>Subclasses implement {@link #onReset} and {@link #onStep} and draw every random number from {@link #random()}.
 * The action is checked against the action space before {@code onStep} runs, so a rejected action leaves the state
 * unchanged; stepping after {@code terminated} without a reset is refused.
 */
public abstract class AbstractEnv<O, A> implements Env<O, A> {
    private final EnvMetadata metadata;
    private final String renderMode;
    private final ResetResult<O> resetResult = new ResetResult<>();
    private final StepResult<O> stepResult = new StepResult<>();
    private RandomGenerator random;
    private long seed = -1;
    private boolean episodeRunning;
    private boolean closed;
    private EnvSpec spec;

    /**
     * @param metadata   the env's render modes and fps
     * @param renderMode one of {@code metadata.renderModes()}, or null
     */
    protected AbstractEnv(EnvMetadata metadata, String renderMode) {
        this.metadata = metadata;
        if (renderMode != null && !metadata.renderModes().contains(renderMode)) {
            throw new InvalidKwargsException("kwarg 'render_mode' must be "
                    + (metadata.renderModes().isEmpty() ? "null (this env does not render)"
                    : "one of " + metadata.renderModes() + " or null") + ", got '" + renderMode + "'");
        }
        this.renderMode = renderMode;
    }

    /**
     * Resets the episode state and returns the first observation.
     *
     * @param options reset options, never null
     * @param info    an empty map to fill with reset info
     */
    protected abstract O onReset(Map<String, Object> options, Map<String, Object> info);

    /**
     * Applies a valid action and writes the outcome with {@code out.set(obs, reward, terminated, false)}; info
     * entries go into {@code out.info()}, which is empty on entry.
     */
    protected abstract void onStep(A action, StepResult<O> out);

    /** Renders the current state in {@code mode}; called only with a mode the metadata lists. */
    protected Frame onRender(String mode) {
        throw new UnsupportedOperationException(name() + " lists render mode " + mode
                + " but does not implement onRender");
    }

    /** Releases resources; called once. */
    protected void onClose() {
    }

    /** The env's random generator; every random draw of the env must come from it. */
    protected final RandomGenerator random() {
        if (random == null) {
            reseed(Seeding.entropySeed());
        }
        return random;
    }

    /** The seed the generator was last built from, or -1 before the first reset. */
    public final long seed() {
        return seed;
    }

    @Override
    public final ResetResult<O> reset(Long seed, Map<String, Object> options) {
        ensureOpen();
        if (seed != null) {
            reseed(Seeding.checkSeed(seed));
        } else if (random == null) {
            reseed(Seeding.entropySeed());
        }
        resetResult.info().clear();
        O observation = onReset(options == null ? Map.of() : options, resetResult.info());
        resetResult.set(observation);
        episodeRunning = true;
        return resetResult;
    }

    @Override
    public final StepResult<O> step(A action) {
        ensureOpen();
        if (!episodeRunning) {
            throw new ResetNeededException(name()
                    + ": step() called with no running episode; call reset() first (the episode ended or never began)");
        }
        if (!actionSpace().contains(action)) {
            throw new InvalidActionException(name() + ": action rejected, "
                    + actionSpace().describeViolation(action) + "; the action space is " + actionSpace());
        }
        stepResult.info().clear();
        onStep(action, stepResult);
        if (stepResult.terminated() || stepResult.truncated()) {
            episodeRunning = false;
        }
        return stepResult;
    }

    @Override
    public final Frame render() {
        ensureOpen();
        return renderMode == null ? null : onRender(renderMode);
    }

    @Override
    public final EnvMetadata metadata() {
        return metadata;
    }

    @Override
    public final String renderMode() {
        return renderMode;
    }

    /** The env id for messages (the class name when the env was made without a spec). */
    private String name() {
        return spec != null ? spec.id() : getClass().getSimpleName();
    }

    @Override
    public EnvSpec spec() {
        return spec;
    }

    /** Called by {@link EnvSpec#make} to record the spec and kwargs this env was made from. */
    public final void setSpec(EnvSpec spec) {
        this.spec = spec;
    }

    @Override
    public final void close() {
        if (!closed) {
            closed = true;
            onClose();
        }
    }

    private void reseed(long newSeed) {
        this.seed = newSeed;
        this.random = Seeding.generator(newSeed);
    }

    private void ensureOpen() {
        if (closed) {
            throw new JgymException(name() + " is closed; make a new env");
        }
    }
}

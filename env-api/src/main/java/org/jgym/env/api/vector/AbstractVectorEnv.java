package org.jgym.env.api.vector;

import java.lang.reflect.Array;
import java.util.List;
import java.util.Map;
import org.jgym.env.api.Env;
import org.jgym.env.api.InvalidActionException;
import org.jgym.env.api.ResetResult;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.spaces.Space;
import org.jgym.env.api.task.TaskEnvs;

/** The batching and autoreset logic shared by the vector envs; subclasses decide how the copies run. */
abstract class AbstractVectorEnv<O, A, BO, BA> implements VectorEnv<BO, BA> {
    protected final List<Env<O, A>> envs;
    private final Space<O> singleObservation;
    private final Space<A> singleAction;
    private final Space<BO> observation;
    private final Space<BA> action;
    private final VectorResult<BO> result;
    private final boolean[] needsReset;
    private final Object[] actionBuffers;
    private final Class<?> batchClass;
    private final int batchLength;
    private Long[] resetSeeds;
    private boolean[] resetMask;
    private Map<String, Object> resetOptions = Map.of();
    private AutoresetMode autoresetMode = AutoresetMode.NEXT_STEP;
    private boolean closed;
    private boolean everReset;

    @SuppressWarnings("unchecked")
    AbstractVectorEnv(List<? extends Env<O, A>> envs) {
        if (envs.isEmpty()) {
            throw new IllegalArgumentException("a vector env needs at least one env");
        }
        this.envs = List.copyOf(envs);
        this.singleObservation = envs.get(0).observationSpace();
        this.singleAction = envs.get(0).actionSpace();
        int n = envs.size();
        this.observation = (Space<BO>) singleObservation.batched(n);
        this.action = (Space<BA>) singleAction.batched(n);
        this.result = new VectorResult<>((BO) singleObservation.newBatch(n), n);
        this.needsReset = new boolean[n];
        java.util.Arrays.fill(needsReset, true);
        this.actionBuffers = new Object[n];
        Object template = singleAction.newBatch(n);
        this.batchClass = template.getClass();
        this.batchLength = template.getClass().isArray() ? Array.getLength(template) : -1;
    }

    /** Runs {@code work(i)} for every copy i; returns when all are done. */
    protected abstract void forEachCopy(CopyWork work);

    /** Work on one copy. */
    @FunctionalInterface
    protected interface CopyWork {
        void run(int index);
    }

    @Override
    public final int numEnvs() {
        return envs.size();
    }

    @Override
    public final Space<?> singleObservationSpace() {
        return singleObservation;
    }

    @Override
    public final Space<?> singleActionSpace() {
        return singleAction;
    }

    @Override
    public final Space<BO> observationSpace() {
        return observation;
    }

    @Override
    public final Space<BA> actionSpace() {
        return action;
    }

    @Override
    public final Env<?, ?> env(int index) {
        return envs.get(index);
    }

    @Override
    public final void setTask(int index, Object task) {
        if (index < 0 || index >= envs.size()) {
            throw new IndexOutOfBoundsException("copy index " + index + " is outside [0, " + (envs.size() - 1) + "]");
        }
        TaskEnvs.setTaskFromAny(envs.get(index), task);
    }

    @Override
    public final VectorResult<BO> reset(Long seed, Map<String, Object> options) {
        Long[] seeds = null;
        if (seed != null) {
            seeds = new Long[envs.size()];
            for (int i = 0; i < seeds.length; i++) {
                seeds[i] = seed + i;
            }
        }
        return reset(seeds, options, null);
    }

    @Override
    public final VectorResult<BO> reset(Long[] seeds, Map<String, Object> options, boolean[] mask) {
        ensureOpen();
        int n = envs.size();
        if (seeds != null && seeds.length != n) {
            throw new IllegalArgumentException("reset needs one seed per copy: " + n + " seeds, got " + seeds.length);
        }
        if (mask != null) {
            if (mask.length != n) {
                throw new IllegalArgumentException("reset mask needs one flag per copy: " + n + ", got " + mask.length);
            }
            if (!anyTrue(mask)) {
                throw new IllegalArgumentException("reset mask must mark at least one copy");
            }
            if (!everReset && !allTrue(mask)) {
                throw new org.jgym.env.api.ResetNeededException(
                        "vector env: the first reset must reset every copy (no reset mask, or an all-true one)");
            }
        }
        resetSeeds = seeds;
        resetMask = mask;
        resetOptions = options == null ? Map.of() : options;
        forEachCopy(this::resetCopy);
        everReset = true;
        return result;
    }

    @Override
    public final AutoresetMode autoresetMode() {
        return autoresetMode;
    }

    @Override
    @SuppressWarnings("unchecked")
    public final void setAutoresetMode(AutoresetMode mode) {
        if (everReset) {
            throw new IllegalStateException("the autoreset mode is chosen before the first reset");
        }
        autoresetMode = java.util.Objects.requireNonNull(mode, "mode");
        if (mode == AutoresetMode.SAME_STEP && result.finalObservations() == null) {
            result.setFinalObservations((BO) singleObservation.newBatch(envs.size()));
        }
    }

    private static boolean anyTrue(boolean[] flags) {
        for (boolean f : flags) {
            if (f) {
                return true;
            }
        }
        return false;
    }

    private static boolean allTrue(boolean[] flags) {
        for (boolean f : flags) {
            if (!f) {
                return false;
            }
        }
        return true;
    }

    @Override
    public final VectorResult<BO> step(BA actions) {
        ensureOpen();
        if (!everReset) {
            // otherwise every copy would silently start from an OS-entropy seed
            throw new org.jgym.env.api.ResetNeededException("vector env: step() called before the first reset(); "
                    + "call reset(seed) first");
        }
        checkActions(actions);
        forEachCopy(this::stepCopy);
        return result;
    }

    private void resetCopy(int i) {
        result.hasFinal()[i] = false;
        if (resetMask != null && !resetMask[i]) {
            result.autoreset()[i] = false;
            result.setInfo(i, Map.of());
            return;
        }
        ResetResult<O> r = envs.get(i).reset(resetSeeds == null ? null : resetSeeds[i], resetOptions);
        writeReset(i, r);
    }

    private void writeReset(int i, ResetResult<O> r) {
        singleObservation.writeToBatch(r.observation(), result.observations(), i);
        result.rewards()[i] = 0;
        result.terminated()[i] = false;
        result.truncated()[i] = false;
        result.autoreset()[i] = true;
        result.setInfo(i, r.info());
        needsReset[i] = false;
    }

    @SuppressWarnings("unchecked")
    private void stepCopy(int i) {
        if (needsReset[i]) { // NEXT_STEP only: the other modes never leave a copy waiting here
            writeReset(i, envs.get(i).reset(null, Map.of()));
            return;
        }
        StepResult<O> r = envs.get(i).step((A) actionBuffers[i]);
        singleObservation.writeToBatch(r.observation(), result.observations(), i);
        result.rewards()[i] = r.reward();
        result.terminated()[i] = r.terminated();
        result.truncated()[i] = r.truncated();
        result.autoreset()[i] = false;
        result.setInfo(i, r.info());
        result.hasFinal()[i] = false;
        if (r.done() && autoresetMode == AutoresetMode.SAME_STEP) {
            singleObservation.writeToBatch(r.observation(), result.finalObservations(), i);
            result.setFinalInfo(i, r.info());
            result.hasFinal()[i] = true;
            ResetResult<O> reset = envs.get(i).reset(null, Map.of());
            singleObservation.writeToBatch(reset.observation(), result.observations(), i);
            result.setInfo(i, reset.info());
        } else {
            needsReset[i] = r.done();
        }
    }

    /** Slices and validates every copy's action before any copy moves, so a bad batch changes nothing. */
    @SuppressWarnings("unchecked")
    private void checkActions(BA actions) {
        if (actions == null || actions.getClass() != batchClass || batchLength >= 0 && Array.getLength(actions) != batchLength) {
            throw new InvalidActionException("actions must be a " + batchClass.getSimpleName()
                    + (batchLength >= 0 ? " of length " + batchLength : "") + " (" + envs.size() + " copies of "
                    + singleAction + "), got " + org.jgym.env.api.Values.describeType(actions));
        }
        for (int i = 0; i < envs.size(); i++) {
            if (needsReset[i] && autoresetMode == AutoresetMode.DISABLED) {
                throw new org.jgym.env.api.ResetNeededException("copy " + i + ": its episode ended and autoreset is "
                        + "disabled; reset it first (reset with a mask marking it); no copy was stepped");
            }
            A a;
            try {
                a = singleAction.readFromBatch(actions, i, (A) actionBuffers[i]);
            } catch (RuntimeException e) {
                throw new InvalidActionException("actions could not be split into " + envs.size() + " copies of "
                        + singleAction + ": " + e);
            }
            actionBuffers[i] = a;
            if (!needsReset[i] && !singleAction.contains(a)) {
                throw new InvalidActionException("copy " + i + ": action rejected, " + singleAction.describeViolation(a)
                        + "; no copy was stepped");
            }
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new org.jgym.env.api.JgymException("vector env is closed");
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            envs.forEach(Env::close);
        }
    }
}

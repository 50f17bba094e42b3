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
    private Long resetSeed;
    private Map<String, Object> resetOptions = Map.of();
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
        ensureOpen();
        resetSeed = seed;
        resetOptions = options == null ? Map.of() : options;
        forEachCopy(this::resetCopy);
        everReset = true;
        return result;
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
        ResetResult<O> r = envs.get(i).reset(resetSeed == null ? null : resetSeed + i, resetOptions);
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
        if (needsReset[i]) {
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
        needsReset[i] = r.done();
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

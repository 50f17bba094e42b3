package org.jgym.env.api.spaces;

import com.google.gson.JsonObject;
import java.util.random.RandomGenerator;
import org.jgym.env.api.Json;
import org.jgym.env.api.Seeding;

/**
 * A set of valid observations or actions, with membership, seeded sampling, a JSON description and batching.
 *
 * <p>A space has its own generator, separate from the env's: seeding the env does not reseed its spaces.
 *
 * @param <T> the Java type of the space's values
 */
public abstract class Space<T> {
    private RandomGenerator random;

    /** True when {@code x} is a value of this space (right Java type, shape and range). Never throws. */
    public abstract boolean contains(Object x);

    /** Why {@code x} is not in this space, naming the value and the rule; null when it is. */
    public abstract String describeViolation(Object x);

    /** A random value drawn from this space's generator. */
    public abstract T sample();

    /** A deep copy of a value, safe to keep after the env reuses its buffers. */
    public abstract T copy(T value);

    /** The JSON description from which {@link Spaces#fromJson} (and the Python bridge) rebuild this space. */
    public abstract JsonObject toJson();

    /** The space of {@code n} stacked values, as Gymnasium's {@code batch_space}. */
    public abstract Space<?> batched(int n);

    /** Writes {@code value} as element {@code index} of a value of {@link #batched(int)}. */
    public abstract void writeToBatch(T value, Object batch, int index);

    /**
     * Reads element {@code index} of a batched value.
     *
     * @param reuse a value of this space to overwrite, or null to allocate one
     */
    public abstract T readFromBatch(Object batch, int index, T reuse);

    /** A zero value of {@link #batched(int)}. */
    public abstract Object newBatch(int n);

    /** Rebuilds the generator from {@code seed}; composite spaces derive one child seed each. Returns the seed. */
    public long seed(long seed) {
        random = Seeding.generator(seed);
        return seed;
    }

    /** The space's generator, created from OS entropy on first use when {@link #seed} was never called. */
    protected final RandomGenerator random() {
        if (random == null) {
            random = Seeding.generator(Seeding.entropySeed());
        }
        return random;
    }

    /** Checks that {@code x} is in this space, failing with {@link #describeViolation}. */
    public final T cast(Object x) {
        String violation = describeViolation(x);
        if (violation != null) {
            throw new IllegalArgumentException(violation + "; the space is " + this);
        }
        @SuppressWarnings("unchecked")
        T value = (T) x;
        return value;
    }

    @Override
    public String toString() {
        return Json.GSON.toJson(toJson());
    }

    static int checkBatchSize(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("batch size must be > 0, got " + n);
        }
        return n;
    }
}

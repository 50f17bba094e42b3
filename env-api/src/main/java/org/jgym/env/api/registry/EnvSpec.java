package org.jgym.env.api.registry;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jgym.env.api.AbstractEnv;
import org.jgym.env.api.Env;
import org.jgym.env.api.InvalidKwargsException;
import org.jgym.env.api.Json;
import org.jgym.env.api.JgymException;
import org.jgym.env.api.task.TaskEnvs;
import org.jgym.env.api.wrappers.OrderEnforcing;
import org.jgym.env.api.wrappers.PassiveEnvChecker;
import org.jgym.env.api.wrappers.TimeLimit;

/**
 * How to make one environment: its id, factory, declared kwargs and the wrappers {@link #make} adds.
 * Immutable; {@link #make} returns an env whose {@code spec()} holds the merged kwargs.
 */
public final class EnvSpec {
    /** Reserved kwarg of {@link #make}: overrides {@link #maxEpisodeSteps()}; -1 means no time limit. */
    public static final String MAX_EPISODE_STEPS = "max_episode_steps";
    /** Reserved kwarg of {@link #make}: a task as JSON (or a task object), set on the env before it is returned. */
    public static final String TASK = "task";

    private static final Param RENDER_MODE_PARAM = Param.string(Kwargs.RENDER_MODE, null,
            "render mode, one of the env's metadata render modes, or null");

    private final String id;
    private final EnvIds.ParsedId parsed;
    private final EnvFactory factory;
    private final List<Param> params;
    private final Map<String, Object> kwargs;
    private final Integer maxEpisodeSteps;
    private final Double rewardThreshold;
    private final boolean nondeterministic;
    private final String taskDistributionId;
    private final String description;
    private final String evaluationMetric;
    private final int[] positionIndices;
    private final List<String> renderModes;

    private EnvSpec(Builder b, Map<String, Object> kwargs, Integer maxEpisodeSteps) {
        this.id = b.id;
        this.parsed = EnvIds.parse(b.id);
        this.factory = b.factory;
        this.params = List.copyOf(b.params);
        this.maxEpisodeSteps = maxEpisodeSteps;
        this.rewardThreshold = b.rewardThreshold;
        this.nondeterministic = b.nondeterministic;
        this.taskDistributionId = b.taskDistributionId;
        this.description = b.description;
        this.evaluationMetric = b.evaluationMetric;
        this.positionIndices = b.positionIndices;
        this.renderModes = b.renderModes;
        this.kwargs = Collections.unmodifiableMap(new LinkedHashMap<>(kwargs));
    }

    /** This spec with the kwargs and time limit of a made env. */
    private EnvSpec(EnvSpec base, Map<String, Object> kwargs, Integer maxEpisodeSteps) {
        this.id = base.id;
        this.parsed = base.parsed;
        this.factory = base.factory;
        this.params = base.params;
        this.maxEpisodeSteps = maxEpisodeSteps;
        this.rewardThreshold = base.rewardThreshold;
        this.nondeterministic = base.nondeterministic;
        this.taskDistributionId = base.taskDistributionId;
        this.description = base.description;
        this.evaluationMetric = base.evaluationMetric;
        this.positionIndices = base.positionIndices;
        this.renderModes = base.renderModes;
        this.kwargs = Collections.unmodifiableMap(new LinkedHashMap<>(kwargs));
    }

    /** Starts a spec for {@code id} ({@code [namespace/]Name-vN}) built by {@code factory}. */
    public static Builder builder(String id, EnvFactory factory) {
        return new Builder(id, factory);
    }

    public String id() {
        return id;
    }

    public String namespace() {
        return parsed.namespace();
    }

    public String name() {
        return parsed.name();
    }

    /** The version number, or null for an unversioned id. */
    public Integer version() {
        return parsed.version();
    }

    public EnvFactory factory() {
        return factory;
    }

    /** The declared kwargs, {@code render_mode} first. */
    public List<Param> params() {
        List<Param> all = new ArrayList<>();
        all.add(RENDER_MODE_PARAM);
        all.addAll(params);
        return all;
    }

    /** The kwargs of the made env (after {@link #make}), or the defaults. */
    public Map<String, Object> kwargs() {
        return kwargs;
    }

    /** Steps after which {@link #make} truncates episodes, or null for none. */
    public Integer maxEpisodeSteps() {
        return maxEpisodeSteps;
    }

    public Double rewardThreshold() {
        return rewardThreshold;
    }

    /** True when the same seed may not give the same trajectory. */
    public boolean nondeterministic() {
        return nondeterministic;
    }

    /** The id of the task distribution whose tasks this env takes, or null. */
    public String taskDistributionId() {
        return taskDistributionId;
    }

    public String description() {
        return description;
    }

    /**
     * The info key whose value at the end of an episode measures how well it went (e.g. {@code distance} to the
     * goal), which learners log and evaluate next to the return; null when the env declares none.
     */
    public String evaluationMetric() {
        return evaluationMetric;
    }

    /**
     * The indices of the observation values that are the agent's 2-D position (x, y), for trajectory plots; null
     * when the observation holds no such position.
     */
    public int[] positionIndices() {
        return positionIndices == null ? null : positionIndices.clone();
    }

    /** Makes the env with default kwargs. */
    public <O, A> Env<O, A> make() {
        return make(Map.of());
    }

    /**
     * Validates {@code kwargs}, builds the env and wraps it: passive checks, order enforcing, then a time limit.
     *
     * @throws InvalidKwargsException naming the bad key and what is allowed
     */
    @SuppressWarnings("unchecked")
    public <O, A> Env<O, A> make(Map<String, ?> kwargs) {
        Map<String, Object> given = new LinkedHashMap<>(kwargs);
        Integer limit = maxEpisodeSteps;
        if (given.containsKey(MAX_EPISODE_STEPS)) {
            Object v = given.remove(MAX_EPISODE_STEPS);
            int steps;
            try {
                steps = (Integer) Param.integer(MAX_EPISODE_STEPS, -1, -1, Integer.MAX_VALUE, "").validate(v);
            } catch (InvalidKwargsException e) {
                throw new InvalidKwargsException(id + ": " + e.getMessage());
            }
            limit = steps <= 0 ? null : steps;
        }
        Object task = given.remove(TASK);
        Kwargs validated = validate(given);
        EnvSpec made = new EnvSpec(this, validated.asMap(), limit);
        Env<?, ?> env;
        try {
            env = factory.create(validated);
        } catch (InvalidKwargsException e) {
            throw e.getMessage() != null && e.getMessage().startsWith(id + ": ") ? e
                    : new InvalidKwargsException(id + ": " + e.getMessage());
        } catch (JgymException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new JgymException(id + ": the env factory failed: " + e, e);
        }
        if (env.unwrapped() instanceof AbstractEnv<?, ?> base) {
            base.setSpec(made);
        }
        if (task != null) {
            try {
                TaskEnvs.setTaskFromAny(env, task);
            } catch (RuntimeException e) {
                env.close();
                throw new InvalidKwargsException(id + ": kwarg 'task' rejected: " + e.getMessage());
            }
        }
        Env<O, A> wrapped = new OrderEnforcing<>(new PassiveEnvChecker<>((Env<O, A>) env), made);
        return limit == null ? wrapped : new TimeLimit<>(wrapped, limit);
    }

    /** Checks {@code given} against the declared kwargs and fills in defaults. */
    public Kwargs validate(Map<String, ?> given) {
        Map<String, Param> declared = new LinkedHashMap<>();
        params().forEach(p -> declared.put(p.name(), p));
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : given.entrySet()) {
            Param p = declared.get(e.getKey());
            if (p == null) {
                List<String> names = new ArrayList<>(declared.keySet());
                names.add(MAX_EPISODE_STEPS);
                names.add(TASK);
                List<String> near = EnvIds.closest(e.getKey(), names, 1);
                throw new InvalidKwargsException(id + ": unknown kwarg '" + e.getKey() + "'"
                        + (near.isEmpty() ? ";" : "; did you mean '" + near.get(0) + "'?") + " allowed kwargs: " + names);
            }
            if (e.getValue() != null) {
                if (p == RENDER_MODE_PARAM && renderModes != null && !renderModes.contains(e.getValue())) {
                    throw new InvalidKwargsException(id + ": kwarg 'render_mode' must be " + renderModesAllowed()
                            + ", got " + Param.describe(e.getValue()));
                }
                try {
                    out.put(p.name(), p.validate(e.getValue()));
                } catch (InvalidKwargsException ex) {
                    throw new InvalidKwargsException(id + ": " + ex.getMessage());
                }
            }
        }
        // declared order, whatever the order of the given map (Map.of iterates in a per-run random order)
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (Param p : declared.values()) {
            ordered.put(p.name(), out.containsKey(p.name()) ? out.get(p.name())
                    : this.kwargs.containsKey(p.name()) ? this.kwargs.get(p.name()) : p.defaultValue());
        }
        return new Kwargs(ordered);
    }

    /** A JSON description (id, kwargs, declared params, limits) for listings and the Python bridge. */
    public JsonObject toJson() {
        JsonObject o = new JsonObject();
        o.addProperty("id", id);
        o.addProperty("description", description);
        o.add("kwargs", Json.GSON.toJsonTree(kwargs));
        o.addProperty("max_episode_steps", maxEpisodeSteps);
        o.addProperty("reward_threshold", rewardThreshold);
        o.addProperty("nondeterministic", nondeterministic);
        o.addProperty("task_distribution", taskDistributionId);
        o.addProperty("evaluation_metric", evaluationMetric);
        o.add("position_indices", positionIndices == null ? null : Json.GSON.toJsonTree(positionIndices));
        JsonObject ps = new JsonObject();
        for (Param p : params()) {
            JsonObject j = p.toJson();
            if (p.name().equals(Kwargs.RENDER_MODE)) {
                j.addProperty("allowed", renderModesAllowed());
            }
            ps.add(p.name(), j);
        }
        o.add("params", ps);
        return o;
    }

    /**
     * The render modes the spec declares ({@link Builder#renderModes}), which must be the env's metadata render
     * modes (the env checker compares them); null when undeclared. Listings show them without making an env.
     */
    public List<String> renderModes() {
        return renderModes;
    }

    private String renderModesAllowed() {
        if (renderModes == null) {
            return "one of the env's metadata render modes, or null";
        }
        return renderModes.isEmpty() ? "null (the env does not render)" : "one of " + renderModes + " or null";
    }

    @Override
    public String toString() {
        return "EnvSpec(" + id + ", kwargs=" + kwargs + ")";
    }

    /** Builder of {@link EnvSpec}. */
    public static final class Builder {
        private final String id;
        private final EnvFactory factory;
        private final List<Param> params = new ArrayList<>();
        private Integer maxEpisodeSteps;
        private Double rewardThreshold;
        private boolean nondeterministic;
        private String taskDistributionId;
        private String description = "";
        private String evaluationMetric;
        private int[] positionIndices;
        private List<String> renderModes;

        private Builder(String id, EnvFactory factory) {
            EnvIds.parse(id);
            this.id = id;
            this.factory = Objects.requireNonNull(factory, "factory");
        }

        /** Declares kwargs the factory reads. */
        public Builder params(Param... declared) {
            for (Param p : declared) {
                if (p.name().equals(Kwargs.RENDER_MODE) || p.name().equals(MAX_EPISODE_STEPS) || p.name().equals(TASK)) {
                    throw new IllegalArgumentException(p.name() + " is a reserved kwarg of every env");
                }
                params.add(p);
            }
            return this;
        }

        public Builder maxEpisodeSteps(int steps) {
            if (steps <= 0) {
                throw new IllegalArgumentException("maxEpisodeSteps must be > 0, got " + steps);
            }
            this.maxEpisodeSteps = steps;
            return this;
        }

        public Builder rewardThreshold(double threshold) {
            this.rewardThreshold = threshold;
            return this;
        }

        public Builder nondeterministic(boolean value) {
            this.nondeterministic = value;
            return this;
        }

        /**
         * The id of the registered task distribution that equals the env's own {@code TaskEnv.taskDistribution()}
         * with default kwargs (with other kwargs the env's own distribution is the one that counts).
         */
        public Builder taskDistribution(String distributionId) {
            this.taskDistributionId = distributionId;
            return this;
        }

        public Builder description(String text) {
            this.description = text;
            return this;
        }

        /** The info key, reported at least on an episode's last step, that measures how well the episode went. */
        public Builder evaluationMetric(String infoKey) {
            this.evaluationMetric = Objects.requireNonNull(infoKey, "infoKey");
            return this;
        }

        /**
         * Declares the render modes ({@code rgb_array}, {@code ansi}): the same as the env's metadata. Listings show
         * them, and a render mode outside them is refused before the env is made.
         */
        public Builder renderModes(String... modes) {
            this.renderModes = List.of(modes);
            return this;
        }

        /** Declares that observation values {@code x} and {@code y} are the agent's position (for trajectory plots). */
        public Builder position2d(int x, int y) {
            if (x < 0 || y < 0 || x == y) {
                throw new IllegalArgumentException("position indices must be two different indices >= 0, got " + x
                        + ", " + y);
            }
            this.positionIndices = new int[] {x, y};
            return this;
        }

        public EnvSpec build() {
            Map<String, Object> defaults = new LinkedHashMap<>();
            defaults.put(Kwargs.RENDER_MODE, null);
            params.forEach(p -> defaults.put(p.name(), p.defaultValue()));
            return new EnvSpec(this, defaults, maxEpisodeSteps);
        }
    }
}

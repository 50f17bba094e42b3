package org.jgym.env.api.registry;

import com.google.gson.JsonObject;
import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jgym.env.api.Env;
import org.jgym.env.api.InvalidKwargsException;
import org.jgym.env.api.Json;
import org.jgym.env.api.JgymException;
import org.jgym.env.api.UnknownIdException;
import org.jgym.env.api.agent.Agent;
import org.jgym.env.api.agent.AgentProvider;
import org.jgym.env.api.agent.AgentSpec;
import org.jgym.env.api.task.TaskDistribution;
import org.jgym.env.api.vector.SyncVectorEnv;
import org.jgym.env.api.vector.ThreadedVectorEnv;
import org.jgym.env.api.vector.VectorEnv;

/**
 * Environments, task distributions and agents by id, as loaded from the plugins on a class path.
 *
 * <p>Thread-safe for lookups and {@code make}; registration is meant for start-up.
 */
public final class Registry {
    /** Where a registered item came from: the jar or folder of its provider class. */
    public record Origin(String provider, String location) {
    }

    private record Entry<T>(T item, Origin origin) {
    }

    private final Map<String, Entry<EnvSpec>> envs = new TreeMap<>();
    private final Map<String, Entry<TaskDistributionSpec>> tasks = new TreeMap<>();
    private final List<Entry<AgentSpec>> agents = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<EnvProvider> envProviders = new ArrayList<>();

    /** An empty registry; see {@link #load(ClassLoader)} for one filled from plugins. */
    public Registry() {
    }

    /**
     * A registry filled with every provider {@link ServiceLoader} finds through {@code loader}. A faulty provider
     * (class missing, not instantiable, failing while listing its items) and an id a second jar registers again
     * are skipped, each with one line in {@link #warnings()} naming the class and its jar; everything else loads.
     */
    public static Registry load(ClassLoader loader) {
        Registry r = new Registry();
        PluginLoader plugins = new PluginLoader(loader, r.warnings);
        plugins.load(EnvProvider.class, p -> {
            List<EnvSpec> listed = p.envs();
            r.keepProvider(p);
            return listed;
        }, (s, o) -> r.registerLoaded(r.envs, s.id(), "env", s, o));
        plugins.load(TaskDistributionProvider.class, TaskDistributionProvider::taskDistributions,
                (s, o) -> r.registerLoaded(r.tasks, s.id(), "task distribution", s, o));
        plugins.load(AgentProvider.class, AgentProvider::agents, r::registerLoadedAgent);
        return r;
    }

    /**
     * What went wrong while loading plugins, one line each (a skipped provider, an id registered twice); empty
     * when every plugin loaded. {@link Gym#registry()} prints them to standard error.
     */
    public synchronized List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** A plugin's item whose id is taken stays out: a plugin cannot shadow a built-in or another plugin. */
    private synchronized <T> void registerLoaded(Map<String, Entry<T>> map, String id, String kind, T item,
            Origin origin) {
        Entry<T> first = map.get(id);
        if (first != null) {
            warnings.add(kind + " id " + id + " of " + origin.provider() + " in " + origin.location()
                    + " is already registered by " + first.origin().provider() + " in " + first.origin().location()
                    + "; kept the first");
            return;
        }
        if (item instanceof EnvSpec spec) {
            register(spec, origin);
        } else {
            map.put(id, new Entry<>(item, origin));
        }
    }

    private synchronized void registerLoadedAgent(AgentSpec spec, Origin origin) {
        for (Entry<AgentSpec> e : agents) {
            if (e.item().name().equals(spec.name()) && e.item().envNames().equals(spec.envNames())) {
                warnings.add("agent " + spec.name() + " of " + origin.provider() + " in " + origin.location()
                        + " is already registered by " + e.origin().provider() + " in " + e.origin().location()
                        + "; kept the first");
                return;
            }
        }
        agents.add(new Entry<>(spec, origin));
    }

    private synchronized void keepProvider(EnvProvider provider) {
        envProviders.add(provider);
    }

    /**
     * Registers every env of {@code provider} (as {@link #register(EnvSpec)}) and asks it about ids it knows but
     * cannot make (see {@link EnvProvider#whyUnavailable}).
     */
    public synchronized void register(EnvProvider provider) {
        Origin origin = originOf(provider.getClass());
        provider.envs().forEach(spec -> register(spec, origin));
        envProviders.add(provider);
    }

    /** Registers an env; an id registered twice in code is replaced (plugins cannot replace: see {@link #load}). */
    public synchronized void register(EnvSpec spec) {
        register(spec, new Origin("(registered in code)", "-"));
    }

    private synchronized void register(EnvSpec spec, Origin origin) {
        for (String other : envs.keySet()) {
            EnvIds.ParsedId p = EnvIds.parse(other);
            boolean sameName = p.unversioned().equals(EnvIds.parse(spec.id()).unversioned());
            if (sameName && (p.version() == null) != (spec.version() == null)) {
                throw new JgymException("cannot register " + spec.id() + " next to " + other
                        + ": a versioned and an unversioned id of the same name cannot coexist");
            }
        }
        envs.put(spec.id(), new Entry<>(spec, origin));
    }

    public synchronized void registerTaskDistribution(TaskDistributionSpec spec) {
        registerTaskDistribution(spec, new Origin("(registered in code)", "-"));
    }

    private synchronized void registerTaskDistribution(TaskDistributionSpec spec, Origin origin) {
        tasks.put(spec.id(), new Entry<>(spec, origin));
    }

    public synchronized void registerAgent(AgentSpec spec) {
        registerAgent(spec, new Origin("(registered in code)", "-"));
    }

    private synchronized void registerAgent(AgentSpec spec, Origin origin) {
        agents.add(new Entry<>(spec, origin));
    }

    /**
     * The spec of {@code id}. An id without version resolves to the highest registered version.
     *
     * @throws UnknownIdException listing the closest registered ids, or the versions that exist
     */
    public synchronized EnvSpec spec(String id) {
        Entry<EnvSpec> e = envs.get(id);
        if (e != null) {
            return e.item();
        }
        EnvIds.ParsedId wanted;
        try {
            wanted = EnvIds.parse(id);
        } catch (IllegalArgumentException ex) {
            throw new UnknownIdException(ex.getMessage() + EnvIds.suggestion(id, envs.keySet()));
        }
        List<EnvSpec> versions = envs.values().stream().map(Entry::item)
                .filter(s -> EnvIds.parse(s.id()).unversioned().equals(wanted.unversioned()))
                .sorted((a, b) -> Integer.compare(b.version() == null ? -1 : b.version(), a.version() == null ? -1 : a.version()))
                .toList();
        if (!versions.isEmpty()) {
            if (wanted.version() == null) {
                return versions.get(0);
            }
            throw new UnknownIdException("environment version " + id + " does not exist; registered versions: "
                    + versions.stream().map(EnvSpec::id).toList());
        }
        Optional<String> why = whyUnavailable(id);
        if (why.isPresent()) {
            throw new UnknownIdException(why.get());
        }
        throw new UnknownIdException("unknown environment id '" + id + "'" + EnvIds.suggestion(id, envs.keySet()));
    }

    /**
     * Ids that plugins know but cannot make now (e.g. Retro games whose ROM is not imported), sorted; making one
     * fails with the plugin's explanation. A failing provider is passed over.
     */
    public synchronized List<String> unavailableIds() {
        TreeSet<String> ids = new TreeSet<>();
        for (EnvProvider p : envProviders) {
            try {
                ids.addAll(p.unavailableIds());
            } catch (RuntimeException | LinkageError e) {
                // a faulty plugin must not hide the other plugins' ids
            }
        }
        ids.removeAll(envs.keySet());
        return List.copyOf(ids);
    }

    /** The first provider's explanation of an id it knows but cannot make; a failing provider is passed over. */
    private Optional<String> whyUnavailable(String id) {
        for (EnvProvider p : envProviders) {
            try {
                Optional<String> why = p.whyUnavailable(id);
                if (why != null && why.isPresent()) {
                    return why;
                }
            } catch (RuntimeException | LinkageError e) {
                // a faulty plugin must not hide the registry's own answer
            }
        }
        return Optional.empty();
    }

    /** Every registered env spec, by id. */
    public synchronized List<EnvSpec> specs() {
        return envs.values().stream().map(Entry::item).toList();
    }

    /** Where env {@code id} came from. */
    public synchronized Origin origin(String id) {
        return envs.get(spec(id).id()).origin();
    }

    /** Makes env {@code id} with default kwargs. */
    public <O, A> Env<O, A> make(String id) {
        return make(id, Map.of());
    }

    /** Makes env {@code id} with {@code kwargs} (see {@link EnvSpec#make}). */
    public <O, A> Env<O, A> make(String id, Map<String, ?> kwargs) {
        return spec(id).make(kwargs);
    }

    /** Makes env {@code id} with kwargs given as a JSON object, e.g. {@code {"obstacles": "hard"}}. */
    public <O, A> Env<O, A> make(String id, String jsonKwargs) {
        return make(id, kwargsFromJson(jsonKwargs));
    }

    /**
     * Makes a vector env of {@code n} copies of {@code id}.
     *
     * @param threads 1 for a {@link SyncVectorEnv}; more for a {@link ThreadedVectorEnv} on that many threads
     */
    public <BO, BA> VectorEnv<BO, BA> makeVec(String id, int n, Map<String, ?> kwargs, int threads) {
        if (n <= 0) {
            throw new IllegalArgumentException("number of env copies must be > 0, got " + n);
        }
        if (threads <= 0) {
            throw new IllegalArgumentException("threads must be > 0, got " + threads);
        }
        EnvSpec spec = spec(id);
        spec.validate(withoutReserved(kwargs));
        List<Env<Object, Object>> copies = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                copies.add(spec.make(kwargs));
            }
        } catch (RuntimeException e) {
            copies.forEach(Env::close);
            throw e;
        }
        return threads == 1 ? new SyncVectorEnv<>(copies) : new ThreadedVectorEnv<>(copies, threads);
    }

    /**
     * The task distribution {@code id}.
     *
     * @throws UnknownIdException listing the closest registered ids
     */
    public synchronized TaskDistribution<?> taskDistribution(String id) {
        Entry<TaskDistributionSpec> e = tasks.get(id);
        if (e == null) {
            throw new UnknownIdException("unknown task distribution '" + id + "'" + EnvIds.suggestion(id, tasks.keySet()));
        }
        return e.item().factory().get();
    }

    public synchronized List<TaskDistributionSpec> taskDistributionSpecs() {
        return tasks.values().stream().map(Entry::item).toList();
    }

    public synchronized Origin taskDistributionOrigin(String id) {
        taskDistribution(id);
        return tasks.get(id).origin();
    }

    public synchronized List<AgentSpec> agentSpecs() {
        return agents.stream().map(Entry::item).toList();
    }

    public synchronized Origin agentOrigin(AgentSpec spec) {
        return agents.stream().filter(e -> e.item() == spec).findFirst().map(Entry::origin).orElseThrow();
    }

    /**
     * The agent named {@code name} for {@code env}: one scoped to the env's name wins over a generic one.
     *
     * @throws UnknownIdException listing the agents that apply to the env
     */
    public synchronized AgentSpec agentSpec(String name, Env<?, ?> env) {
        String envName = env.spec() != null ? env.spec().name() : null;
        AgentSpec generic = null;
        for (Entry<AgentSpec> e : agents) {
            AgentSpec a = e.item();
            if (!a.name().equals(name)) {
                continue;
            }
            if (!a.envNames().isEmpty() && envName != null && a.envNames().contains(envName)) {
                return a;
            }
            if (a.envNames().isEmpty()) {
                generic = a;
            }
        }
        if (generic != null) {
            return generic;
        }
        List<String> applicable = agents.stream().map(Entry::item)
                .filter(a -> envName == null || a.appliesTo(envName)).map(AgentSpec::name).distinct().sorted().toList();
        throw new UnknownIdException("unknown agent '" + name + "' for " + (envName == null ? "this env" : envName)
                + EnvIds.suggestion(name, applicable).replace("registered", "agents for this env"));
    }

    /**
     * Builds the agent {@code name} for {@code env}, its kwargs validated against the agent's declared params.
     *
     * @throws InvalidKwargsException for an unknown or ill-typed agent kwarg
     */
    @SuppressWarnings("unchecked")
    public <O, A> Agent<O, A> makeAgent(String name, Env<O, A> env, long seed, Map<String, Object> kwargs) {
        AgentSpec spec = agentSpec(name, env);
        return (Agent<O, A>) spec.factory().create(env, seed, spec.validate(kwargs));
    }

    /** Parses kwargs given as a JSON object; numbers come back as Double, validated later against the spec. */
    public static Map<String, Object> kwargsFromJson(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        var element = Json.parse(json, "kwargs");
        if (!element.isJsonObject()) {
            throw new InvalidKwargsException("kwargs must be a JSON object such as {\"key\": value}, got " + json);
        }
        JsonObject o = element.getAsJsonObject();
        Map<String, Object> out = new LinkedHashMap<>();
        o.entrySet().forEach(e -> out.put(e.getKey(), e.getValue().isJsonNull() ? null : Json.GSON.fromJson(e.getValue(), Object.class)));
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, ?> withoutReserved(Map<String, ?> kwargs) {
        Map<String, Object> m = new LinkedHashMap<>(kwargs);
        m.remove(EnvSpec.MAX_EPISODE_STEPS);
        m.remove(EnvSpec.TASK);
        return m;
    }

    static Origin originOf(Class<?> provider) {
        CodeSource source = provider.getProtectionDomain().getCodeSource();
        URL url = source == null ? null : source.getLocation();
        return new Origin(provider.getName(), url == null ? "(unknown)" : url.getPath());
    }
}

package org.jgym.env.api.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jgym.env.api.Env;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.UnknownIdException;
import org.jgym.env.api.fixtures.PluginJars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin contract end to end: a plugin compiled at run time into its own jar is found by {@link Registry#load}
 * through a class loader that sees the jar, and by no other.
 */
class PluginLoadingTest {
    private static final String ID = "Example/Coin-v0";

    private static final String ENV_SOURCE = """
            package com.example.plugin;

            import java.util.Map;
            import org.jgym.env.api.AbstractEnv;
            import org.jgym.env.api.EnvMetadata;
            import org.jgym.env.api.StepResult;
            import org.jgym.env.api.spaces.Discrete;
            import org.jgym.env.api.spaces.Space;

            /** Guess a coin flip drawn at reset; reward 1 when right; one step per episode. */
            public final class CoinEnv extends AbstractEnv<Integer, Integer> {
                private final Discrete space = new Discrete(2);
                private final int bias;
                private int coin;

                public CoinEnv(int bias) {
                    super(EnvMetadata.none(), null);
                    this.bias = bias;
                }

                @Override
                protected Integer onReset(Map<String, Object> options, Map<String, Object> info) {
                    coin = random().nextInt(2);
                    return 0;
                }

                @Override
                protected void onStep(Integer action, StepResult<Integer> out) {
                    out.info().put("coin", coin);
                    out.set(coin, (action == coin ? 1 : 0) + bias, true, false);
                }

                @Override
                public Space<Integer> observationSpace() {
                    return space;
                }

                @Override
                public Space<Integer> actionSpace() {
                    return space;
                }
            }
            """;

    private static final String PROVIDER_SOURCE = """
            package com.example.plugin;

            import java.util.List;
            import org.jgym.env.api.registry.EnvProvider;
            import org.jgym.env.api.registry.EnvSpec;
            import org.jgym.env.api.registry.Param;

            public final class CoinProvider implements EnvProvider {
                @Override
                public List<EnvSpec> envs() {
                    return List.of(EnvSpec.builder("Example/Coin-v0", k -> new CoinEnv(k.getInt("bias")))
                            .params(Param.integer("bias", 0, 0, 10, "added to every reward"))
                            .build());
                }
            }
            """;

    @TempDir
    Path temp;

    @Test
    void registryLoadsAPluginJarThroughItsClassLoaderOnly() throws Exception {
        Path jar = buildPluginJar();
        ClassLoader testLoader = getClass().getClassLoader();
        try (URLClassLoader pluginLoader = new URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, testLoader)) {
            Registry withPlugin = Registry.load(pluginLoader);
            EnvSpec spec = withPlugin.spec(ID);
            assertEquals("Example", spec.namespace());
            assertEquals("Coin", spec.name());
            assertEquals("Example/Coin-v0", withPlugin.spec("Example/Coin").id());

            Registry.Origin origin = withPlugin.origin(ID);
            assertEquals("com.example.plugin.CoinProvider", origin.provider());
            assertEquals(jar.toRealPath(), Path.of(origin.location()).toRealPath(), "the origin is the plugin jar");

            try (Env<Integer, Integer> env = withPlugin.make(ID, "{\"bias\": 2}")) {
                assertEquals("com.example.plugin.CoinEnv", env.unwrapped().getClass().getName());
                assertTrue(env.unwrapped().getClass().getClassLoader() == pluginLoader);
                assertEquals(2, env.spec().kwargs().get("bias"));
                env.reset(5);
                StepResult<Integer> r = env.step(1);
                assertTrue(r.terminated());
                int coin = (Integer) r.info().get("coin");
                assertEquals(coin, r.observation());
                assertEquals((coin == 1 ? 1 : 0) + 2, r.reward());
            }
            // the built-in agents are still found through the parent loader
            assertTrue(withPlugin.agentSpecs().stream().anyMatch(a -> a.name().equals("random")));
        }
        Registry withoutPlugin = Registry.load(testLoader);
        assertFalse(withoutPlugin.specs().stream().anyMatch(s -> s.id().equals(ID)));
        assertThrows(UnknownIdException.class, () -> withoutPlugin.spec(ID));
    }

    private static final String FAULTY_SOURCES = """
            package com.example.faulty;

            import java.util.List;
            import java.util.Set;
            import org.jgym.env.api.agent.AgentProvider;
            import org.jgym.env.api.agent.AgentSpec;
            import org.jgym.env.api.registry.EnvProvider;
            import org.jgym.env.api.registry.EnvSpec;

            public final class Faulty {
                private Faulty() {
                }

                /** Fails in its constructor. */
                public static final class Throwing implements EnvProvider {
                    public Throwing() {
                        throw new IllegalStateException("boom in the constructor");
                    }

                    @Override
                    public List<EnvSpec> envs() {
                        return List.of();
                    }
                }

                /** Fails while listing its envs. */
                public static final class FailingList implements EnvProvider {
                    @Override
                    public List<EnvSpec> envs() {
                        throw new IllegalStateException("boom in envs()");
                    }
                }

                /** Registers the good plugin's id again, next to one id of its own. */
                public static final class Shadowing implements EnvProvider {
                    @Override
                    public List<EnvSpec> envs() {
                        return List.of(EnvSpec.builder("Example/Coin-v0", k -> null).build(),
                                EnvSpec.builder("Example/Own-v0", k -> null).build());
                    }
                }

                /** Registers the built-in agent "random" for every env again. */
                public static final class RandomAgain implements AgentProvider {
                    @Override
                    public List<AgentSpec> agents() {
                        return List.of(new AgentSpec("random", "shadow", Set.of(), (env, seed, kwargs) -> o -> 0));
                    }
                }
            }
            """;

    @Test
    void aFaultyPluginCostsOnlyItselfWithOneWarningPerFaultNamingClassAndJar() throws Exception {
        Path good = buildPluginJar();
        Path src = Files.createDirectories(temp.resolve("faulty/src/com/example/faulty"));
        Path services = Files.createDirectories(temp.resolve("faulty/resources/META-INF/services"));
        Files.writeString(services.resolve(EnvProvider.class.getName()), String.join("\n",
                "com.example.faulty.Missing", "com.example.faulty.Faulty$Throwing",
                "com.example.faulty.Faulty$FailingList", "com.example.faulty.Faulty$Shadowing", ""));
        Files.writeString(services.resolve(org.jgym.env.api.agent.AgentProvider.class.getName()),
                "com.example.faulty.Faulty$RandomAgain\n");
        Path bad = PluginJars.build(List.of(Files.writeString(src.resolve("Faulty.java"), FAULTY_SOURCES)),
                temp.resolve("faulty/resources"), Files.createDirectories(temp.resolve("faulty/work")));
        try (URLClassLoader loader = new URLClassLoader(new java.net.URL[] {good.toUri().toURL(), bad.toUri().toURL()},
                getClass().getClassLoader())) {
            Registry registry = Registry.load(loader);
            assertEquals("com.example.plugin.CoinProvider", registry.origin(ID).provider(), "the first jar keeps its id");
            assertEquals("Example/Own-v0", registry.spec("Example/Own-v0").id(), "the shadowing provider's own id loads");
            assertEquals("org.jgym.env.api.agent.BuiltinAgents", registry.agentOrigin(registry.agentSpecs().stream()
                    .filter(a -> a.name().equals("random")).findFirst().orElseThrow()).provider());
            List<String> warnings = registry.warnings();
            assertEquals(5, warnings.size(), String.join("\n", warnings));
            String jarName = bad.getFileName().toString();
            for (String w : warnings) {
                assertTrue(w.contains(jarName) && w.contains("com.example.faulty."), "names class and jar: " + w);
                assertFalse(w.contains("\n"), "one line: " + w);
            }
            assertTrue(warnings.get(0).contains("com.example.faulty.Missing"), warnings.get(0));
            assertTrue(warnings.stream().anyMatch(w -> w.contains("boom in the constructor")));
            assertTrue(warnings.stream().anyMatch(w -> w.contains("boom in envs()")));
            assertTrue(warnings.stream().anyMatch(w -> w.contains("Example/Coin-v0") && w.contains(good.getFileName().toString())),
                    "a duplicate id names both jars");
            assertTrue(warnings.stream().anyMatch(w -> w.startsWith("agent random")));
        }
    }

    /** Writes the plugin's sources and service file, then compiles and jars them. */
    private Path buildPluginJar() throws IOException, URISyntaxException {
        Path src = Files.createDirectories(temp.resolve("src/com/example/plugin"));
        Path services = Files.createDirectories(temp.resolve("resources/META-INF/services"));
        Files.writeString(services.resolve(EnvProvider.class.getName()), "com.example.plugin.CoinProvider\n");
        List<Path> sources = List.of(Files.writeString(src.resolve("CoinEnv.java"), ENV_SOURCE),
                Files.writeString(src.resolve("CoinProvider.java"), PROVIDER_SOURCE));
        return PluginJars.build(sources, temp.resolve("resources"), Files.createDirectories(temp.resolve("work")));
    }
}

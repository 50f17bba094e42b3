package org.jgym.env.api.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgym.env.api.Env;
import org.jgym.env.api.InvalidKwargsException;
import org.jgym.env.api.JgymException;
import org.jgym.env.api.UnknownIdException;
import org.jgym.env.api.agent.Agent;
import org.jgym.env.api.agent.AgentSpec;
import org.jgym.env.api.agent.RandomAgent;
import org.jgym.env.api.fixtures.CountingEnv;
import org.jgym.env.api.fixtures.TestSpecs;
import org.jgym.env.api.fixtures.ThresholdDistribution;
import org.jgym.env.api.vector.SyncVectorEnv;
import org.jgym.env.api.vector.ThreadedVectorEnv;
import org.jgym.env.api.vector.VectorEnv;
import org.junit.jupiter.api.Test;

class RegistryTest {

    private static Registry versions() {
        Registry r = new Registry();
        r.register(TestSpecs.counting("Counting-v0"));
        r.register(TestSpecs.counting("Counting-v2"));
        r.register(TestSpecs.counting("Counting-v1"));
        r.register(TestSpecs.counting("Countdown-v0"));
        r.register(TestSpecs.counting("Pendulum-v1"));
        return r;
    }

    @Test
    void unversionedIdResolvesToTheHighestVersion() {
        assertEquals("Counting-v2", versions().spec("Counting").id());
        assertEquals("Counting-v1", versions().spec("Counting-v1").id());
    }

    @Test
    void unknownVersionListsTheRegisteredVersions() {
        UnknownIdException e = assertThrows(UnknownIdException.class, () -> versions().spec("Counting-v7"));
        assertEquals("environment version Counting-v7 does not exist; registered versions: "
                + "[Counting-v2, Counting-v1, Counting-v0]", e.getMessage());
    }

    @Test
    void unknownIdSuggestsTheClosestIds() {
        UnknownIdException e = assertThrows(UnknownIdException.class, () -> versions().spec("Countng-v0"));
        assertEquals("unknown environment id 'Countng-v0'; did you mean: Counting-v0, Counting-v1, Counting-v2?",
                e.getMessage());
    }

    @Test
    void aProviderExplainsAnIdItKnowsButCannotMake() {
        Registry r = versions();
        r.register(new EnvProvider() {
            @Override
            public List<EnvSpec> envs() {
                return List.of(TestSpecs.counting("Listed-v0"));
            }

            @Override
            public java.util.Optional<String> whyUnavailable(String id) {
                if (id.equals("Faulty-v0")) {
                    throw new IllegalStateException("provider bug");
                }
                return id.equals("Locked-v0") ? java.util.Optional.of("Locked-v0 needs its data file; install it")
                        : java.util.Optional.empty();
            }

            @Override
            public List<String> unavailableIds() {
                return List.of("Locked-v0", "Listed-v0");
            }
        });
        r.register(new EnvProvider() {
            @Override
            public List<EnvSpec> envs() {
                return List.of();
            }

            @Override
            public List<String> unavailableIds() {
                throw new IllegalStateException("provider bug");
            }
        });
        assertEquals(List.of("Locked-v0"), r.unavailableIds(), "listed ids are not unavailable; a faulty provider is passed over");
        assertEquals("Listed-v0", r.spec("Listed-v0").id());
        UnknownIdException locked = assertThrows(UnknownIdException.class, () -> r.make("Locked-v0"));
        assertEquals("Locked-v0 needs its data file; install it", locked.getMessage());
        assertTrue(assertThrows(UnknownIdException.class, () -> r.spec("Faulty-v0")).getMessage()
                .startsWith("unknown environment id 'Faulty-v0'"), "a failing provider leaves the generic error");
        assertTrue(assertThrows(UnknownIdException.class, () -> r.spec("Countng-v0")).getMessage()
                .contains("did you mean"), "ids no provider knows keep the suggestions");
    }

    @Test
    void unknownIdWithNothingCloseListsEverything() {
        Registry r = new Registry();
        r.register(TestSpecs.counting("Counting-v0"));
        assertEquals("unknown environment id 'Zebra-v0'; registered: Counting-v0",
                assertThrows(UnknownIdException.class, () -> r.spec("Zebra-v0")).getMessage());
        assertEquals("unknown environment id 'Zebra-v0'; nothing is registered (is the plugin jar on the classpath?)",
                assertThrows(UnknownIdException.class, () -> new Registry().spec("Zebra-v0")).getMessage());
    }

    @Test
    void malformedIdIsAnUnknownIdWithSuggestions() {
        UnknownIdException e = assertThrows(UnknownIdException.class, () -> versions().spec("Counting v0"));
        assertTrue(e.getMessage().startsWith("malformed env id 'Counting v0'; expected [namespace/]Name-vN"), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean: Counting-v0"), e.getMessage());
    }

    @Test
    void versionedAndUnversionedOfTheSameNameCannotCoexist() {
        Registry r = new Registry();
        r.register(TestSpecs.counting("Counting-v0"));
        JgymException e = assertThrows(JgymException.class, () -> r.register(TestSpecs.counting("Counting")));
        assertEquals("cannot register Counting next to Counting-v0: a versioned and an unversioned id of the same name "
                + "cannot coexist", e.getMessage());
        Registry other = new Registry();
        other.register(TestSpecs.counting("Counting"));
        assertThrows(JgymException.class, () -> other.register(TestSpecs.counting("Counting-v3")));
        // another namespace is another name
        r.register(TestSpecs.counting("ns/Counting"));
        assertEquals("ns/Counting", r.spec("ns/Counting").id());
    }

    @Test
    void registeringAnIdTwiceReplacesIt() {
        Registry r = new Registry();
        r.register(TestSpecs.counting("Counting-v0"));
        EnvSpec replacement = EnvSpec.builder("Counting-v0", k -> new CountingEnv(1)).build();
        r.register(replacement);
        assertEquals(1, r.specs().size());
        assertTrue(r.spec("Counting-v0") == replacement);
    }

    @Test
    void originOfCodeRegisteredSpecs() {
        Registry r = TestSpecs.registry();
        assertEquals(new Registry.Origin("(registered in code)", "-"), r.origin(TestSpecs.COUNTING));
        assertEquals(new Registry.Origin("(registered in code)", "-"), r.origin("Counting"));
    }

    @Test
    void makeWithJsonKwargsAcceptsNumbersAsDoublesForIntParams() {
        try (Env<float[], Integer> env = TestSpecs.registry().make(TestSpecs.COUNTING, "{\"threshold\": 2, \"verbose\": true}")) {
            assertEquals(2, env.spec().kwargs().get("threshold"));
            assertEquals(Boolean.TRUE, env.spec().kwargs().get("verbose"));
            env.reset(0);
            assertTrue(env.step(2).terminated());
        }
    }

    @Test
    void jsonKwargsMustBeAnObjectOfValidJson() {
        assertEquals(Map.of(), Registry.kwargsFromJson(" "));
        assertEquals("kwargs must be a JSON object such as {\"key\": value}, got [1]",
                assertThrows(InvalidKwargsException.class, () -> Registry.kwargsFromJson("[1]")).getMessage());
        JgymException e = assertThrows(JgymException.class, () -> Registry.kwargsFromJson("{\"a\": "));
        assertEquals("kwargs is not valid JSON: the text ends where a value is expected at column 7: {\"a\": ",
                e.getMessage());
        assertEquals("Counting-v0: kwarg 'threshold' must be an integer in [1, 100], got 2.5",
                assertThrows(InvalidKwargsException.class,
                        () -> TestSpecs.registry().make(TestSpecs.COUNTING, "{\"threshold\": 2.5}")).getMessage());
    }

    @Test
    void jsonKwargsKeepNullAndNesting() {
        Map<String, Object> kwargs = Registry.kwargsFromJson("{\"a\": null, \"b\": [1, 2], \"c\": {\"d\": \"e\"}}");
        assertTrue(kwargs.containsKey("a"));
        assertEquals(null, kwargs.get("a"));
        assertEquals(List.of(1.0, 2.0), kwargs.get("b"));
        assertEquals(Map.of("d", "e"), kwargs.get("c"));
    }

    @Test
    void makeVecBuildsSyncForOneThreadAndThreadedOtherwise() {
        Registry r = TestSpecs.registry();
        try (VectorEnv<float[], int[]> sync = r.makeVec(TestSpecs.COUNTING, 3, Map.of("threshold", 4), 1);
                VectorEnv<float[], int[]> threaded = r.makeVec(TestSpecs.COUNTING, 3, Map.of(), 2)) {
            assertInstanceOf(SyncVectorEnv.class, sync);
            assertInstanceOf(ThreadedVectorEnv.class, threaded);
            assertEquals(3, sync.numEnvs());
            assertEquals(4, sync.spec().kwargs().get("threshold"));
        }
        assertEquals("number of env copies must be > 0, got 0", assertThrows(IllegalArgumentException.class,
                () -> r.makeVec(TestSpecs.COUNTING, 0, Map.of(), 1)).getMessage());
        assertEquals("threads must be > 0, got 0", assertThrows(IllegalArgumentException.class,
                () -> r.makeVec(TestSpecs.COUNTING, 2, Map.of(), 0)).getMessage());
        assertThrows(InvalidKwargsException.class, () -> r.makeVec(TestSpecs.COUNTING, 2, Map.of("nope", 1), 1));
    }

    @Test
    void taskDistributionLookupAndUnknownId() {
        Registry r = TestSpecs.registry();
        assertInstanceOf(ThresholdDistribution.class, r.taskDistribution(ThresholdDistribution.ID));
        assertEquals(1, r.taskDistributionSpecs().size());
        assertEquals("unknown task distribution 'counting/treshold'; did you mean: counting/threshold?",
                assertThrows(UnknownIdException.class, () -> r.taskDistribution("counting/treshold")).getMessage());
    }

    @Test
    void loadedRegistryHasTheBuiltinRandomAgent() {
        Registry r = Registry.load(getClass().getClassLoader());
        AgentSpec random = r.agentSpecs().stream().filter(a -> a.name().equals("random")).findFirst().orElseThrow();
        assertEquals("org.jgym.env.api.agent.BuiltinAgents", r.agentOrigin(random).provider());
        assertTrue(random.envNames().isEmpty());
    }

    @Test
    void envScopedAgentWinsOverTheGenericOne() {
        Registry r = TestSpecs.registry();
        AgentSpec generic = new AgentSpec("random", "generic", Set.of(),
                (env, seed, kwargs) -> new RandomAgent<>(env.actionSpace(), seed));
        AgentSpec scoped = new AgentSpec("random", "always 1", Set.of("Counting"), (env, seed, kwargs) -> o -> 1);
        r.registerAgent(generic);
        r.registerAgent(scoped);
        try (Env<float[], Integer> counting = r.make(TestSpecs.COUNTING);
                Env<float[], Integer> other = r.make(TestSpecs.TASK_COUNTING)) {
            assertTrue(r.agentSpec("random", counting) == scoped);
            assertTrue(r.agentSpec("random", other) == generic);
            assertTrue(r.agentSpec("random", new CountingEnv(3)) == generic, "a hand-built env has no name");
            Agent<float[], Integer> agent = r.makeAgent("random", counting, 0, Map.of());
            assertEquals(1, agent.act(null));
        }
    }

    @Test
    void unknownAgentNamesTheEnvAndSuggests() {
        Registry r = TestSpecs.registry();
        r.registerAgent(new AgentSpec("random", "", Set.of(), (env, seed, kwargs) -> o -> 0));
        r.registerAgent(new AgentSpec("oracle", "", Set.of("Counting"), (env, seed, kwargs) -> o -> 0));
        r.registerAgent(new AgentSpec("solver", "", Set.of("Elsewhere"), (env, seed, kwargs) -> o -> 0));
        try (Env<float[], Integer> env = r.make(TestSpecs.COUNTING)) {
            assertEquals("unknown agent 'randm' for Counting; did you mean: random?",
                    assertThrows(UnknownIdException.class, () -> r.agentSpec("randm", env)).getMessage());
            assertEquals("unknown agent 'solver' for Counting; agents for this env: oracle, random",
                    assertThrows(UnknownIdException.class, () -> r.agentSpec("solver", env)).getMessage());
        }
    }

    @Test
    void loadingTheTestClassPathFindsNoTestEnvs() {
        Registry r = Registry.load(getClass().getClassLoader());
        assertFalse(r.specs().stream().anyMatch(s -> s.id().equals(TestSpecs.COUNTING)));
    }
}

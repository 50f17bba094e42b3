package org.jgym.env.alchemy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jgym.env.api.AnsiFrame;
import org.jgym.env.api.Env;
import org.jgym.env.api.InvalidActionException;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.registry.Registry;
import org.jgym.env.api.spaces.Box;
import org.jgym.env.api.spaces.Discrete;
import org.jgym.env.api.task.TaskDistribution;
import org.jgym.env.api.task.TaskEnvs;
import org.junit.jupiter.api.Test;

class AlchemyEnvTest {
    private static final Registry REGISTRY = Registry.load(AlchemyEnvTest.class.getClassLoader());

    private static Env<float[], Integer> make(Map<String, Object> kwargs) {
        return REGISTRY.make(AlchemyEnv.ID, kwargs);
    }

    @Test
    void defaultEnvHas40ActionsAnd39Floats() {
        try (Env<float[], Integer> env = make(Map.of())) {
            assertEquals(40, ((Discrete) env.actionSpace()).n());
            assertArrayEquals(new int[] {39}, ((Box<?>) env.observationSpace()).shape());
            AlchemyEnv alchemy = (AlchemyEnv) env.unwrapped();
            assertEquals(Level.DEFAULT, alchemy.level());
            assertEquals(39, env.reset(1L).observation().length);
        }
    }

    @Test
    void optionsAddTheEndTrialActionAndTheChemistryView() {
        try (Env<float[], Integer> env = make(Map.of("end_trial_action", true, "chemistry_view", "ground_truth",
                "level", "perceptual_mapping_randomized_with_random_bottleneck"))) {
            assertEquals(41, ((Discrete) env.actionSpace()).n());
            float[] obs = env.reset(3L).observation();
            assertEquals(67, obs.length);
            Chemistry chemistry = ((AlchemyEnv) env.unwrapped()).chemistry();
            for (int e = 0; e < 12; e++) {
                assertEquals((chemistry.graph().edgeMask() >> e) & 1, obs[39 + e], 0f);
            }
            assertEquals(1f, obs[39 + 12 + chemistry.potionMap().permutationIndex()], 0f);
            assertEquals(1f, obs[39 + 24], 0f, "no rotation at this level");
            assertTrue(env.observationSpace().contains(obs));
        }
    }

    @Test
    void unknownKwargValuesAreRejected() {
        assertThrows(RuntimeException.class, () -> make(Map.of("level", "no_such_level")));
        assertThrows(RuntimeException.class, () -> make(Map.of("chemistry_view", "belief")));
    }

    @Test
    void outOfRangeActionsAreRejectedAndLeaveTheStateUnchanged() {
        try (Env<float[], Integer> env = make(Map.of()); Env<float[], Integer> twin = make(Map.of())) {
            env.reset(11L);
            twin.reset(11L);
            InvalidActionException e = assertThrows(InvalidActionException.class, () -> env.step(40));
            assertTrue(e.getMessage().contains("40"), e.getMessage());
            assertThrows(InvalidActionException.class, () -> env.step(-1));
            for (int action : new int[] {14, 3, 1, 0, 27}) {
                StepResult<float[]> a = env.step(action);
                StepResult<float[]> b = twin.step(action);
                assertArrayEquals(b.observation(), a.observation());
                assertEquals(b.reward(), a.reward());
            }
        }
    }

    @Test
    void sameSeedSameEpisodeAndEpisodesLast200Steps() {
        double[] first = rollout(5L);
        assertArrayEquals(first, rollout(5L));
        assertFalse(java.util.Arrays.equals(first, rollout(6L)));
        assertEquals(200, first.length);
    }

    private static double[] rollout(long seed) {
        try (Env<float[], Integer> env = make(Map.of())) {
            env.reset(seed);
            double[] trace = new double[200];
            java.util.random.RandomGenerator actions = org.jgym.env.api.Seeding.generator(99);
            for (int t = 0; t < 200; t++) {
                StepResult<float[]> r = env.step(actions.nextInt(40));
                float[] obs = r.observation();
                trace[t] = r.reward() + 1e-3 * obs[0] + 1e-4 * obs[15] + 1e-5 * obs[3];
                assertEquals(t == 199, r.terminated(), "terminated exactly at step 200");
                assertFalse(r.truncated());
                assertEquals(t == 199 ? 10 : (t + 1) / 20, r.info().get(AlchemyEnv.INFO_TRIAL));
            }
            return trace;
        }
    }

    @Test
    void taskDistributionsHaveTheSheetSizesAndJsonRoundTrips() {
        Map<String, Long> expected = Map.of(
                "alchemy/perceptual_mapping_randomized_with_rotation_and_random_bottleneck", 167_424L,
                "alchemy/perceptual_mapping_randomized_with_random_bottleneck", 41_856L,
                "alchemy/perceptual_mapping_randomized_with_rotation", 1_536L,
                "alchemy/perceptual_mapping_randomized", 384L,
                "alchemy/all_fixed", 1L,
                "alchemy/all_fixed_bottleneck1", 1L);
        for (Map.Entry<String, Long> e : expected.entrySet()) {
            TaskDistribution<?> d = REGISTRY.taskDistribution(e.getKey());
            assertEquals(e.getValue(), d.size().getAsLong(), e.getKey());
        }
        @SuppressWarnings("unchecked")
        TaskDistribution<Chemistry> d = (TaskDistribution<Chemistry>) REGISTRY.taskDistribution(
                "alchemy/perceptual_mapping_randomized_with_rotation_and_random_bottleneck");
        List<Chemistry> tasks = d.sample(50, 4L);
        assertEquals(tasks, d.sample(50, 4L));
        for (Chemistry task : tasks) {
            JsonElement json = d.toJson(task);
            assertEquals(task, d.fromJson(json));
        }
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> d.fromJson(com.google.gson.JsonParser.parseString(
                        "{\"graph\":[2,4,6,4,6,2,6,4,2,4,6,2],\"potion_map\":48,\"stone_map\":0,\"rotation\":0}")));
        assertTrue(bad.getMessage().contains("47"), bad.getMessage());
    }

    @Test
    void aTaskSetOnTheEnvFixesTheChemistryOfLaterEpisodes() {
        try (Env<float[], Integer> env = make(Map.of("level", "perceptual_mapping_randomized"))) {
            AlchemyEnv alchemy = (AlchemyEnv) env.unwrapped();
            Chemistry task = new Chemistry(Graph.FULL_CUBE, new PotionMap(13), new StoneMap(2), Rotation.NONE);
            TaskEnvs.setTask(env, task);
            env.reset(1L);
            assertEquals(task, alchemy.chemistry());
            env.reset(2L);
            assertEquals(task, alchemy.chemistry());
            Chemistry outside = new Chemistry(GraphCatalog.bottleneck1(), new PotionMap(13), new StoneMap(2),
                    Rotation.NONE);
            assertThrows(IllegalArgumentException.class, () -> alchemy.setTask(outside));
            alchemy.setTask(null);
            Set<Chemistry> drawn = new java.util.HashSet<>();
            for (int i = 0; i < 5; i++) {
                env.reset();
                drawn.add(alchemy.chemistry());
            }
            assertTrue(drawn.size() > 1, "without a task each episode draws a chemistry");
        }
    }

    @Test
    void ansiRenderShowsStonesPotionsAndCauldron() {
        try (Env<float[], Integer> env = make(Map.of("render_mode", "ansi", "level", "all_fixed"))) {
            env.reset(8L);
            env.step(1); // stone 0 into the cauldron
            String text = ((AnsiFrame) env.render()).text();
            assertTrue(text.contains("Trial 1/10"), text);
            assertTrue(text.contains("Stones:") && text.contains("(gone)"), text);
            assertTrue(text.contains("Potions:"), text);
            assertTrue(text.contains("Cauldron: 1 stone(s)"), text);
        }
    }

    @Test
    void theFourBotsAreRegistered() {
        Set<String> names = REGISTRY.agentSpecs().stream().map(s -> s.name()).collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("random", "random-heuristic", "search-oracle", "ideal-observer")),
                names.toString());
        try (Env<float[], Integer> env = make(Map.of())) {
            assertNotEquals(null, REGISTRY.makeAgent("search-oracle", env, 1L, Map.of()));
        }
    }

    @Test
    void idealObserverKwargsAreCheckedWithTheAllowedNames() {
        try (Env<float[], Integer> env = make(Map.of())) {
            IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                    () -> REGISTRY.makeAgent("ideal-observer", env, 1L, Map.of("horizon", 4)));
            assertTrue(unknown.getMessage().contains("'horizon'") && unknown.getMessage().contains("sample_size")
                    && unknown.getMessage().contains("exact_up_to"), unknown.getMessage());
            IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                    () -> REGISTRY.makeAgent("ideal-observer", env, 1L, Map.of("sample_size", 0)));
            assertTrue(zero.getMessage().contains("sample_size") && zero.getMessage().contains("positive integer"),
                    zero.getMessage());
            assertNotEquals(null, REGISTRY.makeAgent("ideal-observer", env, 1L,
                    Map.of("exact_up_to", 64, "sample_size", 32)));
        }
    }
}

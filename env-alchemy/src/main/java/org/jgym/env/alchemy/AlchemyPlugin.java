package org.jgym.env.alchemy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import org.jgym.env.alchemy.bots.IdealObserverBot;
import org.jgym.env.alchemy.bots.RandomHeuristicBot;
import org.jgym.env.alchemy.bots.SearchOracleBot;
import org.jgym.env.alchemy.bots.UniformRandomBot;
import org.jgym.env.api.Env;
import org.jgym.env.api.EnvMetadata;
import org.jgym.env.api.Seeding;
import org.jgym.env.api.agent.AgentProvider;
import org.jgym.env.api.agent.AgentSpec;
import org.jgym.env.api.registry.EnvProvider;
import org.jgym.env.api.registry.EnvSpec;
import org.jgym.env.api.registry.Param;
import org.jgym.env.api.registry.TaskDistributionProvider;
import org.jgym.env.api.registry.TaskDistributionSpec;

/**
 * Registers {@code SymbolicAlchemy-v0}, one task distribution {@code alchemy/<level>} per level, and the bots
 * {@code random}, {@code random-heuristic}, {@code search-oracle} and {@code ideal-observer}.
 */
public final class AlchemyPlugin implements EnvProvider, TaskDistributionProvider, AgentProvider {
    /** Kwarg: level name. */
    public static final String LEVEL = "level";
    /** Kwarg: whether action 0 ends the trial. */
    public static final String END_TRIAL_ACTION = "end_trial_action";
    /** Kwarg: chemistry part of the observation. */
    public static final String CHEMISTRY_VIEW = "chemistry_view";
    private static final Set<String> ENV_NAMES = Set.of("SymbolicAlchemy");
    private static final Set<String> IDEAL_OBSERVER_KWARGS = Set.of("exact_up_to", "sample_size");

    @Override
    public List<EnvSpec> envs() {
        return List.of(EnvSpec.builder(AlchemyEnv.ID, kwargs -> new AlchemyEnv(
                        Level.fromReferenceName(kwargs.getString(LEVEL)),
                        kwargs.getBoolean(END_TRIAL_ACTION),
                        ChemistryView.fromKwarg(kwargs.getString(CHEMISTRY_VIEW)),
                        kwargs.renderMode()))
                .params(Param.string(LEVEL, Level.DEFAULT.referenceName(),
                                "chemistry prior, by the reference's level name", Level.referenceNames()),
                        Param.bool(END_TRIAL_ACTION, false, "add action 0 = end the trial (41 actions)"),
                        Param.string(CHEMISTRY_VIEW, ChemistryView.NONE.kwargValue(),
                                "append 28 floats describing the chemistry", "none", "ground_truth", "unknown"))
                .taskDistribution(ChemistryDistribution.ID_PREFIX + Level.DEFAULT.referenceName())
                .renderModes(EnvMetadata.ANSI)
                .description("DeepMind's symbolic Alchemy: 10 trials x 20 steps of stones, potions and a "
                        + "cauldron on a hidden chemistry (meta-RL)")
                .build());
    }

    @Override
    public List<TaskDistributionSpec> taskDistributions() {
        List<TaskDistributionSpec> specs = new ArrayList<>();
        for (Level level : Level.values()) {
            specs.add(new TaskDistributionSpec(ChemistryDistribution.ID_PREFIX + level.referenceName(),
                    "chemistries of Alchemy level " + level.referenceName() + " (" + level.size() + ")",
                    () -> new ChemistryDistribution(level)));
        }
        return specs;
    }

    @Override
    public List<AgentSpec> agents() {
        return List.of(
                new AgentSpec("random", "uniform random over the 40 (41) actions", ENV_NAMES,
                        (env, seed, kwargs) -> new UniformRandomBot(alchemy(env).actions().hasEndTrialAction(),
                                random(seed))),
                new AgentSpec("random-heuristic", "the reference's random bot: random stone into random potion "
                        + "until no potion or every stone is +15, then cash positive stones", ENV_NAMES,
                        (env, seed, kwargs) -> new RandomHeuristicBot(alchemy(env).actions().hasEndTrialAction(),
                                random(seed))),
                new AgentSpec("search-oracle", "told the chemistry; plans every trial exactly", ENV_NAMES,
                        (env, seed, kwargs) -> {
                            AlchemyEnv alchemy = alchemy(env);
                            return new SearchOracleBot(alchemy.actions().hasEndTrialAction(), alchemy::chemistry);
                        }),
                new AgentSpec("ideal-observer", "Bayesian over the level's chemistries, expectimax to the end "
                        + "of the trial (kwargs exact_up_to, sample_size)", ENV_NAMES,
                        (env, seed, kwargs) -> {
                            AlchemyEnv alchemy = alchemy(env);
                            checkKwargs(kwargs, IDEAL_OBSERVER_KWARGS);
                            return new IdealObserverBot(alchemy.actions().hasEndTrialAction(), alchemy.level(),
                                    intKwarg(kwargs, "exact_up_to", IdealObserverBot.DEFAULT_EXACT_UP_TO),
                                    intKwarg(kwargs, "sample_size", IdealObserverBot.DEFAULT_SAMPLE_SIZE));
                        }));
    }

    private static AlchemyEnv alchemy(Env<?, ?> env) {
        if (env.unwrapped() instanceof AlchemyEnv alchemy) {
            return alchemy;
        }
        throw new IllegalArgumentException("Alchemy bots play " + AlchemyEnv.ID + " only, got "
                + env.unwrapped().getClass().getSimpleName());
    }

    private static RandomGenerator random(long seed) {
        return Seeding.generator(Seeding.checkSeed(seed));
    }

    private static void checkKwargs(Map<String, Object> kwargs, Set<String> allowed) {
        for (String name : kwargs.keySet()) {
            if (!allowed.contains(name)) {
                throw new IllegalArgumentException("ideal-observer: unknown kwarg '" + name + "'; allowed: "
                        + new TreeSet<>(allowed));
            }
        }
    }

    private static int intKwarg(Map<String, Object> kwargs, String name, int defaultValue) {
        Object value = kwargs.get(name);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && n.intValue() >= 1) {
            return n.intValue();
        }
        if (value instanceof String s && s.matches("[1-9][0-9]*")) {
            return Integer.parseInt(s);
        }
        throw new IllegalArgumentException("ideal-observer: kwarg '" + name + "' must be a positive integer, got "
                + value);
    }
}

package org.jgym.env.retro;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jgym.env.api.Env;
import org.jgym.env.api.InvalidKwargsException;
import org.jgym.env.api.registry.EnvProvider;
import org.jgym.env.api.registry.EnvSpec;
import org.jgym.env.api.registry.Kwargs;
import org.jgym.env.api.registry.Param;
import org.jgym.env.api.registry.TaskDistributionProvider;
import org.jgym.env.api.registry.TaskDistributionSpec;
import org.jgym.env.retro.integration.Integration;
import org.jgym.env.retro.integration.RetroCatalog;
import org.jgym.env.retro.integration.SystemSpec;
import org.jgym.env.retro.wrappers.FlattenScaled;
import org.jgym.env.retro.wrappers.Preprocessing;

/**
 * Registers one env per Gym Retro integration whose ROM is present (e.g. {@code Airstriker-Genesis-v0}, the free
 * game shipped with stable-retro); the descriptions say how many integrations still lack their ROM.
 */
public final class RetroEnvProvider implements EnvProvider, TaskDistributionProvider {
    /** The Retro Contest's scenario (contest.json), used by the preprocess kwarg where a game has one, as the contest. */
    static final String CONTEST_SCENARIO = "contest";

    @Override
    public List<EnvSpec> envs() {
        RetroCatalog catalog;
        List<String> games;
        try {
            catalog = RetroCatalog.standard(null);
            games = catalog.games();
        } catch (RetroException e) {
            return List.of(); // no stable-retro installed and no user integrations: nothing to offer
        }
        List<String> playable = new ArrayList<>();
        for (String game : games) {
            if (catalog.rom(game) != null && catalog.systemOfGame(game) != null) {
                playable.add(game);
            }
        }
        int missing = games.size() - playable.size();
        List<EnvSpec> specs = new ArrayList<>();
        for (String game : playable) {
            SystemSpec system = catalog.systemOfGame(game);
            specs.add(spec(game, system, missing));
        }
        return specs;
    }

    /** Every integration whose ROM is not imported or whose system has no core: {@link #whyUnavailable} explains. */
    @Override
    public List<String> unavailableIds() {
        try {
            RetroCatalog catalog = RetroCatalog.standard(null);
            List<String> ids = new ArrayList<>();
            for (String game : catalog.games()) {
                if (catalog.rom(game) == null || catalog.systemOfGame(game) == null) {
                    ids.add(game);
                }
            }
            return ids;
        } catch (RetroException e) {
            return List.of();
        }
    }

    /** For an integration whose ROM is not imported (or whose system has no core): what is missing and what to do. */
    @Override
    public Optional<String> whyUnavailable(String id) {
        try {
            RetroCatalog catalog = RetroCatalog.standard(null);
            if (catalog.find(id, "rom.sha") == null) {
                return Optional.empty();
            }
            if (catalog.rom(id) == null) {
                return Optional.of("environment " + id + " is a Gym Retro integration, but " + Integration.missingRom(id));
            }
            if (catalog.systemOfGame(id) == null) {
                return Optional.of("environment " + id + " is a Gym Retro integration whose system has no libretro core "
                        + "installed; see env-retro-adapter/README.md for the core folders searched");
            }
            return Optional.empty();
        } catch (RetroException e) {
            return Optional.empty();
        }
    }

    /** A states distribution per playable game, and the Retro Contest's Sonic train and validation levels. */
    @Override
    public List<TaskDistributionSpec> taskDistributions() {
        List<TaskDistributionSpec> specs = new ArrayList<>();
        specs.add(new TaskDistributionSpec("retro/sonic-contest-train",
                "the Retro Contest's 47 Sonic training levels (needs the three Sonic ROMs imported)",
                RetroTaskDistribution::sonicContestTrain));
        specs.add(new TaskDistributionSpec("retro/sonic-contest-validation",
                "the Retro Contest's 11 Sonic validation levels (needs the three Sonic ROMs imported)",
                RetroTaskDistribution::sonicContestValidation));
        for (EnvSpec env : envs()) {
            String game = env.id();
            specs.add(new TaskDistributionSpec("retro/" + game + "/states", "the start states of " + game,
                    () -> RetroTaskDistribution.states(game, RetroCatalog.standard(null).states(game))));
        }
        return specs;
    }

    /** The kwargs every Retro env takes. */
    static Param[] params() {
        return new Param[] {
            Param.string("state", Integration.DEFAULT_STATE,
                    "start state: a .state name of the game, DEFAULT (metadata.json's) or NONE (power-on)"),
            Param.string("scenario", null, "reward/done rules: a .json name in the game folder or a path; default "
                    + "scenario, or contest (the Retro Contest's, e.g. Sonic's progress reward) under a preprocess when "
                    + "the game has one"),
            Param.string("info", "data", "variables: a .json name in the game folder or a path"),
            Param.string("use_restricted_actions", "filtered", "action mode", "all", "filtered", "discrete",
                    "multi_discrete"),
            Param.string("obs_type", "image", "observation: the RGB screen or the RAM", "image", "ram"),
            Param.integer("players", 1, 1, 2, "pads the action drives (player 0's part first); the reward is player"
                    + " 0's, as stable-retro's"),
            Param.string("data_root", null, "an extra folder of integrations searched first"),
            Param.string("core", null, "path of the libretro core library to use instead of the installed one"),
            Param.string("preprocess", "none", "wrappers: contest84 (Retro Contest + baselines, 84x84x4) or seed001-42"
                    + " (42x42 gray, no stack); both use SonicDiscretizer's Discrete(7)", Preprocessing.NAMES.toArray(String[]::new)),
            Param.string("tasks", "states", "task distribution of the env: the game's states, or the Retro Contest's"
                    + " Sonic levels (tasks of other games load them at the next reset)", "states", "sonic-contest-train",
                    "sonic-contest-validation"),
            Param.json("record", false, "record each episode as a .bk2 movie (as stable-retro): false, true (the "
                    + "working folder) or a folder path"),
            Param.bool("flatten_obs", false, "observations as a flat float32 vector in [0, 1], for MLP policies"),
        };
    }

    private static EnvSpec spec(String game, SystemSpec system, int missing) {
        return EnvSpec.builder(game, kwargs -> create(game, kwargs))
                .params(params())
                .taskDistribution("retro/" + game + "/states")
                .description("Gym Retro " + system.name() + " game on " + system.library() + " (" + missing
                        + " more Retro integrations lack a ROM: jgym retro import DIR)")
                .build();
    }

    /** Makes a Retro env from validated kwargs (the game is the spec's id). */
    static Env<?, ?> create(String game, Kwargs kwargs) {
        String root = (String) kwargs.get("data_root");
        RetroCatalog catalog = RetroCatalog.standard(root == null ? null : Path.of(root));
        String preprocess = kwargs.getString("preprocess");
        String scenarioKwarg = (String) kwargs.get("scenario");
        Function<String, String> scenarioOf = g -> scenarioKwarg != null ? scenarioKwarg
                : !preprocess.equals("none") && catalog.find(g, CONTEST_SCENARIO + ".json") != null ? CONTEST_SCENARIO
                : "scenario";
        int players = kwargs.getInt("players");
        Integration integration = Integration.open(catalog, game, kwargs.getString("state"), scenarioOf.apply(game),
                kwargs.getString("info"), players);
        String core = (String) kwargs.get("core");
        Path corePath = catalog.core(integration.system(), core == null ? null : Path.of(core));
        ButtonActions.Mode mode = ButtonActions.Mode.ofKwarg(kwargs.getString("use_restricted_actions"));
        boolean ram = kwargs.getString("obs_type").equals("ram");
        if (!preprocess.equals("none") && (ram || players > 1 || mode == ButtonActions.Mode.DISCRETE
                || mode == ButtonActions.Mode.MULTI_DISCRETE)) {
            throw new InvalidKwargsException(game + ": preprocess '" + preprocess + "' needs obs_type image, one "
                    + "player and use_restricted_actions filtered or all (it brings its own Discrete(7) actions)");
        }
        Function<RetroTask, Integration> opener = task -> Integration.open(catalog, task.game(), task.state(),
                scenarioOf.apply(task.game()), kwargs.getString("info"), players);
        String taskKwarg = kwargs.getString("tasks");
        RetroTaskDistribution tasks = switch (taskKwarg) {
            case "sonic-contest-train" -> RetroTaskDistribution.sonicContestTrain();
            case "sonic-contest-validation" -> RetroTaskDistribution.sonicContestValidation();
            default -> RetroTaskDistribution.states(game, catalog.states(game));
        };
        RetroEnv env = new RetroEnv(integration, corePath, mode, players, ram, kwargs.renderMode(), opener, tasks);
        Path movies = movieFolder(game, kwargs.get("record"));
        if (movies != null) {
            try {
                env.recordMovies(movies);
            } catch (RetroException e) {
                env.close();
                throw new InvalidKwargsException(game + ": " + e.getMessage());
            }
        }
        Env<byte[], ?> out = env;
        if (!preprocess.equals("none")) {
            @SuppressWarnings("unchecked")
            Env<byte[], byte[]> pad = (Env<byte[], byte[]>) (Env<?, ?>) env;
            out = Preprocessing.apply(preprocess, pad, env.buttons());
        }
        return kwargs.getBoolean("flatten_obs") ? new FlattenScaled<>(out) : out;
    }

    /** The folder of the {@code record} kwarg: null for false/none, the working folder for true. */
    private static Path movieFolder(String game, Object record) {
        if (record == null || Boolean.FALSE.equals(record)) {
            return null;
        }
        if (Boolean.TRUE.equals(record)) {
            return Path.of("").toAbsolutePath();
        }
        if (record instanceof String s && !s.isEmpty()) {
            return Path.of(s);
        }
        throw new InvalidKwargsException(game + ": kwarg 'record' must be false, true (the working folder) or a "
                + "folder path, got " + record);
    }
}

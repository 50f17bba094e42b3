package org.jgym.agents.train;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Every setting of a meta-training run. Defaults are the sheet's 2D-navigation settings of the paper's code
 * (cbfinn/maml_rl): 2 x 100 ReLU Gaussian policy, inner lr 0.5, 20 tasks x 20 episodes, 1 inner step, TRPO with
 * max KL 0.01, gamma 0.99, GAE lambda 1, advantages normalised, batch means over all steps, policy actions
 * normalised onto the action box.
 * A JSON config file may set any field by its name; command-line options override it.
 */
public final class TrainConfig {
    /** maml, fomaml, reptile or pretrain. */
    public String algo = "maml";
    /** trpo, vpg or ppo (ignored by reptile). */
    public String metaOpt = "trpo";
    public String env = "Navigation2D-v0";
    public Map<String, Object> kwargs = new LinkedHashMap<>();
    public int iterations = 500;
    public int metaBatch = 20;
    public int fastBatch = 20;
    public int innerSteps = 1;
    public double innerLr = 0.5;
    public int[] hidden = {100, 100};
    public String activation = "relu";
    public double initStd = 1.0;
    /** Outer learning rate for the vpg and ppo meta-optimizers. */
    public double metaLr = 0.01;
    /** sgd or adam, for the vpg meta-optimizer (ppo always uses adam). */
    public String optimizer = "adam";
    public double maxKl = 0.01;
    public int cgIterations = 10;
    public double cgDamping = 1e-5;
    /**
     * float32 or float64: precision of TRPO's conjugate-gradient products (Hessian- and Fisher-vector). float32, as
     * in the PyTorch MAML code, halves their cost; gradients, losses and the line search's KL stay double.
     */
    public String curvaturePrecision = "float32";
    public double lsBacktrackRatio = 0.8;
    public int lsMaxSteps = 15;
    public double ppoClip = 0.2;
    public int ppoEpochs = 5;
    /** Reptile's outer step size epsilon. */
    public double reptileStep = 0.1;
    public double gamma = 0.99;
    public double gaeLambda = 1.0;
    public boolean normalizeAdvantages = true;
    /** normalize or clip (Box actions). */
    public String actionScaling = "normalize";
    /**
     * step (rllab, the paper's code: the mean over all steps of a batch) or episode (pytorch-maml-rl: each episode's
     * step mean, then the mean over episodes): how losses, KL and advantage statistics average a batch.
     */
    public String averaging = "step";
    /**
     * Info key read as the per-episode metric (e.g. final distance); null (the default) for the one the env spec
     * declares ({@code EnvSpec.evaluationMetric()}). Logged when the env reports it.
     */
    public String metricKey = null;
    public int threads = Runtime.getRuntime().availableProcessors();
    public long seed = 0;
    public int checkpointEvery = 10;
    /**
     * Wall-time budget in minutes (0 = none): training stops after the iteration that crosses it (or at
     * {@code iterations}, whichever comes first) and writes the checkpoint. A resumed run gets the budget anew.
     */
    public double minutes = 0;

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().serializeNulls().create();
    private static final Set<String> ALGOS = Set.of("maml", "fomaml", "reptile", "pretrain");
    private static final Set<String> META_OPTS = Set.of("trpo", "vpg", "ppo");

    /** Reads a config from JSON text; unknown keys are rejected with the list of known ones. */
    public static TrainConfig fromJson(String json) {
        JsonObject object;
        try {
            object = org.jgym.env.api.Json.parse(json, "config").getAsJsonObject();
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException("config must be a JSON object such as {\"iterations\": 10}");
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        JsonObject defaults = GSON.toJsonTree(new TrainConfig()).getAsJsonObject();
        for (String key : object.keySet()) {
            if (!defaults.has(key)) {
                throw new IllegalArgumentException("unknown config key '" + key + "'; known keys: " + defaults.keySet());
            }
        }
        try {
            return GSON.fromJson(object, TrainConfig.class);
        } catch (JsonParseException | NumberFormatException e) {
            throw new IllegalArgumentException("bad config value: " + e.getMessage());
        }
    }

    public String toJson() {
        return GSON.toJson(this);
    }

    public TrainConfig copy() {
        return fromJson(toJson());
    }

    /** True when the inner-loop derivatives are dropped. */
    public boolean firstOrder() {
        return algo.equals("fomaml");
    }

    /** Number of inner steps actually used (pretrain: 0). */
    public int effectiveInnerSteps() {
        return algo.equals("pretrain") ? 0 : innerSteps;
    }

    /** Checks every field; throws one IllegalArgumentException naming the first bad value and what is allowed. */
    public TrainConfig validate() {
        if (!ALGOS.contains(algo)) throw bad("algo", algo, "maml, fomaml, reptile, pretrain");
        if (!META_OPTS.contains(metaOpt)) throw bad("meta-opt", metaOpt, "trpo, vpg, ppo");
        if (!optimizer.equals("sgd") && !optimizer.equals("adam")) throw bad("optimizer", optimizer, "sgd, adam");
        if (iterations < 1) throw bad("iterations", iterations, "an integer >= 1");
        if (metaBatch < 1) throw bad("meta-batch", metaBatch, "an integer >= 1");
        if (fastBatch < 1) throw bad("fast-batch", fastBatch, "an integer >= 1");
        if (innerSteps < 0 || innerSteps > 50) throw bad("inner-steps", innerSteps, "0..50");
        if ((algo.equals("maml") || algo.equals("fomaml") || algo.equals("reptile")) && innerSteps < 1) {
            throw bad("inner-steps", innerSteps, ">= 1 for " + algo);
        }
        if (!(innerLr > 0)) throw bad("inner-lr", innerLr, "a number > 0");
        if (!(metaLr > 0)) throw bad("meta-lr", metaLr, "a number > 0");
        if (!(initStd > 0)) throw bad("init-std", initStd, "a number > 0");
        if (!(maxKl > 0)) throw bad("max-kl", maxKl, "a number > 0");
        if (!(reptileStep > 0 && reptileStep <= 1)) throw bad("reptile-step", reptileStep, "a number in (0, 1]");
        if (!(ppoClip > 0 && ppoClip < 1)) throw bad("ppo-clip", ppoClip, "a number in (0, 1)");
        if (ppoEpochs < 1) throw bad("ppo-epochs", ppoEpochs, "an integer >= 1");
        if (!(gamma > 0 && gamma <= 1)) throw bad("gamma", gamma, "a number in (0, 1]");
        if (!(gaeLambda >= 0 && gaeLambda <= 1)) throw bad("gae-lambda", gaeLambda, "a number in [0, 1]");
        if (threads < 1) throw bad("threads", threads, "an integer >= 1");
        if (seed < 0) throw bad("seed", seed, "an integer >= 0");
        if (checkpointEvery < 1) throw bad("checkpoint-every", checkpointEvery, "an integer >= 1");
        if (!(minutes >= 0 && Double.isFinite(minutes))) {
            throw bad("minutes", minutes, "a number >= 0 (0 = no time limit)");
        }
        if (hidden == null) throw bad("hidden", "null", "layer widths such as [100, 100]");
        for (int h : hidden) if (h < 1) throw bad("hidden", java.util.Arrays.toString(hidden), "positive widths");
        org.jgym.agents.nn.Activation.parse(activation);
        if (curvaturePrecision == null || !Set.of("float32", "float64").contains(curvaturePrecision)) {
            throw bad("curvature-precision", curvaturePrecision, "float32, float64");
        }
        org.jgym.agents.sampling.ActionScaling.parse(actionScaling);
        org.jgym.agents.rl.BatchAveraging.parse(averaging);
        return this;
    }

    private static IllegalArgumentException bad(String name, Object value, String allowed) {
        return new IllegalArgumentException("invalid " + name + ": " + value + " (allowed: " + allowed + ")");
    }
}

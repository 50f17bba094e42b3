package org.jgym.agents.meta;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jgym.agents.nn.Activation;
import org.jgym.agents.nn.Precision;
import org.jgym.agents.optim.ConjugateGradient;
import org.jgym.agents.optim.TrustRegionStep;
import org.jgym.agents.policy.GaussianMlpPolicy;
import org.jgym.agents.policy.Policy;
import org.jgym.agents.rl.TrajectoryBatch;

/**
 * One meta-batch dumped by pytorch-maml-rl ({@code agents/scripts/upstream_batch.py}: the same tasks and episodes,
 * upstream's parameters and every quantity of its MAML-TRPO step), and jgym's value of each quantity computed from
 * the same data. {@link #compare} lists both side by side with their relative error.
 */
final class UpstreamBatch {
    /** A quantity on both sides: upstream's value, jgym's, and the error (relative to upstream's norm, or absolute). */
    record Row(String quantity, double upstream, double jgym, double error) {
        @Override
        public String toString() {
            return String.format("%-34s %14.6e %14.6e %10.2e", quantity, upstream, jgym, error);
        }
    }

    final JsonObject json;
    final Policy policy;
    final InnerLoop inner;
    final TrustRegionStep trust;
    final double[] theta;
    final List<TrajectoryBatch> train = new ArrayList<>();
    final List<TrajectoryBatch> valid = new ArrayList<>();

    UpstreamBatch(Path file) throws IOException {
        json = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        int[] hidden = vector(json.getAsJsonArray("hidden")).length == 0 ? new int[0]
                : java.util.Arrays.stream(vector(json.getAsJsonArray("hidden"))).mapToInt(x -> (int) x).toArray();
        policy = new GaussianMlpPolicy(2, 2, hidden, Activation.parse(json.get("nonlinearity").getAsString()), 1.0);
        theta = vector(json.getAsJsonArray("theta"));
        int fastBatch = json.getAsJsonArray("train").get(0).getAsJsonArray().size();
        inner = new InnerLoop(1, number("fast_lr"), 1.0, fastBatch, number("gamma"), 1.0, true);
        trust = new TrustRegionStep(number("max_kl"), (int) number("cg_iters"), number("cg_damping"),
                number("ls_backtrack_ratio"), (int) number("ls_max_steps"));
        for (JsonElement t : json.getAsJsonArray("train")) train.add(batch(t.getAsJsonArray()));
        for (JsonElement v : json.getAsJsonArray("valid")) valid.add(batch(v.getAsJsonArray()));
    }

    private double number(String key) {
        return json.get(key).getAsDouble();
    }

    static double[] vector(JsonArray a) {
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) out[i] = a.get(i).getAsDouble();
        return out;
    }

    /** Episodes as upstream dumped them (obs, actions, rewards per step) flattened into a jgym batch. */
    private static TrajectoryBatch batch(JsonArray episodes) {
        List<double[]> obs = new ArrayList<>();
        List<double[]> actions = new ArrayList<>();
        List<Double> rewards = new ArrayList<>();
        int[] starts = new int[episodes.size() + 1];
        for (int e = 0; e < episodes.size(); e++) {
            JsonObject ep = episodes.get(e).getAsJsonObject();
            JsonArray o = ep.getAsJsonArray("obs");
            for (int t = 0; t < o.size(); t++) {
                obs.add(vector(o.get(t).getAsJsonArray()));
                actions.add(vector(ep.getAsJsonArray("actions").get(t).getAsJsonArray()));
                rewards.add(ep.getAsJsonArray("rewards").get(t).getAsDouble());
            }
            starts[e + 1] = starts[e] + o.size();
        }
        double[] metric = new double[episodes.size()];
        java.util.Arrays.fill(metric, Double.NaN);
        return new TrajectoryBatch(2, 2, flatten(obs), flatten(actions),
                rewards.stream().mapToDouble(Double::doubleValue).toArray(), starts, metric);
    }

    private static double[] flatten(List<double[]> rows) {
        double[] out = new double[rows.size() * 2];
        for (int i = 0; i < rows.size(); i++) System.arraycopy(rows.get(i), 0, out, 2 * i, 2);
        return out;
    }

    /** Upstream's advantages of one task's batch, in jgym's row order. */
    private double[] upstreamAdvantages(String split, int task) {
        List<Double> out = new ArrayList<>();
        for (JsonElement ep : json.getAsJsonArray(split).get(task).getAsJsonArray()) {
            for (JsonElement a : ep.getAsJsonObject().getAsJsonArray("advantages")) out.add(a.getAsDouble());
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private List<TaskAdaptation> adaptations() {
        List<TaskAdaptation> out = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
            out.add(TaskAdaptation.fromBatches(policy, theta, List.of(train.get(i)), valid.get(i), inner));
        }
        return out;
    }

    /** jgym's value of every quantity next to upstream's, with the CG products in the given precision. */
    List<Row> compare(Precision precision) {
        List<TaskAdaptation> tasks = adaptations();
        int n = tasks.size();
        Map<String, double[][]> vectors = new LinkedHashMap<>();
        double[][] advantages = new double[2][0];
        double[][] innerGrads = new double[2][0];
        double[][] adapted = new double[2][0];
        for (int i = 0; i < n; i++) {
            TaskAdaptation t = tasks.get(i);
            advantages = append(advantages, upstreamAdvantages("train", i), t.innerBatches().get(0).advantages());
            advantages = append(advantages, upstreamAdvantages("valid", i), t.validationAdvantages());
            double[] g = new double[theta.length];
            policy.evaluate(theta, train.get(i).obs(), train.get(i).actions(), train.get(i).rows())
                    .gradient(t.innerWeights().get(0), g);
            innerGrads = append(innerGrads, vector(json.getAsJsonArray("inner_grads").get(i).getAsJsonArray()), g);
            adapted = append(adapted, vector(json.getAsJsonArray("adapted").get(i).getAsJsonArray()), t.adaptedParams());
        }
        vectors.put("advantages (all tasks)", advantages);
        vectors.put("inner-loss gradient (all tasks)", innerGrads);
        vectors.put("adapted parameters (all tasks)", adapted);
        List<AdaptedPoint> points = tasks.stream().map(t -> t.at(theta)).toList();
        double[] losses = points.stream().mapToDouble(AdaptedPoint::surrogateLoss).toArray();
        double[] grad = Parallel.mean(points.stream().map(p -> p.metaGradient(p.surrogateWeights(), false, precision)).toList());
        vectors.put("meta-gradient", new double[][] {vector(json.getAsJsonArray("meta_grad")), grad});
        UnaryOperator<double[]> damped = v -> {
            double[] fv = Parallel.mean(points.stream().map(p -> p.klHessianTimes(v, false, precision)).toList());
            for (int j = 0; j < fv.length; j++) fv[j] += trust.damping() * v[j];
            return fv;
        };
        double[] probe = vector(json.getAsJsonArray("fvp_probe"));
        vectors.put("KL-Hessian (Fisher) product, damped", new double[][] {vector(json.getAsJsonArray("fvp")),
                damped.apply(probe)});
        ConjugateGradient.Solution cg = ConjugateGradient.solveWithResidual(damped, grad, trust.cgIterations(), 1e-10);
        vectors.put("CG direction", new double[][] {vector(json.getAsJsonArray("stepdir")), cg.x()});
        // the same solve on upstream's own gradient: separates the solver from its (ill-conditioned) input
        double[] upGrad = vector(json.getAsJsonArray("meta_grad"));
        vectors.put("CG direction on upstream's gradient", new double[][] {vector(json.getAsJsonArray("stepdir")),
                ConjugateGradient.solve(damped, upGrad, trust.cgIterations(), 1e-10)});
        Precision other = precision == Precision.FLOAT64 ? Precision.FLOAT32 : Precision.FLOAT64;
        UnaryOperator<double[]> dampedOther = v -> {
            double[] fv = Parallel.mean(points.stream().map(p -> p.klHessianTimes(v, false, other)).toList());
            for (int j = 0; j < fv.length; j++) fv[j] += trust.damping() * v[j];
            return fv;
        };
        vectors.put("jgym's CG direction, " + other + " products", new double[][] {cg.x(),
                ConjugateGradient.solve(dampedOther, grad, trust.cgIterations(), 1e-10)});
        List<Row> rows = new ArrayList<>();
        double[] upLosses = vector(json.getAsJsonArray("surrogate_losses"));
        double lossError = 0;
        for (int i = 0; i < n; i++) lossError = Math.max(lossError, Math.abs(losses[i] - upLosses[i]));
        rows.add(new Row("surrogate loss per task (abs. error)", norm(upLosses), norm(losses), lossError));
        vectors.forEach((name, pair) -> rows.add(new Row(name, norm(pair[0]), norm(pair[1]), relativeError(pair[1], pair[0]))));
        double shsUp = number("shs");
        double shsResidual = 0.5 * cg.quadraticForm(grad);
        double shsProduct = 0.5 * dot(cg.x(), damped.apply(cg.x()));
        rows.add(scalar("0.5 x^T A x (extra product)", shsUp, shsProduct));
        rows.add(scalar("0.5 x^T A x (from CG residual)", shsUp, shsResidual));
        double scale = Math.sqrt(trust.maxKl() / shsProduct);
        rows.add(scalar("step scale 1 / lagrange", number("step_scale"), scale));
        JsonArray trials = json.getAsJsonArray("trials");
        double ratio = 1;
        for (int i = 0; i < trials.size(); i++, ratio *= trust.backtrackRatio()) {
            double[] trial = theta.clone();
            for (int j = 0; j < trial.length; j++) trial[j] -= ratio * scale * cg.x()[j];
            double loss = 0;
            double kl = 0;
            for (TaskAdaptation t : tasks) {
                AdaptedPoint p = t.at(trial);
                loss += p.surrogateLoss() / n;
                kl += p.meanKl() / n;
            }
            JsonObject up = trials.get(i).getAsJsonObject();
            rows.add(scalar("line search " + i + ": surrogate loss", up.get("loss").getAsDouble(), loss));
            rows.add(scalar("line search " + i + ": mean KL", up.get("kl").getAsDouble(), kl));
        }
        double[] after = theta.clone();
        new TrpoMetaOptimizer(trust, false, precision).update(after, adaptations(), null);
        double[] upAfter = vector(json.getAsJsonArray("theta_after"));
        double[] upStep = new double[after.length];
        double[] step = new double[after.length];
        for (int j = 0; j < after.length; j++) {
            upStep[j] = upAfter[j] - theta[j];
            step[j] = after[j] - theta[j];
        }
        rows.add(new Row("accepted step theta' - theta", norm(upStep), norm(step), relativeError(step, upStep)));
        return rows;
    }

    private static Row scalar(String name, double upstream, double jgym) {
        return new Row(name, upstream, jgym, Math.abs(jgym - upstream) / Math.max(Math.abs(upstream), 1e-12));
    }

    private static double[][] append(double[][] pair, double[] upstream, double[] jgym) {
        return new double[][] {concat(pair[0], upstream), concat(pair[1], jgym)};
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static double norm(double[] x) {
        return Math.sqrt(dot(x, x));
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    /** ||a - b|| / ||b||. */
    static double relativeError(double[] a, double[] b) {
        if (a.length != b.length) return Double.POSITIVE_INFINITY;
        double num = 0;
        for (int i = 0; i < a.length; i++) num += (a[i] - b[i]) * (a[i] - b[i]);
        return Math.sqrt(num) / Math.max(norm(b), 1e-300);
    }
}

package org.jgym.agents.train;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.jgym.agents.policy.Policies;
import org.jgym.agents.policy.Policy;
import org.jgym.env.api.Json;

/**
 * Checkpoint and log files of a training directory. A checkpoint is one file, {@code policy.json}: the policy, its
 * parameters and the training state (next iteration, optimizer state), replaced by one atomic rename, so a kill
 * can never pair parameters with another iteration's state. {@link Policies#load} reads it as a plain policy file.
 */
final class Checkpoints {
    static final String FILE = "policy.json";
    private static final String TRAINING = "training";

    private Checkpoints() {
    }

    record State(double[] params, double[] optimizerState, int nextIteration) {
    }

    static void save(Path dir, Policy policy, double[] params, double[] optimizerState, int nextIteration) {
        JsonObject training = new JsonObject();
        training.addProperty("next_iteration", nextIteration);
        JsonArray opt = new JsonArray();
        for (double v : optimizerState) opt.add(v);
        training.add("optimizer_state", opt);
        training.addProperty("params_checksum", checksum(params));
        JsonObject json = Policies.toJson(policy, params);
        json.add(TRAINING, training);
        Policies.writeAtomically(dir.resolve(FILE), json.toString());
    }

    static State load(Path dir, Policy expected) {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) {
            throw new IllegalArgumentException("cannot resume: no checkpoint " + file);
        }
        Policies.Saved saved = Policies.load(file);
        if (saved.params().length != expected.numParams()) {
            throw new IllegalArgumentException("cannot resume: checkpoint " + file + " has " + saved.params().length
                    + " parameters, the configured policy " + expected.numParams());
        }
        try {
            JsonObject training = Json.parse(Files.readString(file), file.toString()).getAsJsonObject()
                    .getAsJsonObject(TRAINING);
            if (training == null) {
                throw new IllegalArgumentException("cannot resume: " + file + " holds a policy but no training state "
                        + "(written by an older jgym, or not by 'jgym train')");
            }
            if (training.get("params_checksum").getAsLong() != checksum(saved.params())) {
                throw new IllegalArgumentException("cannot resume: the parameters in " + file
                        + " do not match the training state stored with them (the file was edited or damaged)");
            }
            JsonArray opt = training.getAsJsonArray("optimizer_state");
            double[] optState = new double[opt.size()];
            for (int i = 0; i < optState.length; i++) optState[i] = opt.get(i).getAsDouble();
            return new State(saved.params(), optState, training.get("next_iteration").getAsInt());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read checkpoint " + file, e);
        } catch (IllegalStateException | NullPointerException | UnsupportedOperationException | ClassCastException e) {
            throw new IllegalArgumentException("cannot resume: the training state in " + file + " is damaged ("
                    + e.getMessage() + ")");
        }
    }

    /** A checksum of the exact parameter bits, stored with the training state and checked on resume. */
    static long checksum(double[] params) {
        long h = 1125899906842597L;
        for (double p : params) h = 31 * h + Double.doubleToLongBits(p);
        return h;
    }

    /**
     * Log records with iteration < {@code before}. A row cut short (the process was killed while appending it) is
     * dropped: the checkpoint decides where training continues, and the rewritten log holds complete rows only.
     */
    static List<IterationRecord> readLog(Path dir, int before) {
        Path csv = dir.resolve("log.csv");
        List<IterationRecord> out = new ArrayList<>();
        if (!Files.exists(csv)) return out;
        try {
            for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("iteration")) continue;
                IterationRecord r;
                try {
                    r = IterationRecord.fromCsv(line);
                } catch (RuntimeException partialRow) {
                    continue;
                }
                if (r.iteration() < before) out.add(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static void rewriteLog(Path dir, List<IterationRecord> records) {
        StringBuilder csv = new StringBuilder(IterationRecord.CSV_HEADER).append('\n');
        StringBuilder jsonl = new StringBuilder();
        for (IterationRecord r : records) {
            csv.append(r.toCsv()).append('\n');
            jsonl.append(toJsonLine(r)).append('\n');
        }
        Policies.writeAtomically(dir.resolve("log.csv"), csv.toString());
        Policies.writeAtomically(dir.resolve("log.jsonl"), jsonl.toString());
    }

    static void appendLog(Path dir, IterationRecord r) {
        try {
            Files.writeString(dir.resolve("log.csv"), r.toCsv() + "\n", StandardOpenOption.APPEND);
            Files.writeString(dir.resolve("log.jsonl"), toJsonLine(r) + "\n", StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the training log in " + dir, e);
        }
    }

    static String toJsonLine(IterationRecord r) {
        JsonObject o = new JsonObject();
        o.addProperty("iteration", r.iteration());
        add(o, "pre_return", r.preReturn());
        add(o, "post_return", r.postReturn());
        add(o, "pre_metric", r.preMetric());
        add(o, "post_metric", r.postMetric());
        add(o, "post_metric_std", r.postMetricStd());
        add(o, "loss_before", r.lossBefore());
        add(o, "loss_after", r.lossAfter());
        add(o, "kl", r.kl());
        o.addProperty("accepted", r.accepted());
        o.addProperty("sample_seconds", r.sampleSeconds());
        o.addProperty("update_seconds", r.updateSeconds());
        o.addProperty("seconds", r.seconds());
        return o.toString();
    }

    /** JSON has no NaN: write null instead. */
    private static void add(JsonObject o, String key, double v) {
        if (Double.isFinite(v)) o.addProperty(key, v); else o.add(key, com.google.gson.JsonNull.INSTANCE);
    }
}

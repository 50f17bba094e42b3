package org.jgym.agents.train;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
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

/** Checkpoint and log files of a training directory; every checkpoint file is replaced atomically. */
final class Checkpoints {
    private Checkpoints() {
    }

    record State(double[] params, double[] optimizerState, int nextIteration) {
    }

    static void save(Path dir, Policy policy, double[] params, double[] optimizerState, int nextIteration) {
        Policies.save(policy, params, dir.resolve("policy.json"));
        JsonObject state = new JsonObject();
        state.addProperty("next_iteration", nextIteration);
        JsonArray opt = new JsonArray();
        for (double v : optimizerState) opt.add(v);
        state.add("optimizer_state", opt);
        Policies.writeAtomically(dir.resolve("state.json"), state.toString());
    }

    static State load(Path dir, Policy expected) {
        Path stateFile = dir.resolve("state.json");
        if (!Files.exists(stateFile)) {
            throw new IllegalArgumentException("cannot resume: no checkpoint " + stateFile);
        }
        Policies.Saved saved = Policies.load(dir.resolve("policy.json"));
        if (saved.params().length != expected.numParams()) {
            throw new IllegalArgumentException("cannot resume: checkpoint policy has " + saved.params().length
                    + " parameters, the configured one " + expected.numParams());
        }
        try {
            JsonObject state = JsonParser.parseString(Files.readString(stateFile)).getAsJsonObject();
            JsonArray opt = state.getAsJsonArray("optimizer_state");
            double[] optState = new double[opt.size()];
            for (int i = 0; i < optState.length; i++) optState[i] = opt.get(i).getAsDouble();
            return new State(saved.params(), optState, state.get("next_iteration").getAsInt());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Log records with iteration < {@code before}. */
    static List<IterationRecord> readLog(Path dir, int before) {
        Path csv = dir.resolve("log.csv");
        List<IterationRecord> out = new ArrayList<>();
        if (!Files.exists(csv)) return out;
        try {
            for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("iteration")) continue;
                IterationRecord r = IterationRecord.fromCsv(line);
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

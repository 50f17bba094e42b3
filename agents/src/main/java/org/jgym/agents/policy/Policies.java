package org.jgym.agents.policy;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import org.jgym.agents.nn.Activation;

/** Builds policies from their JSON description and saves/loads (architecture, parameters) pairs. */
public final class Policies {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    private Policies() {
    }

    /** A policy together with one parameter vector. */
    public record Saved(Policy policy, double[] params) {
    }

    /** Rebuilds a policy from {@link Policy#toJson()}. */
    public static Policy fromJson(JsonObject json) {
        String type = json.get("type").getAsString();
        int obs = json.get("observationSize").getAsInt();
        int[] hidden = parseHidden(json.get("hidden").getAsString());
        Activation activation = Activation.parse(json.get("activation").getAsString());
        return switch (type) {
            case "gaussian" -> new GaussianMlpPolicy(obs, json.get("actionSize").getAsInt(), hidden, activation,
                    json.get("initStd").getAsDouble());
            case "categorical" -> new CategoricalMlpPolicy(obs, json.get("numActions").getAsInt(), hidden, activation);
            default -> throw new IllegalArgumentException("unknown policy type '" + type + "'; allowed: gaussian, categorical");
        };
    }

    /** Parses "[100, 100]" or "100,100" into layer widths. */
    public static int[] parseHidden(String text) {
        String body = text.replace("[", "").replace("]", "").trim();
        if (body.isEmpty()) return new int[0];
        try {
            return Arrays.stream(body.split("[,x ]+")).mapToInt(Integer::parseInt).toArray();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("hidden sizes must be integers like 100,100; got '" + text + "'");
        }
    }

    /** Writes architecture and parameters as JSON, atomically (temp file then move). */
    public static void save(Policy policy, double[] params, Path file) {
        if (params.length != policy.numParams()) {
            throw new IllegalArgumentException("parameter vector has " + params.length + " entries, policy needs "
                    + policy.numParams());
        }
        writeAtomically(file, GSON.toJson(toJson(policy, params)));
    }

    /** {@code {"policy": architecture, "params": [...]}}, the content of a policy file. */
    public static JsonObject toJson(Policy policy, double[] params) {
        JsonObject json = new JsonObject();
        json.add("policy", policy.toJson());
        JsonArray values = new JsonArray(params.length);
        for (double p : params) values.add(p);
        json.add("params", values);
        return json;
    }

    /**
     * Reads what {@link #save} wrote.
     *
     * @throws IllegalArgumentException naming the file when it is missing, empty, cut short or not a policy file
     */
    public static Saved load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException("no policy checkpoint " + file + " (is " + file.getParent()
                    + " a 'jgym train --out' directory?)");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read policy file " + file, e);
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException(file + " is empty: not a policy checkpoint");
        }
        try {
            JsonObject json = org.jgym.env.api.Json.parse(text, file.toString()).getAsJsonObject();
            Policy policy = fromJson(json.getAsJsonObject("policy"));
            JsonArray values = json.getAsJsonArray("params");
            double[] params = new double[values.size()];
            for (int i = 0; i < params.length; i++) params[i] = values.get(i).getAsDouble();
            if (params.length != policy.numParams()) {
                throw new IllegalArgumentException(file + ": " + params.length + " parameters stored, the policy needs "
                        + policy.numParams());
            }
            return new Saved(policy, params);
        } catch (org.jgym.env.api.JgymException e) {
            throw new IllegalArgumentException(file + " is not a policy checkpoint (cut short or damaged?): "
                    + e.getMessage().replace(file + " is not valid JSON: ", "invalid JSON: ").replaceAll(": \\{.*", ""));
        } catch (IllegalStateException | NullPointerException | UnsupportedOperationException | ClassCastException
                 | NumberFormatException e) {
            throw new IllegalArgumentException(file + " is not a policy checkpoint: it lacks or garbles the 'policy' "
                    + "or 'params' entries (" + e.getMessage() + ")");
        }
    }

    /** Writes text to a sibling temp file and renames it over the target, so readers never see half a file. */
    public static void writeAtomically(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}

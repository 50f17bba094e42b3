package org.jgym.env.alchemy;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.random.RandomGenerator;
import org.jgym.env.api.task.TaskDistribution;

/**
 * The chemistries of one level as a task distribution, id {@code alchemy/<level>}. Tasks serialize as
 * {@code {"graph": [12 ints], "potion_map": 0..47, "stone_map": 0..7, "rotation": 0..3}} with the reference's
 * evaluation-file encodings (graph: canonical edge order, 0 = absent, else 2 * axis + 2).
 */
public final class ChemistryDistribution implements TaskDistribution<Chemistry> {
    /** Prefix of the distribution ids. */
    public static final String ID_PREFIX = "alchemy/";

    private final Level level;

    /** The distribution of {@code level}. */
    public ChemistryDistribution(Level level) {
        this.level = level;
    }

    /** The level whose prior this is. */
    public Level level() {
        return level;
    }

    @Override
    public String id() {
        return ID_PREFIX + level.referenceName();
    }

    @Override
    public List<Chemistry> sample(int n, RandomGenerator random) {
        if (n < 0) {
            throw new IllegalArgumentException(id() + ": number of tasks must be >= 0, got " + n);
        }
        List<Chemistry> tasks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            tasks.add(level.sample(random));
        }
        return tasks;
    }

    @Override
    public OptionalLong size() {
        return OptionalLong.of(level.size());
    }

    @Override
    public Class<Chemistry> taskType() {
        return Chemistry.class;
    }

    @Override
    public JsonElement toJson(Chemistry task) {
        JsonObject o = new JsonObject();
        JsonArray graph = new JsonArray();
        for (int code : task.graph().toReferenceCode()) {
            graph.add(code);
        }
        o.add("graph", graph);
        o.addProperty("potion_map", task.potionMap().index());
        o.addProperty("stone_map", task.stoneMap().index());
        o.addProperty("rotation", task.rotation().ordinal());
        return o;
    }

    @Override
    public Chemistry fromJson(JsonElement json) {
        if (json == null || !json.isJsonObject()) {
            throw new IllegalArgumentException(id() + ": a task must be a JSON object with graph, potion_map, "
                    + "stone_map and rotation, got " + json);
        }
        JsonObject o = json.getAsJsonObject();
        JsonElement graphJson = require(o, "graph");
        if (!graphJson.isJsonArray() || graphJson.getAsJsonArray().size() != LatentCube.EDGES) {
            throw new IllegalArgumentException(id() + ": task field 'graph' must be an array of 12 ints, got "
                    + graphJson);
        }
        int[] code = new int[LatentCube.EDGES];
        for (int e = 0; e < code.length; e++) {
            code[e] = graphJson.getAsJsonArray().get(e).getAsInt();
        }
        Chemistry chemistry;
        try {
            chemistry = new Chemistry(Graph.fromReferenceCode(code),
                    new PotionMap(require(o, "potion_map").getAsInt()),
                    new StoneMap(require(o, "stone_map").getAsInt()),
                    Rotation.ofIndex(require(o, "rotation").getAsInt()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(id() + ": bad task " + json + ": " + e.getMessage(), e);
        }
        checkInSupport(chemistry);
        return chemistry;
    }

    /** Throws when {@code chemistry} cannot occur at this level. */
    public void checkInSupport(Chemistry chemistry) {
        if (level.indexOf(chemistry) < 0) {
            throw new IllegalArgumentException(id() + ": chemistry " + toJson(chemistry)
                    + " is not in the support of level " + level.referenceName() + " (" + level.size()
                    + " chemistries: " + (level.randomMaps() ? "any maps" : "fixed maps") + ", "
                    + (level.randomRotation() ? "any rotation" : "no rotation") + ")");
        }
    }

    private JsonElement require(JsonObject o, String field) {
        JsonElement value = o.get(field);
        if (value == null || value.isJsonNull()) {
            throw new IllegalArgumentException(id() + ": task field '" + field + "' is missing in " + o);
        }
        return value;
    }
}

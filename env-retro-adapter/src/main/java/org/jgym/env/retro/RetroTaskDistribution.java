package org.jgym.env.retro;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.random.RandomGenerator;
import org.jgym.env.api.task.TaskDistribution;

/**
 * A finite, uniform distribution over Retro tasks (game, state): a game's states ({@code retro/<game>/states}) or
 * the Sonic levels of the OpenAI Retro Contest ({@code retro/sonic-contest-train}: 47 levels,
 * {@code retro/sonic-contest-validation}: 11). Tasks serialize as {@code {"game": ..., "state": ...}}.
 */
public final class RetroTaskDistribution implements TaskDistribution<RetroTask> {
    static final String SONIC1 = "SonicTheHedgehog-Genesis-v0";
    static final String SONIC2 = "SonicTheHedgehog2-Genesis-v0";
    static final String SONIC3K = "SonicAndKnuckles3-Genesis-v0";

    private final String id;
    private final List<RetroTask> tasks;

    public RetroTaskDistribution(String id, List<RetroTask> tasks) {
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException(id + ": a task distribution needs at least one task");
        }
        this.id = id;
        this.tasks = List.copyOf(tasks);
    }

    /** The states of one game. */
    public static RetroTaskDistribution states(String game, List<String> states) {
        return new RetroTaskDistribution("retro/" + game + "/states", states.stream().map(s -> new RetroTask(game, s)).toList());
    }

    /** The Retro Contest's 47 training levels (Sonic 1: 13, Sonic 2: 15, Sonic 3 & Knuckles: 19). */
    public static RetroTaskDistribution sonicContestTrain() {
        List<RetroTask> t = new ArrayList<>();
        add(t, SONIC1, "SpringYardZone.Act3", "SpringYardZone.Act2", "GreenHillZone.Act3", "GreenHillZone.Act1",
                "StarLightZone.Act2", "StarLightZone.Act1", "MarbleZone.Act2", "MarbleZone.Act1", "MarbleZone.Act3",
                "ScrapBrainZone.Act2", "LabyrinthZone.Act2", "LabyrinthZone.Act1", "LabyrinthZone.Act3");
        add(t, SONIC2, "EmeraldHillZone.Act1", "EmeraldHillZone.Act2", "ChemicalPlantZone.Act2", "ChemicalPlantZone.Act1",
                "MetropolisZone.Act1", "MetropolisZone.Act2", "OilOceanZone.Act1", "OilOceanZone.Act2",
                "MysticCaveZone.Act2", "MysticCaveZone.Act1", "HillTopZone.Act1", "CasinoNightZone.Act1",
                "WingFortressZone", "AquaticRuinZone.Act2", "AquaticRuinZone.Act1");
        add(t, SONIC3K, "LavaReefZone.Act2", "CarnivalNightZone.Act2", "CarnivalNightZone.Act1", "MarbleGardenZone.Act1",
                "MarbleGardenZone.Act2", "MushroomHillZone.Act2", "MushroomHillZone.Act1", "DeathEggZone.Act1",
                "DeathEggZone.Act2", "FlyingBatteryZone.Act1", "SandopolisZone.Act1", "SandopolisZone.Act2",
                "HiddenPalaceZone", "HydrocityZone.Act2", "IcecapZone.Act1", "IcecapZone.Act2", "AngelIslandZone.Act1",
                "LaunchBaseZone.Act2", "LaunchBaseZone.Act1");
        return new RetroTaskDistribution("retro/sonic-contest-train", t);
    }

    /** The Retro Contest's 11 validation levels. */
    public static RetroTaskDistribution sonicContestValidation() {
        List<RetroTask> t = new ArrayList<>();
        add(t, SONIC1, "SpringYardZone.Act1", "GreenHillZone.Act2", "StarLightZone.Act3", "ScrapBrainZone.Act1");
        add(t, SONIC2, "MetropolisZone.Act3", "HillTopZone.Act2", "CasinoNightZone.Act2");
        add(t, SONIC3K, "LavaReefZone.Act1", "FlyingBatteryZone.Act2", "HydrocityZone.Act1", "AngelIslandZone.Act2");
        return new RetroTaskDistribution("retro/sonic-contest-validation", t);
    }

    private static void add(List<RetroTask> out, String game, String... states) {
        for (String s : states) {
            out.add(new RetroTask(game, s));
        }
    }

    @Override
    public String id() {
        return id;
    }

    /** Every task, in a fixed order. */
    public List<RetroTask> tasks() {
        return tasks;
    }

    @Override
    public List<RetroTask> sample(int n, RandomGenerator random) {
        List<RetroTask> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(tasks.get(random.nextInt(tasks.size())));
        }
        return out;
    }

    @Override
    public OptionalLong size() {
        return OptionalLong.of(tasks.size());
    }

    @Override
    public Class<RetroTask> taskType() {
        return RetroTask.class;
    }

    @Override
    public JsonElement toJson(RetroTask task) {
        JsonObject o = new JsonObject();
        o.addProperty("game", task.game());
        o.addProperty("state", task.state());
        return o;
    }

    @Override
    public RetroTask fromJson(JsonElement json) {
        if (!json.isJsonObject() || !json.getAsJsonObject().has("game") || !json.getAsJsonObject().has("state")) {
            throw new IllegalArgumentException(id + ": a task is {\"game\": ..., \"state\": ...}, got " + json);
        }
        RetroTask t = new RetroTask(json.getAsJsonObject().get("game").getAsString(),
                json.getAsJsonObject().get("state").getAsString());
        if (!tasks.contains(t)) {
            throw new IllegalArgumentException(id + ": " + t + " is not one of its " + tasks.size() + " tasks, e.g. "
                    + tasks.get(0));
        }
        return t;
    }
}

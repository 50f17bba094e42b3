package org.jgym.bridge.testenvs;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.random.RandomGenerator;
import org.jgym.env.api.task.TaskDistribution;

/** Goals uniform in [-1, 1]^2; JSON form {@code {"goal": [x, y]}}. */
public final class GoalDistribution implements TaskDistribution<GoalTask> {
    public static final String ID = "bridge-test/goals";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<GoalTask> sample(int n, RandomGenerator random) {
        List<GoalTask> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new GoalTask(random.nextDouble(-1, 1), random.nextDouble(-1, 1)));
        }
        return out;
    }

    @Override
    public OptionalLong size() {
        return OptionalLong.empty();
    }

    @Override
    public Class<GoalTask> taskType() {
        return GoalTask.class;
    }

    @Override
    public JsonElement toJson(GoalTask task) {
        JsonObject o = new JsonObject();
        JsonArray g = new JsonArray();
        g.add(task.x());
        g.add(task.y());
        o.add("goal", g);
        return o;
    }

    @Override
    public GoalTask fromJson(JsonElement json) {
        if (!json.isJsonObject() || !json.getAsJsonObject().has("goal")
                || json.getAsJsonObject().getAsJsonArray("goal").size() != 2) {
            throw new IllegalArgumentException("a goal task is {\"goal\": [x, y]}, got " + json);
        }
        JsonArray g = json.getAsJsonObject().getAsJsonArray("goal");
        return new GoalTask(g.get(0).getAsDouble(), g.get(1).getAsDouble());
    }
}

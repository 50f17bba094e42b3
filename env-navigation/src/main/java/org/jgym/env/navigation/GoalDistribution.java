package org.jgym.env.navigation;

import com.google.gson.JsonElement;
import org.jgym.env.api.task.TaskDistribution;

/** Base of the navigation task distributions: tasks are {@link Goal}s with Goal's own JSON form. */
abstract class GoalDistribution implements TaskDistribution<Goal> {

    @Override
    public final Class<Goal> taskType() {
        return Goal.class;
    }

    @Override
    public final JsonElement toJson(Goal task) {
        return task.toJson();
    }

    @Override
    public final Goal fromJson(JsonElement json) {
        return Goal.fromJson(json);
    }
}

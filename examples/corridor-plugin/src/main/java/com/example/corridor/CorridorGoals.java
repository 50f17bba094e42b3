package com.example.corridor;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.random.RandomGenerator;
import org.jgym.env.api.task.TaskDistribution;

/** Goal cells drawn uniformly from 1..length-1. */
public final class CorridorGoals implements TaskDistribution<Integer> {
    private final int length;

    public CorridorGoals(int length) {
        this.length = length;
    }

    @Override
    public String id() {
        return "corridor/goals";
    }

    @Override
    public List<Integer> sample(int n, RandomGenerator random) {
        List<Integer> tasks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            tasks.add(1 + random.nextInt(length - 1));
        }
        return tasks;
    }

    @Override
    public OptionalLong size() {
        return OptionalLong.of(length - 1);
    }

    @Override
    public Class<Integer> taskType() {
        return Integer.class;
    }

    @Override
    public JsonElement toJson(Integer task) {
        return new JsonPrimitive(task);
    }

    @Override
    public Integer fromJson(JsonElement json) {
        int goal = json.getAsInt();
        if (goal < 1 || goal >= length) {
            throw new IllegalArgumentException("goal must be in [1, " + (length - 1) + "], got " + goal);
        }
        return goal;
    }
}

package org.jgym.agents.train;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgym.agents.meta.InnerLoop;
import org.jgym.agents.meta.TaskAdaptation;
import org.jgym.agents.plot.Plots;
import org.jgym.agents.policy.Policy;
import org.jgym.agents.sampling.Seeds;
import org.jgym.agents.sampling.TrajectorySampler;

/** The plots a training run writes. */
public final class TrainingPlots {
    private TrainingPlots() {
    }

    /** Pre- and post-adaptation returns per meta-iteration. */
    public static void learningCurve(Path file, String title, List<IterationRecord> records) {
        double[] x = records.stream().mapToDouble(IterationRecord::iteration).toArray();
        double[] pre = records.stream().mapToDouble(IterationRecord::preReturn).toArray();
        double[] post = records.stream().mapToDouble(IterationRecord::postReturn).toArray();
        List<Plots.Line> lines = new ArrayList<>();
        lines.add(new Plots.Line("before adaptation", x, pre));
        lines.add(new Plots.Line("after adaptation", x, post));
        Plots.lines(file, title, "meta-iteration", "average return", lines);
    }

    /**
     * For envs that declare a 2-D position in their observation ({@code EnvSpec.positionIndices()}): paths of one
     * episode before and after the inner steps on two tasks, goals marked (seed 000, Fig. 3a). Does nothing for
     * other envs.
     */
    public static void adaptationTrajectories(Path file, Policy policy, double[] theta, TrajectorySampler sampler,
                                              InnerLoop inner, long seed) {
        int[] position = sampler.environment().positionIndices();
        if (position == null || inner.steps() == 0) return;
        List<Object> tasks = sampler.environment().sampleTasks(2, Seeds.derive(seed, -11));
        List<Plots.Path2D> paths = new ArrayList<>();
        Map<String, double[]> goals = new LinkedHashMap<>();
        for (int i = 0; i < tasks.size(); i++) {
            Object task = tasks.get(i);
            TaskAdaptation a = TaskAdaptation.collect(policy, theta, task, sampler, inner, Seeds.derive(seed, -12, i));
            double[][][] before = new double[1][][];
            double[][][] after = new double[1][][];
            sampler.sample(policy, theta, task, 1, Seeds.derive(seed, -13, i), false, before);
            sampler.sample(policy, a.adaptedParams(), task, 1, Seeds.derive(seed, -14, i), false, after);
            paths.add(path("task " + (i + 1) + " before", before[0], position));
            paths.add(path("task " + (i + 1) + " after " + inner.steps() + " step(s)", after[0], position));
            double[] goal = goalOf(sampler.environment().describeTask(task));
            if (goal != null) goals.put("goal " + (i + 1), goal);
        }
        Plots.trajectories(file, sampler.environment().name() + ": trajectories before/after adaptation", paths, goals,
                null);
    }

    private static Plots.Path2D path(String name, double[][] points, int[] position) {
        double[] x = new double[points.length];
        double[] y = new double[points.length];
        for (int t = 0; t < points.length; t++) {
            x[t] = points[t][position[0]];
            y[t] = points[t][position[1]];
        }
        return new Plots.Path2D(name, x, y);
    }

    /** Best-effort goal position from a task's JSON: [x, y], {"goal": [x, y]}, {"x":..,"y":..} and similar. */
    static double[] goalOf(String json) {
        try {
            return goalOf(JsonParser.parseString(json));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static double[] goalOf(JsonElement e) {
        if (e.isJsonArray() && e.getAsJsonArray().size() >= 2 && e.getAsJsonArray().get(0).isJsonPrimitive()) {
            return new double[] {e.getAsJsonArray().get(0).getAsDouble(), e.getAsJsonArray().get(1).getAsDouble()};
        }
        if (e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            for (String k : new String[] {"goal", "target", "position"}) {
                if (o.has(k)) return goalOf(o.get(k));
            }
            for (String[] pair : new String[][] {{"x", "y"}, {"goal_x", "goal_y"}, {"goalX", "goalY"}, {"target_x", "target_y"}}) {
                if (o.has(pair[0]) && o.has(pair[1])) {
                    return new double[] {o.get(pair[0]).getAsDouble(), o.get(pair[1]).getAsDouble()};
                }
            }
        }
        return null;
    }
}

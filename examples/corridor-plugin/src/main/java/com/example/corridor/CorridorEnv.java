package com.example.corridor;

import java.util.Map;
import org.jgym.env.api.AbstractEnv;
import org.jgym.env.api.EnvMetadata;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.spaces.Discrete;
import org.jgym.env.api.spaces.Space;
import org.jgym.env.api.task.TaskDistribution;
import org.jgym.env.api.task.TaskEnv;

/** Walk left or right along a corridor of cells 0..length-1 to the goal cell; the goal is the task. */
public final class CorridorEnv extends AbstractEnv<Integer, Integer> implements TaskEnv<Integer> {
    private final Discrete observationSpace;
    private final Discrete actionSpace = new Discrete(2); // 0 = left, 1 = right
    private final CorridorGoals goals;
    private Integer setTask; // the task set with setTask, or null: then every reset draws one
    private int goal;
    private int position;

    public CorridorEnv(int length) {
        super(EnvMetadata.none(), null);
        this.observationSpace = new Discrete(length);
        this.goals = new CorridorGoals(length);
    }

    @Override
    protected Integer onReset(Map<String, Object> options, Map<String, Object> info) {
        // no task set: draw one from the env's generator, so the seed of reset decides the whole episode
        goal = setTask != null ? setTask : goals.sample(1, random()).get(0);
        position = 0;
        return position;
    }

    @Override
    protected void onStep(Integer action, StepResult<Integer> out) {
        position = Math.max(0, Math.min(observationSpace.n() - 1, position + (action == 1 ? 1 : -1)));
        boolean reached = position == goal;
        out.set(position, reached ? 0.0 : -1.0, reached, false);
    }

    @Override
    public Space<Integer> observationSpace() {
        return observationSpace;
    }

    @Override
    public Space<Integer> actionSpace() {
        return actionSpace;
    }

    @Override
    public TaskDistribution<Integer> taskDistribution() {
        return goals;
    }

    @Override
    public void setTask(Integer task) {
        setTask = task; // takes effect at the next reset
    }

    @Override
    public Integer task() {
        return setTask != null ? setTask : goal;
    }
}

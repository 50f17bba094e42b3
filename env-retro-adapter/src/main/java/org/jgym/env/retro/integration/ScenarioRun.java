package org.jgym.env.retro.integration;

import java.util.Map;
import java.util.Set;

/**
 * One env's running scenario, updated once per frame as Gym Retro does: the done rule is evaluated first, then the
 * reward, then the frame counter advances. A Lua reward or done function replaces the variable rules of its kind.
 */
public final class ScenarioRun {
    private final Scenario scenario;
    private final Scenario.Values values;
    private final LuaScenario lua;
    private long frame;
    private float reward;
    private boolean done;

    /**
     * @param values   the data.json variables of the current frame
     * @param ramNames their names
     */
    public ScenarioRun(Scenario scenario, Scenario.Values values, Set<String> ramNames) {
        this.scenario = scenario;
        this.values = values;
        LuaScripts scripts = scenario.lua();
        this.lua = scripts.present() ? new LuaScenario(scripts, values, ramNames, () -> frame) : null;
    }

    /** Starts an episode: frame 0, no reward, and the scripts run afresh. */
    public void restart() {
        frame = 0;
        reward = 0;
        done = false;
        if (lua != null) {
            lua.restart();
        }
    }

    /** Evaluates the rules on the current frame's variables (after the RAM snapshot). */
    public void update() {
        done = scenario.lua().doneFunction() != null ? lua.done() : scenario.done(values);
        reward = scenario.lua().rewardFunction() != null ? lua.reward() : scenario.reward(values);
        frame++;
    }

    /** The last update's reward, in single precision. */
    public float reward() {
        return reward;
    }

    /** The last update's done flag. */
    public boolean done() {
        return done;
    }

    /** Frames updated since {@link #restart}. */
    public long frame() {
        return frame;
    }

    /** Adds the scripts' own variables to a step's info. */
    public void putScriptVariables(Map<String, Object> info) {
        if (lua != null) {
            lua.putVariables(info);
        }
    }
}

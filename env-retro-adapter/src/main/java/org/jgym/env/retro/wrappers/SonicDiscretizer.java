package org.jgym.env.retro.wrappers;

import java.util.List;
import java.util.Map;
import org.jgym.env.api.Env;
import org.jgym.env.api.ResetResult;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.spaces.Discrete;
import org.jgym.env.api.spaces.MultiBinary;
import org.jgym.env.api.spaces.Space;
import org.jgym.env.api.wrappers.Wrapper;

/**
 * The Retro Contest baselines' 7 Sonic actions over the Genesis pad: LEFT, RIGHT, LEFT+DOWN, RIGHT+DOWN, DOWN,
 * DOWN+B, B. The wrapped env takes a MultiBinary of the Genesis buttons ({@code all} or {@code filtered} mode).
 */
public final class SonicDiscretizer<O> extends Wrapper<O, Integer, O, byte[]> {
    /** The button sets of actions 0..6. */
    public static final List<List<String>> COMBOS = List.of(List.of("LEFT"), List.of("RIGHT"), List.of("LEFT", "DOWN"),
            List.of("RIGHT", "DOWN"), List.of("DOWN"), List.of("DOWN", "B"), List.of("B"));

    private final Discrete space = new Discrete(COMBOS.size());
    private final byte[][] pads;

    /** @param buttons the wrapped env's button names in bit order (Genesis: B, A, MODE, START, UP, DOWN, ...) */
    public SonicDiscretizer(Env<O, byte[]> env, List<String> buttons) {
        super(env);
        if (!(env.actionSpace() instanceof MultiBinary mb) || mb.size() != buttons.size()) {
            throw new IllegalArgumentException("SonicDiscretizer needs a MultiBinary(" + buttons.size()
                    + ") action space (use_restricted_actions all or filtered), got " + env.actionSpace());
        }
        pads = new byte[COMBOS.size()][buttons.size()];
        for (int a = 0; a < COMBOS.size(); a++) {
            for (String b : COMBOS.get(a)) {
                int i = buttons.indexOf(b);
                if (i < 0) {
                    throw new IllegalArgumentException("SonicDiscretizer needs button " + b + "; the pad has " + buttons);
                }
                pads[a][i] = 1;
            }
        }
    }

    @Override
    public ResetResult<O> reset(Long seed, Map<String, Object> options) {
        return env.reset(seed, options);
    }

    @Override
    public StepResult<O> step(Integer action) {
        if (!space.contains(action)) {
            throw new org.jgym.env.api.InvalidActionException("SonicDiscretizer: action rejected, "
                    + space.describeViolation(action) + "; the action space is " + space);
        }
        return env.step(pads[action]);
    }

    @Override
    public Space<O> observationSpace() {
        return env.observationSpace();
    }

    @Override
    public Space<Integer> actionSpace() {
        return space;
    }
}

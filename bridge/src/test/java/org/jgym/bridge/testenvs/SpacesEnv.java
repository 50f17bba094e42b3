package org.jgym.bridge.testenvs;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jgym.env.api.AbstractEnv;
import org.jgym.env.api.EnvMetadata;
import org.jgym.env.api.StepResult;
import org.jgym.env.api.spaces.Box;
import org.jgym.env.api.spaces.DictSpace;
import org.jgym.env.api.spaces.Discrete;
import org.jgym.env.api.spaces.MultiBinary;
import org.jgym.env.api.spaces.MultiDiscrete;
import org.jgym.env.api.spaces.Space;
import org.jgym.env.api.spaces.TupleSpace;

/**
 * An env whose observation uses every space kind the bridge carries (a Dict in unsorted key order holding Box
 * float64, Discrete with a start, MultiBinary, and a Tuple of MultiDiscrete and uint8 Box) and whose action is
 * Discrete(3, start=-1). Episodes end after 10 steps; the state is a random walk.
 */
public final class SpacesEnv extends AbstractEnv<Map<String, Object>, Integer> {
    private final DictSpace observationSpace;
    private final Discrete actionSpace = new Discrete(3, -1);
    private final Map<String, Object> obs = new LinkedHashMap<>();
    private final double[] pos = new double[2];
    private final byte[] flags = new byte[3];
    private final int[] multi = new int[2];
    private final byte[] pixels = new byte[4];
    private int cell;
    private int steps;

    public SpacesEnv() {
        super(EnvMetadata.none(), null);
        Map<String, Space<?>> parts = new LinkedHashMap<>();
        parts.put("pos", Box.float64(-100, 100, 2));
        parts.put("cell", new Discrete(5, 1));
        parts.put("flags", new MultiBinary(3));
        parts.put("tuple", new TupleSpace(new MultiDiscrete(3, 4), Box.uint8(0, 255, 2, 2)));
        observationSpace = new DictSpace(parts);
    }

    @Override
    protected Map<String, Object> onReset(Map<String, Object> options, Map<String, Object> info) {
        steps = 0;
        pos[0] = random().nextDouble(-1, 1);
        pos[1] = random().nextDouble(-1, 1);
        scramble();
        return observe();
    }

    @Override
    protected void onStep(Integer action, StepResult<Map<String, Object>> out) {
        steps++;
        pos[0] += action;
        pos[1] += random().nextGaussian() * 0.1;
        scramble();
        out.set(observe(), action * 0.5 + cell, steps >= 10, false);
    }

    private void scramble() {
        cell = 1 + random().nextInt(5);
        for (int i = 0; i < 3; i++) {
            flags[i] = (byte) random().nextInt(2);
        }
        multi[0] = random().nextInt(3);
        multi[1] = random().nextInt(4);
        for (int i = 0; i < 4; i++) {
            pixels[i] = (byte) random().nextInt(256);
        }
    }

    private Map<String, Object> observe() {
        obs.put("pos", pos);
        obs.put("cell", cell);
        obs.put("flags", flags);
        obs.put("tuple", new Object[] {multi, pixels});
        return obs;
    }

    @Override
    public Space<Map<String, Object>> observationSpace() {
        return observationSpace;
    }

    @Override
    public Space<Integer> actionSpace() {
        return actionSpace;
    }
}

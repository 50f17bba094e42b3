package org.jgym.env.api.vector;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * What a {@link VectorEnv} returns: batched observations, and per copy reward, flags and info. Owned and reused by
 * the vector env.
 */
public final class VectorResult<BO> {
    private final BO observations;
    private final double[] rewards;
    private final boolean[] terminated;
    private final boolean[] truncated;
    private final boolean[] autoreset;
    private final List<Map<String, Object>> infos;

    VectorResult(BO observations, int n) {
        this.observations = observations;
        this.rewards = new double[n];
        this.terminated = new boolean[n];
        this.truncated = new boolean[n];
        this.autoreset = new boolean[n];
        this.infos = new ArrayList<>(Collections.nCopies(n, Map.<String, Object>of()));
    }

    public BO observations() {
        return observations;
    }

    public double[] rewards() {
        return rewards;
    }

    public boolean[] terminated() {
        return terminated;
    }

    public boolean[] truncated() {
        return truncated;
    }

    /** Copies that were reset by this call (autoreset, or all of them on reset). */
    public boolean[] autoreset() {
        return autoreset;
    }

    /** Info of each copy: the step info, or the reset info of an autoreset copy. */
    public List<Map<String, Object>> infos() {
        return infos;
    }

    void setInfo(int index, Map<String, Object> info) {
        infos.set(index, info);
    }
}

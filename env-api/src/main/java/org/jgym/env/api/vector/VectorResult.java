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
    private final boolean[] hasFinal;
    private final List<Map<String, Object>> finalInfos;
    private BO finalObservations;

    VectorResult(BO observations, int n) {
        this.observations = observations;
        this.rewards = new double[n];
        this.terminated = new boolean[n];
        this.truncated = new boolean[n];
        this.autoreset = new boolean[n];
        this.infos = new ArrayList<>(Collections.nCopies(n, Map.<String, Object>of()));
        this.hasFinal = new boolean[n];
        this.finalInfos = new ArrayList<>(Collections.nCopies(n, Map.<String, Object>of()));
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

    /**
     * With {@link AutoresetMode#SAME_STEP}: the copies that ended an episode in this step (and were reset, so that
     * {@link #observations()} holds their reset observation). Always false in the other modes.
     */
    public boolean[] hasFinal() {
        return hasFinal;
    }

    /** With {@link AutoresetMode#SAME_STEP}: the last observations of the copies in {@link #hasFinal()}, else null. */
    public BO finalObservations() {
        return finalObservations;
    }

    /** With {@link AutoresetMode#SAME_STEP}: the last step infos of the copies in {@link #hasFinal()}. */
    public List<Map<String, Object>> finalInfos() {
        return finalInfos;
    }

    void setFinalObservations(BO batch) {
        this.finalObservations = batch;
    }

    void setFinalInfo(int index, Map<String, Object> info) {
        finalInfos.set(index, info);
    }
}

package org.jgym.env.alchemy;

import java.util.Arrays;

/**
 * The optional 28-float chemistry observation appended after the 39 symbolic floats: graph edges (12), potion
 * permutation one-hot (6), potion signs per latent dim (3), stone map signs (3), rotation one-hot (4).
 * Ground truth writes 1/0 values; unknown writes 0.5 everywhere, as the reference does for an unknown part.
 */
public enum ChemistryView {
    /** No chemistry part in the observation (39 floats). */
    NONE("none"),
    /** The true chemistry (39 + 28 floats). */
    GROUND_TRUTH("ground_truth"),
    /** 0.5 everywhere (39 + 28 floats): same layout, no information. */
    UNKNOWN("unknown");

    /** Floats of the chemistry part. */
    public static final int SIZE = 28;
    /** Offset of the graph edges inside the part. */
    public static final int GRAPH_OFFSET = 0;
    /** Offset of the potion permutation one-hot. */
    public static final int PERMUTATION_OFFSET = 12;
    /** Offset of the potion signs. */
    public static final int POTION_SIGN_OFFSET = 18;
    /** Offset of the stone map signs. */
    public static final int STONE_SIGN_OFFSET = 21;
    /** Offset of the rotation one-hot. */
    public static final int ROTATION_OFFSET = 24;

    private final String kwargValue;

    ChemistryView(String kwargValue) {
        this.kwargValue = kwargValue;
    }

    /** The value of kwarg {@code chemistry_view} selecting this view. */
    public String kwargValue() {
        return kwargValue;
    }

    /** View selected by kwarg value {@code value}; throws listing the allowed values otherwise. */
    public static ChemistryView fromKwarg(String value) {
        for (ChemistryView view : values()) {
            if (view.kwargValue.equals(value)) {
                return view;
            }
        }
        throw new IllegalArgumentException("Alchemy chemistry_view: unknown value '" + value
                + "'; allowed: none, ground_truth, unknown");
    }

    /** Floats this view appends to the observation. */
    public int size() {
        return this == NONE ? 0 : SIZE;
    }

    /** Writes this view of {@code chemistry} into {@code out} from {@code offset} (nothing for {@link #NONE}). */
    public void write(Chemistry chemistry, float[] out, int offset) {
        if (this == NONE) {
            return;
        }
        if (this == UNKNOWN) {
            Arrays.fill(out, offset, offset + SIZE, 0.5f);
            return;
        }
        for (int e = 0; e < LatentCube.EDGES; e++) {
            out[offset + GRAPH_OFFSET + e] = (chemistry.graph().edgeMask() >> e) & 1;
        }
        for (int k = 0; k < 6; k++) {
            out[offset + PERMUTATION_OFFSET + k] = chemistry.potionMap().permutationIndex() == k ? 1f : 0f;
        }
        for (int d = 0; d < LatentCube.AXES; d++) {
            out[offset + POTION_SIGN_OFFSET + d] = (chemistry.potionMap().dirMap(d) + 1) / 2f;
            out[offset + STONE_SIGN_OFFSET + d] = (chemistry.stoneMap().sign(d) + 1) / 2f;
        }
        for (int r = 0; r < 4; r++) {
            out[offset + ROTATION_OFFSET + r] = chemistry.rotation().ordinal() == r ? 1f : 0f;
        }
    }
}

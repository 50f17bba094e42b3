package org.jgym.agents.nn;

import java.util.Locale;

/** Floating-point precision of curvature (Hessian- and Fisher-vector) products. */
public enum Precision {
    /** Double precision: exact to rounding, used for gradients and derivative checks. */
    FLOAT64,
    /**
     * Single precision matrix products (results accumulated into double vectors): about twice the BLAS throughput,
     * enough for the conjugate-gradient solve of a trust-region step, whose result the line search re-checks in
     * double precision.
     */
    FLOAT32;

    /** Parses "float32" or "float64" (case-insensitive). */
    public static Precision parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown precision '" + name + "'; allowed: float32, float64");
        }
    }

    /** The lower-case name used in configs: "float32" or "float64". */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package org.jgym.agents.nn;

import java.util.Locale;

/**
 * Hidden-layer nonlinearity of an {@link Mlp}. Derivatives are written in terms of the activation's output
 * {@code a = f(z)} so the forward pass only has to keep outputs.
 */
public enum Activation {
    /** Hyperbolic tangent: f' = 1 - a^2. */
    TANH,
    /** Rectified linear unit: f' = 1 when a > 0, else 0; f'' = 0. */
    RELU;

    /** Applies the nonlinearity in place to {@code x[from, to)}. */
    void apply(double[] x, int from, int to) {
        if (this == TANH) {
            for (int i = from; i < to; i++) x[i] = Math.tanh(x[i]);
        } else {
            for (int i = from; i < to; i++) if (x[i] < 0) x[i] = 0;
        }
    }

    /** f'(z) expressed through the output a. */
    double derivative(double a) {
        return this == TANH ? 1 - a * a : (a > 0 ? 1 : 0);
    }

    /** R{f'(z)} given the output a and its directional derivative ra = R{a}. */
    double derivativeR(double a, double ra) {
        return this == TANH ? -2 * a * ra : 0;
    }

    /** Parses "tanh" or "relu" (case-insensitive). */
    public static Activation parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown nonlinearity '" + name + "'; allowed: tanh, relu");
        }
    }
}

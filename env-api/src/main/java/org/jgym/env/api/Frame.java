package org.jgym.env.api;

/** What {@link Env#render()} returns: an {@link RgbFrame} for {@code rgb_array}, an {@link AnsiFrame} for {@code ansi}. */
public sealed interface Frame permits RgbFrame, AnsiFrame {
}

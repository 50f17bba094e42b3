package org.jgym.env.api;

/** A text rendering of the current state, for the {@code ansi} render mode. */
public record AnsiFrame(String text) implements Frame {
    @Override
    public String toString() {
        return text;
    }
}

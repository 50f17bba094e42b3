package org.jgym.env.api;

/** {@code step} was called before the first {@code reset} or after the episode ended. */
public class ResetNeededException extends JgymException {
    private static final long serialVersionUID = 1L;

    public ResetNeededException(String message) {
        super(message);
    }
}

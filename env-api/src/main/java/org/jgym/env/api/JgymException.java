package org.jgym.env.api;

/** Base class of every error jgym reports; the message says what was wrong and what is allowed. */
public class JgymException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JgymException(String message) {
        super(message);
    }

    public JgymException(String message, Throwable cause) {
        super(message, cause);
    }
}

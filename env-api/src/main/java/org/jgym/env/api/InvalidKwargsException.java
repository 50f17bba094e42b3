package org.jgym.env.api;

/** A keyword argument that is unknown, ill-typed or out of range; the message names the key and what is allowed. */
public class InvalidKwargsException extends JgymException {
    private static final long serialVersionUID = 1L;

    public InvalidKwargsException(String message) {
        super(message);
    }
}

package org.jgym.env.api;

/** An environment, task distribution or agent id that is not registered; the message lists the closest ones. */
public class UnknownIdException extends JgymException {
    private static final long serialVersionUID = 1L;

    public UnknownIdException(String message) {
        super(message);
    }
}

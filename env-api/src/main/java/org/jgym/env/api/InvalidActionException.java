package org.jgym.env.api;

/** An action outside the action space; the environment's state is unchanged when this is thrown. */
public class InvalidActionException extends JgymException {
    private static final long serialVersionUID = 1L;

    public InvalidActionException(String message) {
        super(message);
    }
}

package org.jgym.env.retro;

import org.jgym.env.api.JgymException;

/** An error of the Retro adapter: a missing ROM or state, a bad integration file, or a libretro call out of order. */
public class RetroException extends JgymException {
    private static final long serialVersionUID = 1L;

    public RetroException(String message) {
        super(message);
    }

    public RetroException(String message, Throwable cause) {
        super(message, cause);
    }
}

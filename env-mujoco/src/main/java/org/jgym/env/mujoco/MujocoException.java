package org.jgym.env.mujoco;

import org.jgym.env.api.JgymException;

/** A MuJoCo error (model compile error, runtime error, diverged simulation) or a missing MuJoCo library. */
public class MujocoException extends JgymException {
    private static final long serialVersionUID = 1L;

    public MujocoException(String message) {
        super(message);
    }
}

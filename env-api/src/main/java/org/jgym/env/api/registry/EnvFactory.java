package org.jgym.env.api.registry;

import org.jgym.env.api.Env;

/** Builds an env from validated kwargs; the entry point of an {@link EnvSpec}. */
@FunctionalInterface
public interface EnvFactory {
    Env<?, ?> create(Kwargs kwargs);
}

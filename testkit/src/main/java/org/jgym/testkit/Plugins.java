package org.jgym.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jgym.env.api.registry.Registry;

/** The registry of the plugins on the test class path, loaded through their META-INF/services files. */
public final class Plugins {
    private Plugins() {
    }

    /** Loaded on first use, once per test JVM (the holder class initialises lazily and thread-safely). */
    private static final class Loaded {
        static final Registry REGISTRY = Registry.load(loader());

        private static ClassLoader loader() {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            return context != null ? context : Plugins.class.getClassLoader();
        }
    }

    /**
     * The registry {@link Registry#load} builds from the test class path (the plugin under test and jgym's own
     * providers); fails the test when a provider could not be loaded.
     */
    public static Registry registry() {
        Registry r = Loaded.REGISTRY;
        assertEquals(java.util.List.of(), r.warnings(), "loading the plugins gave warnings");
        return r;
    }
}

package org.jgym.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jgym.env.api.registry.Registry;

/** The registry of the plugins on the test class path, loaded through their META-INF/services files. */
public final class Plugins {
    private static volatile Registry registry;

    private Plugins() {
    }

    /**
     * The registry {@link Registry#load} builds from the test class path (the plugin under test and jgym's own
     * providers), loaded once; fails the test when a provider could not be loaded.
     */
    public static Registry registry() {
        Registry r = registry;
        if (r == null) {
            synchronized (Plugins.class) {
                r = registry;
                if (r == null) {
                    ClassLoader loader = Thread.currentThread().getContextClassLoader();
                    r = Registry.load(loader != null ? loader : Plugins.class.getClassLoader());
                    registry = r;
                }
            }
        }
        assertEquals(java.util.List.of(), r.warnings(), "loading the plugins gave warnings");
        return r;
    }
}

package org.jgym.cli;

import java.util.Map;
import org.jgym.env.api.registry.Gym;
import org.jgym.env.api.registry.Registry;

/** Access to the plugin registry and kwargs parsing for the commands. */
final class Registries {
    private Registries() {
    }

    static Registry registry() {
        return Gym.registry();
    }

    static Map<String, Object> kwargs(String json) {
        return Registry.kwargsFromJson(json);
    }
}

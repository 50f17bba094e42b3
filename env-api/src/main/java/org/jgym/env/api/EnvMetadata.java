package org.jgym.env.api;

import java.util.List;

/**
 * Static facts about an environment class, the counterpart of Gymnasium's {@code metadata} dict.
 *
 * @param renderModes the render modes the env supports ({@code rgb_array}, {@code ansi})
 * @param renderFps   frames per second of a rendered episode; must be positive when render modes exist
 */
public record EnvMetadata(List<String> renderModes, double renderFps) {
    public static final String RGB_ARRAY = "rgb_array";
    public static final String ANSI = "ansi";

    public EnvMetadata {
        renderModes = List.copyOf(renderModes);
        if (!renderModes.isEmpty() && !(renderFps > 0)) {
            throw new IllegalArgumentException("renderFps must be > 0 when render modes are listed, got " + renderFps);
        }
    }

    /** Metadata of an env that cannot render. */
    public static EnvMetadata none() {
        return new EnvMetadata(List.of(), 0);
    }
}

package org.jgym.bridge;

import java.util.List;
import java.util.Map;
import org.jgym.env.api.Json;

/** Info maps as JSON text for Python; null when there is nothing to send, so the common step sends no text. */
final class InfoJson {
    private InfoJson() {
    }

    static String of(Map<String, Object> info) {
        return info == null || info.isEmpty() ? null : Json.GSON.toJson(info);
    }

    /** A JSON list of the infos, or null when every one is empty. */
    static String ofAll(List<Map<String, Object>> infos) {
        for (Map<String, Object> info : infos) {
            if (info != null && !info.isEmpty()) {
                return Json.GSON.toJson(infos);
            }
        }
        return null;
    }
}

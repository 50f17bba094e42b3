package org.jgym.env.retro.integration;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * A console as a core info file describes it (stable-retro's {@code cores/<core>.json}): the core library, ROM
 * extensions, RAM base address, button order, action groups and memory overlay.
 *
 * @param name          system name, e.g. {@code Genesis}
 * @param library       core library stem, e.g. {@code genesis_plus_gx} (file {@code genesis_plus_gx_libretro.so})
 * @param extensions    ROM file extensions without the dot
 * @param ramBase       bus address of the core's system RAM
 * @param buttons       button names in RetroPad id order ({@code ""} for unused ids)
 * @param actions       action groups: lists of button combinations
 * @param overlayOrder  backing and real byte order of the overlay (e.g. {@code "=>"}), or null
 * @param overlayWidth  overlay word size, 1 when there is none
 */
public record SystemSpec(String name, String library, List<String> extensions, long ramBase, List<String> buttons,
        List<List<List<String>>> actions, String overlayOrder, int overlayWidth) {

    /** Reads one system entry of a core info file. */
    public static SystemSpec parse(String name, JsonObject o) {
        List<String> ext = new ArrayList<>();
        o.getAsJsonArray("ext").forEach(e -> ext.add(e.getAsString()));
        List<String> buttons = new ArrayList<>();
        o.getAsJsonArray("buttons").forEach(e -> buttons.add(e.isJsonNull() ? "" : e.getAsString()));
        List<List<List<String>>> actions = new ArrayList<>();
        if (o.has("actions")) {
            for (JsonElement g : o.getAsJsonArray("actions")) {
                List<List<String>> combos = new ArrayList<>();
                for (JsonElement c : g.getAsJsonArray()) {
                    List<String> combo = new ArrayList<>();
                    c.getAsJsonArray().forEach(b -> combo.add(b.isJsonNull() ? "" : b.getAsString()));
                    combos.add(combo);
                }
                actions.add(combos);
            }
        }
        String overlay = null;
        int width = 1;
        if (o.has("overlay")) {
            var a = o.getAsJsonArray("overlay");
            overlay = "" + a.get(0).getAsString().charAt(0) + a.get(1).getAsString().charAt(0);
            width = a.get(2).getAsInt();
        }
        long ramBase = o.has("rambase") ? o.get("rambase").getAsLong() : 0;
        return new SystemSpec(name, o.get("lib").getAsString(), List.copyOf(ext), ramBase, List.copyOf(buttons),
                actions, overlay, width);
    }

    /** The core's file name on Linux. */
    public String libraryFile() {
        return library + "_libretro.so";
    }
}

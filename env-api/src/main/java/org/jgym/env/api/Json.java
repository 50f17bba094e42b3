package org.jgym.env.api;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;

/** The one Gson of jgym: infinities allowed (space bounds), no HTML escaping; and a strict JSON parser. */
public final class Json {
    /** Shared, immutable and thread-safe. */
    public static final Gson GSON = new GsonBuilder()
            .serializeSpecialFloatingPointValues()
            .disableHtmlEscaping()
            .create();

    private Json() {
    }

    /**
     * Parses JSON text strictly: double-quoted strings and keys, no comments, trailing commas or duplicate keys,
     * nothing after the value (NaN, Infinity and -Infinity are accepted, as Python writes them). Fails with one
     * line saying what is wrong, where, and quoting the input.
     *
     * @param what what the text is, for the message (e.g. {@code kwargs})
     */
    public static JsonElement parse(String text, String what) {
        try {
            return StrictJson.parse(text);
        } catch (IllegalArgumentException e) {
            String shown = text.length() > 200 ? text.substring(0, 200) + "..." : text;
            throw new JgymException(what + " is not valid JSON: " + e.getMessage() + ": " + shown.replace('\n', ' '));
        }
    }
}

package org.jgym.env.api;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/** The one Gson of jgym: infinities allowed (space bounds), no HTML escaping. */
public final class Json {
    /** Shared, immutable and thread-safe. */
    public static final Gson GSON = new GsonBuilder()
            .serializeSpecialFloatingPointValues()
            .disableHtmlEscaping()
            .create();

    private Json() {
    }

    /** Parses JSON text, failing with a message that quotes the input. */
    public static JsonElement parse(String text, String what) {
        try {
            return JsonParser.parseString(text);
        } catch (JsonParseException e) {
            throw new JgymException(what + " is not valid JSON (" + e.getMessage() + "): " + text);
        }
    }
}

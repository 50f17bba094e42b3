package org.jgym.env.api;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.internal.LazilyParsedNumber;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict JSON reader (RFC 8259 plus the NaN, Infinity and -Infinity that Python's {@code json.dumps} writes):
 * double-quoted strings and keys only, no comments, no trailing commas, no duplicate keys, nothing after the value.
 * Gson's own parser accepts all of these silently (its JsonParser is lenient).
 */
final class StrictJson {
    private static final Pattern NUMBER = Pattern.compile("-?(?:0|[1-9]\\d*)(?:\\.\\d+)?(?:[eE][+-]?\\d+)?");

    private final String text;
    private int pos;

    private StrictJson(String text) {
        this.text = text;
    }

    /** The value of {@code text}, or an {@link IllegalArgumentException} saying what is wrong and where. */
    static JsonElement parse(String text) {
        StrictJson p = new StrictJson(text);
        JsonElement value = p.value();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw p.error("more text after the JSON value");
        }
        return value;
    }

    private JsonElement value() {
        skipSpace();
        if (pos >= text.length()) {
            throw error("the text ends where a value is expected");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> new JsonPrimitive(string());
            default -> literal();
        };
    }

    private JsonObject object() {
        JsonObject o = new JsonObject();
        pos++;
        skipSpace();
        if (peek() == '}') {
            pos++;
            return o;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw error(peek() == '\'' ? "keys need double quotes, not single quotes" : "expected a key in double quotes");
            }
            int keyAt = pos;
            String key = string();
            if (o.has(key)) {
                pos = keyAt;
                throw error("the key \"" + key + "\" appears twice");
            }
            skipSpace();
            expect(':');
            o.add(key, value());
            skipSpace();
            if (peek() == ',') {
                pos++;
                continue;
            }
            expect('}');
            return o;
        }
    }

    private JsonArray array() {
        JsonArray a = new JsonArray();
        pos++;
        skipSpace();
        if (peek() == ']') {
            pos++;
            return a;
        }
        while (true) {
            a.add(value());
            skipSpace();
            if (peek() == ',') {
                pos++;
                continue;
            }
            expect(']');
            return a;
        }
    }

    private String string() {
        StringBuilder sb = new StringBuilder();
        int start = pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c < 0x20) {
                pos--;
                throw error("a control character inside a string (write it as an escape such as \\n)");
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = pos < text.length() ? text.charAt(pos++) : 0;
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    if (pos + 4 > text.length() || !text.substring(pos, pos + 4).matches("[0-9a-fA-F]{4}")) {
                        throw error("\\u needs four hex digits");
                    }
                    sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> {
                    pos--;
                    throw error("unknown escape \\" + e);
                }
            }
        }
        pos = start;
        throw error("a string is not closed");
    }

    private JsonElement literal() {
        for (String word : new String[] {"true", "false", "null", "NaN", "Infinity", "-Infinity"}) {
            if (text.startsWith(word, pos) && !wordContinues(pos + word.length())) {
                pos += word.length();
                return switch (word) {
                    case "true" -> new JsonPrimitive(true);
                    case "false" -> new JsonPrimitive(false);
                    case "null" -> JsonNull.INSTANCE;
                    case "NaN" -> new JsonPrimitive(Double.NaN);
                    case "Infinity" -> new JsonPrimitive(Double.POSITIVE_INFINITY);
                    default -> new JsonPrimitive(Double.NEGATIVE_INFINITY);
                };
            }
        }
        Matcher m = NUMBER.matcher(text).region(pos, text.length());
        if (m.lookingAt() && !wordContinues(m.end())) {
            pos = m.end();
            return new JsonPrimitive(new LazilyParsedNumber(m.group()));
        }
        if (peek() == '\'') {
            throw error("strings need double quotes, not single quotes");
        }
        int end = pos;
        while (end < text.length() && wordContinues(end)) {
            end++;
        }
        String word = text.substring(pos, Math.max(end, pos + 1));
        throw error("unexpected " + (Character.isLetter(word.charAt(0)) ? word + " (a string needs double quotes)"
                : "'" + word + "'"));
    }

    private boolean wordContinues(int at) {
        return at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || "_.+-".indexOf(text.charAt(at)) >= 0);
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error(pos >= text.length() ? "the text ends where '" + c + "' is expected"
                    : "expected '" + c + "' but found '" + text.charAt(pos) + "'");
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : 0;
    }

    private void skipSpace() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private IllegalArgumentException error(String reason) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(pos, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new IllegalArgumentException(reason + " at " + (line > 1 ? "line " + line + " " : "") + "column " + column);
    }
}

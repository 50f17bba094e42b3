package org.jgym.cli;

import com.google.gson.JsonObject;
import java.util.Locale;
import org.jgym.env.api.Json;

/** Formatting shared by the commands. */
final class Output {
    private Output() {
    }

    static String errorJson(String message) {
        JsonObject o = new JsonObject();
        o.addProperty("error", message);
        return Json.GSON.toJson(o);
    }

    /** An I/O failure in words: "no such file", "permission denied", "is a directory", or the JDK's text. */
    static String ioReason(java.io.IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(Locale.ROOT);
        }
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }

    /** One line for any failure of a command. */
    static String errorLine(Throwable e) {
        if (e instanceof java.io.UncheckedIOException u) {
            java.io.IOException cause = u.getCause();
            boolean bare = u.getMessage().equals(cause.toString());
            String file = cause instanceof java.nio.file.FileSystemException f ? f.getFile() : null;
            if (bare) {
                return (file != null ? file : "I/O error") + ": " + ioReason(cause);
            }
            return u.getMessage() + (u.getMessage().contains(String.valueOf(cause.getMessage())) ? "" : ": " + ioReason(cause));
        }
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        boolean ours = e instanceof org.jgym.env.api.JgymException || e instanceof IllegalArgumentException
                || e instanceof IllegalStateException;
        return (ours ? message : e.getClass().getSimpleName() + ": " + message).lines().findFirst().orElse("");
    }

    static String number(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        double a = Math.abs(v);
        return a != 0 && (a >= 1e6 || a < 1e-3) ? String.format(Locale.ROOT, "%.4g", v) : String.format(Locale.ROOT, "%.3f", v);
    }

    static String rate(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }
}

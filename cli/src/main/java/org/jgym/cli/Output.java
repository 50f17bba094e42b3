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

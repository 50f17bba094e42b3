package org.jgym.bridge;

import com.google.gson.JsonObject;
import org.jgym.env.api.AnsiFrame;
import org.jgym.env.api.Frame;
import org.jgym.env.api.RgbFrame;

/**
 * Hands rendered frames to Python: an rgb frame goes to a shared file of its own (reused while the size stays),
 * described as {@code {"type":"rgb","height":h,"width":w,"path":p}}; ansi text goes inline.
 */
final class FrameExport implements AutoCloseable {
    private final long clientPid;
    private SharedRegion frames;

    FrameExport(long clientPid) {
        this.clientPid = clientPid;
    }

    /** The frame as JSON, or null when there is none (no render mode). */
    JsonObject export(Frame f) {
        if (f == null) {
            return null;
        }
        JsonObject o = new JsonObject();
        if (f instanceof AnsiFrame a) {
            o.addProperty("type", "ansi");
            o.addProperty("text", a.text());
        } else if (f instanceof RgbFrame rgb) {
            int bytes = rgb.rgb().length;
            if (frames == null || frames.size() != bytes) {
                close();
                frames = SharedRegion.create("frame", clientPid, bytes);
            }
            frames.buffer().put(0, rgb.rgb());
            o.addProperty("type", "rgb");
            o.addProperty("height", rgb.height());
            o.addProperty("width", rgb.width());
            o.addProperty("path", frames.path().toString());
        }
        return o;
    }

    @Override
    public void close() {
        if (frames != null) {
            frames.close();
            frames = null;
        }
    }
}

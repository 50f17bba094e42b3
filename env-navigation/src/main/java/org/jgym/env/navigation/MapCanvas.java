package org.jgym.env.navigation;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jgym.env.api.RgbFrame;

/**
 * Draws a square window of the plane (world coordinates, y up) into an image with java.awt; works headless.
 * One canvas per frame: create, draw, {@link #toFrame()}.
 */
final class MapCanvas {
    static final Color BACKGROUND = Color.WHITE;
    static final Color REGION = new Color(0xE8, 0xEE, 0xF4);
    static final Color OBSTACLE = new Color(0x22, 0x22, 0x22);
    static final Color TARGET = new Color(0xD6, 0x27, 0x28);
    static final Color AGENT = new Color(0x1F, 0x77, 0xB4);
    static final Color CAUGHT = new Color(0xFF, 0x7F, 0x0E);
    static final Color PATH = new Color(0x9E, 0xC5, 0xE4);

    private final BufferedImage image;
    private final Graphics2D g;
    private final double minX;
    private final double minY;
    private final double scale;
    private final int size;

    /**
     * @param size   width and height in pixels
     * @param minX   world x at the left edge
     * @param minY   world y at the bottom edge
     * @param extent world width (and height) shown
     */
    MapCanvas(int size, double minX, double minY, double extent) {
        this.size = size;
        this.minX = minX;
        this.minY = minY;
        this.scale = size / extent;
        image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, size, size);
    }

    double px(double x) {
        return (x - minX) * scale;
    }

    double py(double y) {
        return size - (y - minY) * scale;
    }

    /** Fills the axis-aligned rectangle [x0, x1] x [y0, y1]. */
    void fillRect(double x0, double y0, double x1, double y1, Color color) {
        g.setColor(color);
        g.fill(new Rectangle2D.Double(px(x0), py(y1), (x1 - x0) * scale, (y1 - y0) * scale));
    }

    /** Outlines the rectangle [x0, x1] x [y0, y1]. */
    void strokeRect(double x0, double y0, double x1, double y1, Color color, float width) {
        g.setColor(color);
        g.setStroke(new BasicStroke(width));
        g.draw(new Rectangle2D.Double(px(x0), py(y1), (x1 - x0) * scale, (y1 - y0) * scale));
    }

    void line(double x0, double y0, double x1, double y1, Color color, float width) {
        g.setColor(color);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(px(x0), py(y0), px(x1), py(y1)));
    }

    /** A polyline through {@code count} points stored as x0, y0, x1, y1, ... */
    void polyline(double[] xy, int count, Color color, float width) {
        if (count < 2) {
            return;
        }
        Path2D.Double path = new Path2D.Double();
        path.moveTo(px(xy[0]), py(xy[1]));
        for (int i = 1; i < count; i++) {
            path.lineTo(px(xy[2 * i]), py(xy[2 * i + 1]));
        }
        g.setColor(color);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
    }

    /** A filled disc of a world radius, at least {@code minPixels} pixels across. */
    void disc(double x, double y, double worldRadius, double minPixels, Color color) {
        double r = Math.max(worldRadius * scale, minPixels / 2);
        g.setColor(color);
        g.fill(new Ellipse2D.Double(px(x) - r, py(y) - r, 2 * r, 2 * r));
    }

    /** A circle outline of a world radius. */
    void circle(double x, double y, double worldRadius, Color color, float width) {
        double r = worldRadius * scale;
        g.setColor(color);
        g.setStroke(new BasicStroke(width));
        g.draw(new Ellipse2D.Double(px(x) - r, py(y) - r, 2 * r, 2 * r));
    }

    RgbFrame toFrame() {
        g.dispose();
        return RgbFrame.of(image);
    }
}

package org.jgym.agents.plot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** PNG charts (XChart) for learning curves, adaptation curves and navigation trajectories. */
public final class Plots {
    private Plots() {
    }

    /** One named line, optionally with error bars. */
    public record Line(String name, double[] x, double[] y, double[] error) {
        public Line(String name, double[] x, double[] y) {
            this(name, x, y, null);
        }
    }

    /** A 2-D path with an optional goal marker. */
    public record Path2D(String name, double[] x, double[] y) {
    }

    /** Line chart of several series. */
    public static void lines(Path file, String title, String xLabel, String yLabel, List<Line> lines) {
        XYChart chart = new XYChartBuilder().width(900).height(560).title(title).xAxisTitle(xLabel).yAxisTitle(yLabel)
                .build();
        chart.getStyler().setLegendVisible(lines.size() > 1);
        for (Line line : lines) {
            XYSeries s = line.error() == null ? chart.addSeries(line.name(), line.x(), line.y())
                    : chart.addSeries(line.name(), line.x(), line.y(), line.error());
            s.setMarker(line.x().length > 40 ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
        }
        save(chart, file);
    }

    /**
     * Trajectory panel in the style of seed 000 Fig. 3a: paths before and after adaptation, with goals as markers.
     * @param goals name -> (x, y) of each goal marker
     */
    public static void trajectories(Path file, String title, List<Path2D> paths, Map<String, double[]> goals,
                                    double[] bounds) {
        XYChart chart = new XYChartBuilder().width(760).height(760).title(title).xAxisTitle("x").yAxisTitle("y").build();
        if (bounds != null) {
            chart.getStyler().setXAxisMin(bounds[0]).setXAxisMax(bounds[1]).setYAxisMin(bounds[2]).setYAxisMax(bounds[3]);
        }
        for (Path2D p : paths) {
            XYSeries s = chart.addSeries(p.name(), p.x(), p.y());
            s.setMarker(SeriesMarkers.NONE);
        }
        for (Map.Entry<String, double[]> g : goals.entrySet()) {
            XYSeries s = chart.addSeries(g.getKey(), new double[] {g.getValue()[0]}, new double[] {g.getValue()[1]});
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.DIAMOND);
        }
        save(chart, file);
    }

    private static void save(XYChart chart, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, "plot", ".png");
            BitmapEncoder.saveBitmap(chart, tmp.toString(), BitmapEncoder.BitmapFormat.PNG);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write plot " + file, e);
        }
    }
}

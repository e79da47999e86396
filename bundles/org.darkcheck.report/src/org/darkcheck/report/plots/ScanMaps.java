package org.darkcheck.report.plots;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.darkcheck.engine.Status;
import org.darkcheck.engine.scan.ScanAxis;
import org.darkcheck.engine.scan.ScanPoint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The maps of a scan: where the model is allowed, and which constraint is
 * strongest where (for a 2-D scan); the strongest r along the axis (1-D).
 * Log axes are drawn in log10 of the value so that every cell has the same size.
 */
public final class ScanMaps {

    private static final Color ALLOWED = new Color(0x9fd89f);
    private static final Color EXCLUDED = new Color(0xf0a0a0);
    private static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0x9467bd), new Color(0xff7f0e),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf), new Color(0xbcbd22), new Color(0x7f7f7f),
        new Color(0xaec7e8), new Color(0xffbb78),
    };

    private ScanMaps() {
    }

    /** Where a value of the axis sits on the map: log10 of it for a log axis, else itself. */
    public static double coordinate(ScanAxis axis, double v) {
        return axis.log() ? Math.log10(v) : v;
    }

    private static double step(ScanAxis axis) {
        if (axis.n() < 2) {
            return 1;
        }
        return (coordinate(axis, axis.to()) - coordinate(axis, axis.from())) / (axis.n() - 1);
    }

    private static ValueAxis axis(ScanAxis a) {
        NumberAxis axis = new NumberAxis(a.log() ? "log10 " + a.key() + (isMass(a) ? " [GeV]" : "") : a.key()
                + (isMass(a) ? " [GeV]" : ""));
        double lo = Math.min(coordinate(a, a.from()), coordinate(a, a.to()));
        double hi = Math.max(coordinate(a, a.from()), coordinate(a, a.to()));
        double half = Math.abs(step(a)) / 2;
        axis.setRange(lo - half, hi + half);
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    private static boolean isMass(ScanAxis a) {
        return a.key().endsWith("mass") || a.key().endsWith("splitting");
    }

    /** Allowed (green) and excluded (red) cells over the two axes. */
    public static JFreeChart allowed(ScanAxis x, ScanAxis y, List<ScanPoint> points) {
        DefaultXYZDataset data = new DefaultXYZDataset();
        double[][] series = new double[3][points.size()];
        for (int i = 0; i < points.size(); i++) {
            ScanPoint p = points.get(i);
            series[0][i] = coordinate(x, p.x());
            series[1][i] = coordinate(y, p.y());
            series[2][i] = p.overall() == Status.EXCLUDED ? 1 : 0;
        }
        data.addSeries("overall", series);
        LookupPaintScale scale = new LookupPaintScale(0, 2, Color.WHITE);
        scale.add(0, ALLOWED);
        scale.add(1, EXCLUDED);
        XYPlot plot = blockPlot(x, y, data, scale);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem("allowed", ALLOWED));
        legend.add(new LegendItem("excluded", EXCLUDED));
        plot.setFixedLegendItems(legend);
        return chart("Allowed region", plot);
    }

    /** Cells coloured by the strongest constraint (the verdict with the largest r), darker where it excludes. */
    public static JFreeChart strongest(ScanAxis x, ScanAxis y, List<ScanPoint> points) {
        Map<String, Integer> frequency = new HashMap<>();
        points.forEach(p -> frequency.merge(p.strongest() == null ? "(none)" : p.strongest(), 1, Integer::sum));
        List<String> ids = new ArrayList<>(frequency.keySet());
        ids.sort((a, b) -> frequency.get(b) - frequency.get(a));
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        double[][] series = new double[3][points.size()];
        for (int i = 0; i < points.size(); i++) {
            ScanPoint p = points.get(i);
            series[0][i] = coordinate(x, p.x());
            series[1][i] = coordinate(y, p.y());
            int k = index.get(p.strongest() == null ? "(none)" : p.strongest());
            series[2][i] = 2 * k + (p.overall() == Status.EXCLUDED ? 1 : 0);
        }
        data.addSeries("strongest", series);
        LookupPaintScale scale = new LookupPaintScale(0, 2 * ids.size() + 1, Color.WHITE);
        LegendItemCollection legend = new LegendItemCollection();
        for (int k = 0; k < ids.size(); k++) {
            Color c = ids.get(k).equals("(none)") ? Color.LIGHT_GRAY : PALETTE[k % PALETTE.length];
            scale.add(2 * k, lighter(c));
            scale.add(2 * k + 1, c);
            if (k < 14) {
                legend.add(new LegendItem(ids.get(k), c));
            }
        }
        XYPlot plot = blockPlot(x, y, data, scale);
        plot.setFixedLegendItems(legend);
        return chart("Strongest constraint (dark: excluded, light: allowed)", plot);
    }

    /** For a 1-D scan: the strongest r along the axis, with the line r = 1. */
    public static JFreeChart strongestR(ScanAxis x, List<ScanPoint> points) {
        XYSeries r = new XYSeries("largest r");
        for (ScanPoint p : points) {
            if (p.r() > 0 && Double.isFinite(p.r())) {
                r.add(p.x(), p.r());
            }
        }
        XYSeries one = new XYSeries("r = 1 (excluded above)");
        one.add(Math.min(x.from(), x.to()), 1.0);
        one.add(Math.max(x.from(), x.to()), 1.0);
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(r);
        data.addSeries(one);
        ValueAxis xAxis = x.log() ? new LogAxis(x.key()) : new NumberAxis(x.key());
        LogAxis yAxis = new LogAxis("r");
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(1, Color.RED);
        renderer.setSeriesStroke(1, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {5f, 4f}, 0f));
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        return chart("Strongest constraint's r along " + x.key(), plot);
    }

    /** A map of cells (x, y, z in map coordinates) coloured by the scale, one block per grid cell. */
    public static XYPlot blockPlot(ScanAxis x, ScanAxis y, DefaultXYZDataset data, LookupPaintScale scale) {
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockWidth(Math.abs(step(x)));
        renderer.setBlockHeight(Math.abs(step(y)));
        renderer.setBlockAnchor(RectangleAnchor.CENTER);
        renderer.setPaintScale(scale);
        renderer.setDefaultCreateEntities(false);
        XYPlot plot = new XYPlot(data, axis(x), axis(y), renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        return plot;
    }

    private static Color lighter(Color c) {
        return new Color((c.getRed() + 2 * 255) / 3, (c.getGreen() + 2 * 255) / 3, (c.getBlue() + 2 * 255) / 3);
    }

    private static JFreeChart chart(String title, XYPlot plot) {
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

}

package org.darkcheck.spark;

import java.awt.Color;
import java.util.List;

import org.darkcheck.engine.scan.ScanAxis;
import org.darkcheck.report.plots.ScanMaps;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * The fraction of a cell's points that is allowed, over two axes, for maps whose cells
 * hold several points (the other axes of the grid projected out). Drawn like the
 * local scan's maps (log axes in log10 of the value, one block per cell), from red
 * (nothing allowed) to green (everything allowed).
 */
final class FractionMap {

    private FractionMap() {
    }

    static JFreeChart chart(ScanAxis a, ScanAxis b, List<CellMaps.Cell> cells) {
        DefaultXYZDataset data = new DefaultXYZDataset();
        double[][] series = new double[3][cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            CellMaps.Cell c = cells.get(i);
            series[0][i] = ScanMaps.coordinate(a, a.value(c.a()));
            series[1][i] = ScanMaps.coordinate(b, b.value(c.b()));
            series[2][i] = (double) c.allowed() / c.points();
        }
        data.addSeries("allowed fraction", series);
        LookupPaintScale scale = new LookupPaintScale(0, 1.0001, Color.WHITE);
        Color excluded = new Color(0xf0a0a0);
        Color allowed = new Color(0x2ca02c);
        for (int k = 0; k <= 10; k++) {
            double t = k / 10.0;
            scale.add(k == 0 ? 0 : t - 0.05, blend(excluded, allowed, t));
        }
        XYPlot plot = ScanMaps.blockPlot(a, b, data, scale);
        JFreeChart chart = new JFreeChart("Fraction of points allowed per cell (other axes projected out)",
                JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        NumberAxis legendAxis = new NumberAxis("allowed fraction");
        legendAxis.setRange(0, 1);
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(4, 4, 40, 4);
        chart.addSubtitle(legend);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static Color blend(Color from, Color to, double t) {
        return new Color((int) Math.round(from.getRed() + t * (to.getRed() - from.getRed())),
                (int) Math.round(from.getGreen() + t * (to.getGreen() - from.getGreen())),
                (int) Math.round(from.getBlue() + t * (to.getBlue() - from.getBlue())));
    }
}

package org.darkcheck.report.plots;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.darkcheck.engine.Constraint;
import org.darkcheck.engine.ConstraintKind;
import org.darkcheck.engine.DarkCheckEngine;
import org.darkcheck.engine.Diagnosis;
import org.darkcheck.engine.Status;
import org.darkcheck.engine.Verdict;
import org.darkcheck.report.plots.ModelFamily.XAxis;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPolygonAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One log-log chart per plane in which the model's applicable constraints
 * live: every applicable limit curve rescaled to this model (each point of a
 * curve is the limit the verdicts use, for the member of the model's family
 * at that mass — so the plot and the verdicts cannot disagree), excluded
 * regions shaded, projections dashed, and the model's point marked.
 */
public final class PlanePlots {

    /** Points per curve. */
    private static final int SAMPLES = 160;

    private static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0x9467bd), new Color(0xff7f0e),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf), new Color(0xbcbd22), new Color(0x7f7f7f),
    };

    private PlanePlots() {
    }

    /** The charts of a diagnosed model, one per plane with at least one applicable curve. */
    public static List<PlanePlot> of(DarkCheckEngine engine, Diagnosis diagnosis) {
        Map<String, List<Verdict>> byPlane = new LinkedHashMap<>();
        for (Verdict v : diagnosis.verdicts()) {
            if (v.status() != Status.NOT_APPLICABLE && v.constraint().curve() != null) {
                byPlane.computeIfAbsent(v.constraint().plane(), p -> new ArrayList<>()).add(v);
            }
        }
        List<PlanePlot> plots = new ArrayList<>();
        byPlane.forEach((plane, verdicts) -> plots.add(plane(engine, diagnosis, plane, verdicts)));
        return plots;
    }

    private static PlanePlot plane(DarkCheckEngine engine, Diagnosis diagnosis, String plane, List<Verdict> verdicts) {
        XAxis axis = ModelFamily.axisOf(plane);
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (Verdict v : verdicts) {
            lo = Math.min(lo, v.constraint().curve().minMass());
            hi = Math.max(hi, v.constraint().curve().maxMass());
        }
        double[] masses = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            masses[i] = lo * Math.pow(hi / lo, i / (SAMPLES - 1.0));
        }
        // One check of the whole catalog per mass gives every curve of the plane at that mass.
        List<Diagnosis> along = new ArrayList<>(SAMPLES);
        for (double m : masses) {
            along.add(engine.check(ModelFamily.at(diagnosis.model(), axis, m)));
        }

        XYSeriesCollection curves = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        XYPlot plot = new XYPlot();
        List<String> ids = new ArrayList<>();
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = 0;
        int colour = 0;
        for (Verdict v : verdicts) {
            Constraint c = v.constraint();
            Color paint = PALETTE[colour++ % PALETTE.length];
            boolean projection = c.kind() == ConstraintKind.PROJECTION;
            List<List<double[]>> segments = segments(along, masses, c.id());
            int part = 0;
            for (List<double[]> segment : segments) {
                String label = part++ == 0 ? c.id() : c.id() + " (" + part + ")";
                XYSeries lower = new XYSeries(label, false, true);
                XYSeries upper = new XYSeries(label + " upper", false, true);
                for (double[] p : segment) {
                    lower.add(p[0], p[1]);
                    if (!Double.isNaN(p[2])) {
                        upper.add(p[0], p[2]);
                    }
                    yMin = Math.min(yMin, p[1]);
                    yMax = Math.max(yMax, Double.isNaN(p[2]) ? p[1] : p[2]);
                }
                style(curves, renderer, lower, paint, projection, part == 1);
                if (upper.getItemCount() > 0) {
                    style(curves, renderer, upper, paint, projection, false);
                }
                if (!projection) {
                    shade(plot, segment, paint);
                }
            }
            if (!segments.isEmpty()) {
                ids.add(c.id());
            }
        }
        String quantity = verdicts.get(0).quantity();
        XYSeries thermal = thermalTarget(diagnosis.model(), axis, quantity, lo, hi);
        if (thermal != null && thermal.getItemCount() > 1) {
            curves.addSeries(thermal);
            int i = curves.getSeriesCount() - 1;
            renderer.setSeriesPaint(i, Color.BLACK);
            renderer.setSeriesStroke(i, new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                    new float[] {2f, 3f}, 0f));
            for (int k = 0; k < thermal.getItemCount(); k++) {
                yMin = Math.min(yMin, thermal.getY(k).doubleValue());
            }
        }
        double modelX = ModelFamily.x(diagnosis.model(), axis);
        double modelY = verdicts.stream().map(Verdict::value).filter(x -> x != null && x > 0).findFirst().orElse(Double.NaN);
        if (!Double.isNaN(modelY)) {
            yMin = Math.min(yMin, modelY);
            yMax = Math.max(yMax, modelY);
        }
        if (!(yMin > 0) || !(yMax > 0)) {
            yMin = 1e-12;
            yMax = 1;
        }
        LogAxis x = new LogAxis(axis.label);
        x.setRange(lo, hi);
        LogAxis y = new LogAxis(verdicts.get(0).quantity());
        y.setRange(yMin / 3, Math.min(yMax * 3, yMax < 1 ? 1.0 : yMax * 3));
        DecimalFormat format = new DecimalFormat("0E0");
        x.setNumberFormatOverride(format);
        y.setNumberFormatOverride(format);
        x.setTickUnit(new NumberTickUnit(1.0)); // one tick per decade
        y.setTickUnit(new NumberTickUnit(Math.max(1.0, Math.floor(Math.log10(y.getUpperBound() / y.getLowerBound()) / 8))));
        plot.setDomainAxis(x);
        plot.setRangeAxis(y);
        plot.setDataset(0, curves);
        plot.setRenderer(0, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        y.setUpperBound(Math.min(y.getUpperBound(), 1.0));
        if (!Double.isNaN(modelY)) {
            XYSeriesCollection point = new XYSeriesCollection();
            XYSeries s = new XYSeries("this model (" + diagnosis.overall() + ")");
            s.add(modelX, modelY);
            point.addSeries(s);
            XYLineAndShapeRenderer marker = new XYLineAndShapeRenderer(false, true);
            marker.setSeriesShape(0, ShapeUtils.createDiamond(7));
            marker.setSeriesPaint(0, Color.BLACK);
            plot.setDataset(1, point);
            plot.setRenderer(1, marker);
            XYTextAnnotation label = new XYTextAnnotation("  this model", modelX, modelY);
            label.setTextAnchor(org.jfree.chart.ui.TextAnchor.CENTER_LEFT);
            label.setFont(new Font("SansSerif", Font.BOLD, 11));
            plot.addAnnotation(label);
        }
        // a legend of dozens of curves leaves no room for the plot: above MAX_LEGEND curves it gives way to a line
        boolean legend = ids.size() <= MAX_LEGEND;
        JFreeChart chart = new JFreeChart(plane, JFreeChart.DEFAULT_TITLE_FONT, plot, legend);
        if (!legend) {
            org.jfree.chart.title.TextTitle note = new org.jfree.chart.title.TextTitle(ids.size()
                    + " limit curves (excluded regions shaded, projections dashed); the verdict table names them",
                    new Font("SansSerif", Font.PLAIN, 11));
            note.setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
            chart.addSubtitle(note);
        }
        chart.setBackgroundPaint(Color.WHITE);
        return new PlanePlot(plane, chart, ids);
    }

    /** The most curves a plot names in a legend. */
    static final int MAX_LEGEND = 10;

    /** Points of the thermal-target line along the family, for a thermal model in a coupling or y plane. */
    private static final int THERMAL_SAMPLES = 40;

    private static XYSeries thermalTarget(org.darkcheck.physics.ModelSnapshot model, XAxis axis, String quantity,
            double lo, double hi) {
        boolean coupling = java.util.Set.of("epsilon", "coupling", "g", "kappa", "sin-theta", "theta").contains(quantity);
        boolean y = quantity != null && quantity.equalsIgnoreCase("y");
        if (!model.hasDarkMatter() || !model.thermal() || !(coupling || y)) {
            return null;
        }
        XYSeries series = new XYSeries("thermal target (Omega h^2 = 0.120)", false, true);
        for (int i = 0; i < THERMAL_SAMPLES; i++) {
            double m = lo * Math.pow(hi / lo, i / (THERMAL_SAMPLES - 1.0));
            org.darkcheck.physics.relic.RelicAbundance.ThermalTarget t =
                    org.darkcheck.physics.relic.RelicAbundance.thermalTarget(ModelFamily.at(model, axis, m));
            org.darkcheck.physics.Value v = y ? t.y() : t.coupling();
            if (v.isValid() && v.number() > 0 && Double.isFinite(v.number())) {
                series.add(m, v.number());
            }
        }
        return series;
    }

    private static void style(XYSeriesCollection curves, XYLineAndShapeRenderer renderer, XYSeries series, Color paint,
            boolean projection, boolean inLegend) {
        curves.addSeries(series);
        int i = curves.getSeriesCount() - 1;
        renderer.setSeriesPaint(i, paint);
        renderer.setSeriesStroke(i, projection
                ? new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f)
                : new BasicStroke(1.6f));
        renderer.setSeriesVisibleInLegend(i, inLegend);
    }

    /** Fills the excluded region of a segment: above a one-sided limit, between the edges of a band. */
    private static void shade(XYPlot plot, List<double[]> segment, Color paint) {
        if (segment.size() < 2) {
            return;
        }
        boolean band = !Double.isNaN(segment.get(0)[2]);
        double[] polygon = new double[segment.size() * 4];
        int k = 0;
        for (double[] p : segment) {
            polygon[k++] = p[0];
            polygon[k++] = p[1];
        }
        for (int i = segment.size() - 1; i >= 0; i--) {
            double[] p = segment.get(i);
            polygon[k++] = p[0];
            polygon[k++] = band && !Double.isNaN(p[2]) ? p[2] : 1.0;
        }
        Color fill = new Color(paint.getRed(), paint.getGreen(), paint.getBlue(), 40);
        plot.addAnnotation(new XYPolygonAnnotation(polygon, null, null, fill));
    }

    /** The curve of one constraint along the family, split where it has no limit: points (x, lower, upper or NaN). */
    private static List<List<double[]>> segments(List<Diagnosis> along, double[] masses, String id) {
        List<List<double[]>> segments = new ArrayList<>();
        List<double[]> current = new ArrayList<>();
        for (int i = 0; i < masses.length; i++) {
            Verdict v = along.get(i).verdict(id).orElse(null);
            boolean has = v != null && v.limit() != null && v.limit() > 0 && Double.isFinite(v.limit())
                    && (v.status() == Status.EXCLUDED || v.status() == Status.ALLOWED);
            if (has) {
                current.add(new double[] {masses[i], v.limit(), v.limitUpper() == null ? Double.NaN : v.limitUpper()});
            } else if (!current.isEmpty()) {
                segments.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            segments.add(current);
        }
        return segments;
    }
}

package org.darkcheck.physics.tests;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.darkcheck.physics.MediatorType;
import org.darkcheck.physics.recast.DecayWindow;
import org.darkcheck.physics.recast.InvisibleWidth;
import org.darkcheck.physics.recast.SearchSpec;
import org.darkcheck.physics.recast.SearchSpecs;
import org.darkcheck.physics.recast.VectorRecast;

/**
 * Our recast of one DarkCast limit file to one model, point by point against
 * DarkCast's own recast (the oracle). A mass point is compared when both give a
 * finite lower edge (the oracle's 1e5 sentinel and our +Infinity / null band are
 * "no limit"); it agrees when every edge is within {@link #TOLERANCE} of DarkCast's
 * (for bands: the upper edges too, or both have no upper edge).
 */
final class RecastAgreement {

    static final double TOLERANCE = 0.20;

    /** DarkCast's convention for the target's invisible width: none for visible searches, 99 x visible for invisible ones. */
    static InvisibleWidth darkCastInvisibleWidth(SearchSpec spec) {
        return spec.isInvisible() ? InvisibleWidth.proportionalToVisible(SearchSpec.REFERENCE_INVISIBLE_TO_VISIBLE)
                : InvisibleWidth.fixed(0);
    }

    /**
     * @param stem       DarkCast limit name
     * @param model      "B-L_boson" or "Lmu-Ltau_boson"
     * @param compared   mass points where both give a finite limit
     * @param within     of those, points within the tolerance
     * @param medianLow  median of ours/DarkCast for the lower edge (NaN if none)
     * @param medianUp   median of ours/DarkCast for the upper edge (NaN if none or one-sided)
     * @param oracleOnly points where only DarkCast gives a finite limit
     * @param oursOnly   points where only we give a finite limit
     * @param worst      the mass [GeV] of the worst disagreement (NaN if none)
     * @param maxDeviation the largest |ours/DarkCast - 1| over the compared edges (NaN if none)
     */
    record Result(String stem, String model, int compared, int within, double medianLow, double medianUp,
            int oracleOnly, int oursOnly, double worst, double maxDeviation) {

        double fraction() {
            return compared == 0 ? 1 : (double) within / compared;
        }
    }

    static final Map<String, MediatorType> MODELS = new TreeMap<>(Map.of(
            "B-L_boson", MediatorType.B_L, "Lmu-Ltau_boson", MediatorType.LMU_LTAU));

    /** Set the system property darkcheck.recast.debug to a stem fragment to print that file's mismatches. */
    private static final String DEBUG = System.getProperty("darkcheck.recast.debug");

    private static boolean stemMatches(String stem) {
        return stem.contains(DEBUG);
    }

    private RecastAgreement() {
    }

    static Result compare(String stem, String model) {
        SearchSpec spec = SearchSpecs.forDarkCastFile(stem)
                .orElseThrow(() -> new AssertionError("no SearchSpec for DarkCast limit " + stem));
        MediatorType target = MODELS.get(model);
        DarkCastFiles.Table published = DarkCastFiles.published(stem);
        DarkCastFiles.Table oracle = DarkCastFiles.oracle(model, stem);
        InvisibleWidth invisible = darkCastInvisibleWidth(spec);
        TreeMap<Double, double[][]> grid = published.isRValueGrid() ? published.grid() : null;
        DarkCastFiles.Curve lower = grid == null ? published.curve(1) : null;
        DarkCastFiles.Curve upper = published.isTwoSided() ? published.curve(2) : null;

        List<Double> ratiosLow = new ArrayList<>();
        List<Double> ratiosUp = new ArrayList<>();
        int compared = 0;
        int within = 0;
        int oracleOnly = 0;
        int oursOnly = 0;
        double worst = Double.NaN;
        double worstDeviation = -1;
        for (double[] row : oracle.rows()) {
            double m = row[0];
            double[] dc = {finite(row[1]), row.length > 2 ? finite(row[2]) : Double.NaN};
            double[] ours = ours(spec, target, m, lower, upper, grid, invisible);
            boolean dcFinite = !Double.isNaN(dc[0]);
            boolean oursFinite = !Double.isNaN(ours[0]);
            if (dcFinite && !oursFinite) {
                oracleOnly++;
            }
            if (oursFinite && !dcFinite) {
                oursOnly++;
            }
            if (DEBUG != null && stemMatches(stem) && (dcFinite != oursFinite || dcFinite && oursFinite
                    && Math.abs(ours[0] / dc[0] - 1) > 0.05)) {
                System.out.printf("  %s %s m=%.5g dc=%s ours=%s%n", stem, model, m, java.util.Arrays.toString(dc),
                        java.util.Arrays.toString(ours));
            }
            if (!dcFinite || !oursFinite) {
                continue;
            }
            compared++;
            double rLow = ours[0] / dc[0];
            ratiosLow.add(rLow);
            double deviation = Math.abs(rLow - 1);
            boolean ok = deviation <= TOLERANCE;
            if (row.length > 2) {
                boolean dcUp = !Double.isNaN(dc[1]);
                boolean oursUp = !Double.isNaN(ours[1]);
                if (dcUp && oursUp) {
                    double rUp = ours[1] / dc[1];
                    ratiosUp.add(rUp);
                    deviation = Math.max(deviation, Math.abs(rUp - 1));
                    ok &= Math.abs(rUp - 1) <= TOLERANCE;
                } else if (dcUp != oursUp) {
                    ok = false;
                    deviation = Double.POSITIVE_INFINITY;
                }
            }
            if (ok) {
                within++;
            }
            if (deviation > worstDeviation) {
                worstDeviation = deviation;
                worst = m;
            }
        }
        return new Result(stem, model, compared, within, median(ratiosLow), median(ratiosUp), oracleOnly, oursOnly,
                worst, worstDeviation < 0 ? Double.NaN : worstDeviation);
    }

    /** Our {lower, upper} at mass m, NaN for "no limit" (upper NaN for one-sided searches). */
    private static double[] ours(SearchSpec spec, MediatorType target, double m, DarkCastFiles.Curve lower,
            DarkCastFiles.Curve upper, TreeMap<Double, double[][]> grid, InvisibleWidth invisible) {
        if (grid != null) {
            Map.Entry<Double, double[][]> column = nearest(grid, m);
            double[] band = VectorRecast.bandFromRValues(spec, target, m, column.getValue()[0], column.getValue()[1],
                    invisible);
            return band == null ? new double[] {Double.NaN, Double.NaN} : band;
        }
        double eps = lower.at(m);
        if (!(eps < DarkCastFiles.SENTINEL)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        if (spec.window() instanceof DecayWindow.Displaced) {
            double epsUp = upper.at(m);
            if (!(epsUp < DarkCastFiles.SENTINEL) || !(epsUp > eps)) {
                return new double[] {Double.NaN, Double.NaN};
            }
            double[] band = VectorRecast.band(spec, target, m, eps, epsUp, invisible);
            return band == null ? new double[] {Double.NaN, Double.NaN} : band;
        }
        double g = VectorRecast.couplingLimit(spec, target, m, eps, invisible);
        return new double[] {Double.isInfinite(g) ? Double.NaN : g, Double.NaN};
    }

    private static Map.Entry<Double, double[][]> nearest(TreeMap<Double, double[][]> grid, double m) {
        Map.Entry<Double, double[][]> lo = grid.floorEntry(m);
        Map.Entry<Double, double[][]> hi = grid.ceilingEntry(m);
        if (lo == null) {
            return hi;
        }
        if (hi == null) {
            return lo;
        }
        return m - lo.getKey() <= hi.getKey() - m ? lo : hi;
    }

    /** The oracle's value, NaN for DarkCast's sentinel (exactly 1e5; solved limits above it are real values). */
    private static double finite(double v) {
        return v > 0 && v != DarkCastFiles.SENTINEL ? v : Double.NaN;
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> s = new ArrayList<>(values);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : 0.5 * (s.get(n / 2 - 1) + s.get(n / 2));
    }
}

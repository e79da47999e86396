package org.darkcheck.engine.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A published limit as a function of a mass (the mediator's or the dark
 * matter's, in GeV), in one of three shapes:
 * <ul>
 * <li>one-sided: excluded above {@code lower(m)};</li>
 * <li>band: excluded between {@code lower(m)} and {@code upper(m)} (beam dumps);</li>
 * <li>region: excluded inside a closed polygon of (mass, value) vertices, the
 * way FORESEE and AxionLimits draw their bounds (islands, vertical edges,
 * several excluded intervals at one mass).</li>
 * </ul>
 * Interpolation is linear in log(mass)-log(value), the way the curves were
 * digitised from log-log plots. A value at or above {@link #NO_LIMIT} in a
 * one-sided or band curve marks a mass without a limit (DarkCast's 1e5
 * sentinel); nothing is interpolated across it.
 */
public final class LimitCurve implements java.io.Serializable {

    private static final long serialVersionUID = 3L;

    /** Buckets of the region's mass axis, each listing the edges that span it (so a lookup reads a few edges). */
    private static final int BUCKETS = 128;

    /** Values at or above this mean "no limit here" (DarkCast's sentinel is 1e5). */
    public static final double NO_LIMIT = 1e5;

    /** The shape of a limit. */
    public enum Shape { ONE_SIDED, BAND, REGION }

    private final Shape shape;
    private final double[] mass;
    private final double[] lower;
    private final double[] upper;
    /** Region vertices in log10 space. */
    private final double[] logX;
    private final double[] logY;
    private final double minMass;
    private final double maxMass;
    /** For a region: per bucket of log10 mass, the indices of the edges (i to i+1) that overlap it. */
    private final int[][] edgesByBucket;
    private final double bucketStart;
    private final double bucketWidth;

    /**
     * A one-sided limit or a band.
     *
     * @param mass  masses [GeV], strictly increasing, at least two
     * @param lower the limit, or the lower edge of a band; positive
     * @param upper the upper edge of a band, or null for a one-sided limit
     */
    public LimitCurve(double[] mass, double[] lower, double[] upper) {
        if (mass.length < 2 || lower.length != mass.length || (upper != null && upper.length != mass.length)) {
            throw new IllegalArgumentException("a limit curve needs at least two points and equal column lengths");
        }
        this.shape = upper == null ? Shape.ONE_SIDED : Shape.BAND;
        this.mass = mass.clone();
        this.lower = lower.clone();
        this.upper = upper == null ? null : upper.clone();
        this.logX = null;
        this.logY = null;
        this.minMass = mass[0];
        this.maxMass = mass[mass.length - 1];
        this.edgesByBucket = null;
        this.bucketStart = 0;
        this.bucketWidth = 0;
    }

    private LimitCurve(double[] vertexMass, double[] vertexValue) {
        if (vertexMass.length < 3 || vertexValue.length != vertexMass.length) {
            throw new IllegalArgumentException("an excluded region needs at least three vertices");
        }
        this.shape = Shape.REGION;
        this.mass = vertexMass.clone();
        this.lower = vertexValue.clone();
        this.upper = null;
        this.logX = new double[vertexMass.length];
        this.logY = new double[vertexMass.length];
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int i = 0; i < vertexMass.length; i++) {
            logX[i] = Math.log10(vertexMass[i]);
            logY[i] = Math.log10(vertexValue[i]);
            lo = Math.min(lo, vertexMass[i]);
            hi = Math.max(hi, vertexMass[i]);
        }
        this.minMass = lo;
        this.maxMass = hi;
        this.bucketStart = Math.log10(lo);
        this.bucketWidth = Math.max((Math.log10(hi) - bucketStart) / BUCKETS, 1e-12);
        this.edgesByBucket = indexEdges();
    }

    private int[][] indexEdges() {
        int n = logX.length;
        int[] counts = new int[BUCKETS];
        for (int pass = 0; pass < 2; pass++) {
            int[][] out = pass == 0 ? null : new int[BUCKETS][];
            if (out != null) {
                for (int b = 0; b < BUCKETS; b++) {
                    out[b] = new int[counts[b]];
                    counts[b] = 0;
                }
            }
            for (int i = 0; i < n; i++) {
                int j = (i + 1) % n;
                int from = bucket(Math.min(logX[i], logX[j]));
                int to = bucket(Math.max(logX[i], logX[j]));
                for (int b = from; b <= to; b++) {
                    if (out == null) {
                        counts[b]++;
                    } else {
                        out[b][counts[b]++] = i;
                    }
                }
            }
            if (out != null) {
                return out;
            }
        }
        throw new AssertionError();
    }

    private int bucket(double log10Mass) {
        int b = (int) Math.floor((log10Mass - bucketStart) / bucketWidth);
        return Math.max(0, Math.min(BUCKETS - 1, b));
    }

    /** An excluded region: a polygon of (mass [GeV], value) vertices, closed from the last vertex to the first. */
    public static LimitCurve region(double[] vertexMass, double[] vertexValue) {
        return new LimitCurve(vertexMass, vertexValue);
    }

    public Shape shape() {
        return shape;
    }

    public boolean isBand() {
        return shape == Shape.BAND;
    }

    public double minMass() {
        return minMass;
    }

    public double maxMass() {
        return maxMass;
    }

    public boolean covers(double m) {
        return m >= minMass && m <= maxMass;
    }

    /** The limit (lower edge) at mass m of a one-sided limit or a band; NaN outside it, where there is no limit, or for a region. */
    public double lowerAt(double m) {
        return shape == Shape.REGION ? Double.NaN : interpolate(lower, m);
    }

    /** The upper edge of a band at mass m; NaN otherwise. */
    public double upperAt(double m) {
        return upper == null ? Double.NaN : interpolate(upper, m);
    }

    /**
     * The excluded interval at mass m that matters for a model with the given
     * value: for a one-sided limit {lower, +infinity}; for a band {lower, upper};
     * for a region the interval that contains the value, else the nearest one
     * (in log distance). Null where there is no limit at this mass.
     */
    public double[] intervalAt(double m, double value) {
        switch (shape) {
            case ONE_SIDED: {
                double l = lowerAt(m);
                return Double.isNaN(l) ? null : new double[] {l, Double.POSITIVE_INFINITY};
            }
            case BAND: {
                double l = lowerAt(m);
                double u = upperAt(m);
                return Double.isNaN(l) || Double.isNaN(u) ? null : new double[] {l, u};
            }
            default: {
                List<double[]> intervals = intervalsAt(m);
                if (intervals.isEmpty()) {
                    return null;
                }
                double[] best = null;
                double bestDistance = Double.POSITIVE_INFINITY;
                double lv = Math.log10(value);
                for (double[] in : intervals) {
                    double lo = Math.log10(in[0]);
                    double hi = Math.log10(in[1]);
                    double d = lv < lo ? lo - lv : lv > hi ? lv - hi : 0;
                    if (d < bestDistance) {
                        bestDistance = d;
                        best = in;
                    }
                }
                return best;
            }
        }
    }

    /** The excluded intervals of a region at mass m (even-odd rule along the vertical line), lowest first. */
    public List<double[]> intervalsAt(double m) {
        if (shape != Shape.REGION) {
            double[] in = intervalAt(m, 1);
            return in == null ? List.of() : List.of(in);
        }
        if (!covers(m)) {
            return List.of();
        }
        double x = Math.log10(m);
        int n = logX.length;
        int[] edges = edgesByBucket[bucket(x)];
        double[] crossings = new double[edges.length];
        int k = 0;
        for (int i : edges) {
            int j = (i + 1) % n;
            double x0 = logX[i];
            double x1 = logX[j];
            if ((x0 <= x && x < x1) || (x1 <= x && x < x0)) {
                double t = (x - x0) / (x1 - x0);
                crossings[k++] = logY[i] + t * (logY[j] - logY[i]);
            }
        }
        double[] ys = Arrays.copyOf(crossings, k);
        Arrays.sort(ys);
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i + 1 < ys.length; i += 2) {
            out.add(new double[] {Math.pow(10, ys[i]), Math.pow(10, ys[i + 1])});
        }
        return out;
    }

    public int size() {
        return mass.length;
    }

    /** The i-th mass (a vertex's mass for a region). */
    public double mass(int i) {
        return mass[i];
    }

    /** The i-th limit (a vertex's value for a region). */
    public double lower(int i) {
        return lower[i];
    }

    /** The upper edge at point i, NaN unless a band. */
    public double upper(int i) {
        return upper == null ? Double.NaN : upper[i];
    }

    private double interpolate(double[] values, double m) {
        if (!covers(m)) {
            return Double.NaN;
        }
        int lo = 0;
        int hi = mass.length - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (mass[mid] <= m) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double a = values[lo];
        double b = values[hi];
        if (a >= NO_LIMIT || b >= NO_LIMIT) {
            return Double.NaN;
        }
        if (m == mass[lo]) {
            return a;
        }
        double t = Math.log(m / mass[lo]) / Math.log(mass[hi] / mass[lo]);
        return Math.exp(Math.log(a) + t * Math.log(b / a));
    }
}

package org.darkcheck.engine.catalog;

/**
 * A published limit as a function of the mediator (or dark-matter) mass: a
 * one-sided limit (excluded above {@code lower}) or a band (excluded between
 * {@code lower} and {@code upper}). Masses in GeV, strictly increasing.
 * Interpolation is linear in log(mass)-log(value), the way the curves were
 * digitised from log-log plots. A point whose value is {@link #NO_LIMIT} marks
 * a mass where the experiment sets no limit (DarkCast's 1e5 sentinel); nothing
 * is interpolated across it.
 */
public final class LimitCurve implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Values at or above this mean "no limit here" (DarkCast's sentinel is 1e5). */
    public static final double NO_LIMIT = 1e5;

    private final double[] mass;
    private final double[] lower;
    private final double[] upper;

    /**
     * @param mass  masses [GeV], strictly increasing, at least two
     * @param lower the limit, or the lower edge of a band; positive
     * @param upper the upper edge of a band, or null for a one-sided limit
     */
    public LimitCurve(double[] mass, double[] lower, double[] upper) {
        if (mass.length < 2 || lower.length != mass.length || (upper != null && upper.length != mass.length)) {
            throw new IllegalArgumentException("a limit curve needs at least two points and equal column lengths");
        }
        this.mass = mass.clone();
        this.lower = lower.clone();
        this.upper = upper == null ? null : upper.clone();
    }

    public boolean isBand() {
        return upper != null;
    }

    public double minMass() {
        return mass[0];
    }

    public double maxMass() {
        return mass[mass.length - 1];
    }

    public boolean covers(double m) {
        return m >= mass[0] && m <= mass[mass.length - 1];
    }

    /** The limit (lower edge) at mass m [GeV]; NaN outside the curve or where there is no limit. */
    public double lowerAt(double m) {
        return interpolate(lower, m);
    }

    /** The upper edge of a band at mass m [GeV]; NaN for a one-sided limit, outside the curve or where there is no limit. */
    public double upperAt(double m) {
        return upper == null ? Double.NaN : interpolate(upper, m);
    }

    public int size() {
        return mass.length;
    }

    public double mass(int i) {
        return mass[i];
    }

    public double lower(int i) {
        return lower[i];
    }

    /** The upper edge at point i, NaN for a one-sided limit. */
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

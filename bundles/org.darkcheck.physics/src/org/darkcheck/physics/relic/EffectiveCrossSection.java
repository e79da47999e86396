package org.darkcheck.physics.relic;

import org.darkcheck.physics.DarkMatterType;
import org.darkcheck.physics.annihilation.Annihilation;
import org.darkcheck.physics.annihilation.ThermalAverage;

/**
 * &lt;sigma v&gt;_eff(x) of the Boltzmann equation (FORMULAS.md 7.2-7.3) for x in
 * [1, 1000], GeV^-2: the s-channel part tabulated lazily on a uniform grid in
 * ln x and interpolated by cubic Hermite polynomials (Catmull-Rom slopes) in ln x of
 * ln &lt;sigma v&gt;, plus the constant secluded part. The s-channel part is
 * proportional to the mediator coupling squared (up to the coupling's share of
 * the mediator width in the propagator), so a grid computed at one coupling is
 * reused for others with {@link #withScale}: the thermal-target search rescales
 * instead of recomputing (FORMULAS.md 7.2, last sentence). Not thread-safe
 * (one instance per computation).
 */
final class EffectiveCrossSection {

    /** Grid: ln x from 0 to ln 1000 in this many steps. */
    static final int STEPS = 40;
    static final double LN_X_MAX = Math.log(1000);
    static final double H = LN_X_MAX / STEPS;
    /** Floor of the tabulated cross section, so that its logarithm exists [GeV^-2]. */
    private static final double FLOOR = 1e-300;

    private final ThermalAverage average;
    private final double[] lnSigma;
    private final boolean[] known;
    private final double secluded;
    private final double scale;

    /**
     * @param average  the thermal average of the s channel at the reference coupling
     * @param secluded the secluded sigma v times its particle/antiparticle factor [GeV^-2] (0 if closed)
     */
    EffectiveCrossSection(ThermalAverage average, double secluded) {
        this(average, new double[STEPS + 1], new boolean[STEPS + 1], secluded, 1);
    }

    private EffectiveCrossSection(ThermalAverage average, double[] lnSigma, boolean[] known, double secluded,
            double scale) {
        this.average = average;
        this.lnSigma = lnSigma;
        this.known = known;
        this.secluded = secluded;
        this.scale = scale;
    }

    /** The same grid with the s-channel part multiplied by {@code factor} (shared nodes). */
    EffectiveCrossSection withScale(double factor) {
        return new EffectiveCrossSection(average, lnSigma, known, secluded, factor);
    }

    Annihilation annihilation() {
        return average.annihilation();
    }

    DarkMatterType kind() {
        return average.annihilation().kind();
    }

    double scale() {
        return scale;
    }

    double secluded() {
        return secluded;
    }

    private double node(int i) {
        if (!known[i]) {
            double v = average.effectiveSChannel(Math.exp(i * H));
            lnSigma[i] = Math.log(Math.max(v, FLOOR));
            known[i] = true;
        }
        return lnSigma[i];
    }

    /**
     * The s-channel part at x [GeV^-2], unscaled: cubic Hermite interpolation of
     * ln &lt;sigma v&gt; in ln x with Catmull-Rom slopes, continuous with its first
     * derivative (the ODE integrator's error control needs a smooth right-hand side).
     */
    double sChannel(double x) {
        double u = Math.log(x) / H;
        int i = Math.max(0, Math.min(STEPS - 1, (int) Math.floor(u)));
        double t = u - i;
        double f0 = node(i);
        double f1 = node(i + 1);
        double d0 = i > 0 ? (f1 - node(i - 1)) / 2 : f1 - f0;
        double d1 = i + 2 <= STEPS ? (node(i + 2) - f0) / 2 : f1 - f0;
        double t2 = t * t;
        double t3 = t2 * t;
        double h00 = 2 * t3 - 3 * t2 + 1;
        double h10 = t3 - 2 * t2 + t;
        double h01 = -2 * t3 + 3 * t2;
        double h11 = t3 - t2;
        return Math.exp(h00 * f0 + h10 * d0 + h01 * f1 + h11 * d1);
    }

    /** &lt;sigma v&gt;_eff(x) [GeV^-2]. */
    double at(double x) {
        return scale * sChannel(x) + secluded;
    }

    /** Thermal-average evaluations made for this grid so far. */
    long evaluations() {
        return average.evaluations();
    }
}

package org.darkcheck.physics.annihilation;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

import org.darkcheck.physics.DarkMatterType;
import org.darkcheck.physics.constants.Constants;
import org.darkcheck.physics.decay.HadronicRatio;
import org.darkcheck.physics.decay.ScalarDecays;
import org.darkcheck.physics.math.Bessel;
import org.darkcheck.physics.math.GaussKronrod;

/**
 * The thermally averaged annihilation cross section of Gondolo and Gelmini
 * (Nucl. Phys. B360 (1991) 145; FORMULAS.md 7.2), valid across thresholds and
 * resonances, and the effective cross section of the Boltzmann equation per
 * dark-matter kind (FORMULAS.md 7.3). x = m_chi1/T; results in GeV^-2.
 *
 * <pre>
 *   &lt;sigma_ab v&gt;(T) = [ int ds sigma(s) lambda(s, ma^2, mb^2) K1(sqrt s/T)/sqrt s ] / [ 8 ma^2 mb^2 T K2(ma/T) K2(mb/T) ]
 * </pre>
 *
 * Numerics: z = sqrt(s)/T from z_min = (ma + mb)/T to z_min + 40 (beyond, e^-z is
 * negligible), exponentially scaled Bessel functions so that e^-z_min
 * cancels (FORMULAS.md suggests 60; 40 already leaves 4e-18), adaptive Gauss-Kronrod on pieces: sqrt(t) (t = z - z_min) near
 * threshold, a tan mapping over a narrow mediator pole (m_med = sqrt s), a
 * logarithmic distance to the pole in its tails, and break points at the rho,
 * omega and phi masses. Relative accuracy about 1e-4 (enough for Omega h^2 to 1e-4).
 */
public final class ThermalAverage {

    /** Range of t = z - z_min integrated (e^-40 = 4e-18 of the threshold weight). */
    static final double T_RANGE = 40;
    /** Relative tolerance of the integrals. */
    static final double REL_TOL = 1e-4;
    /** Core of a narrow pole: this many half-widths on each side are tan-mapped. */
    private static final double CORE_HALF_WIDTHS = 50;
    /** A pole is narrow when its half width (in t) is below this fraction of its distance to threshold. */
    private static final double NARROW = 0.02;

    /** Integrand evaluations so far (for tests and benchmarks). */
    private long evaluations;
    /** Kinks of the mediator's Standard-Model width in sqrt(s) [GeV]: {mass, 1 if a square-root onset}. */
    private final double[][] kinks;

    private final Annihilation annihilation;

    public ThermalAverage(Annihilation annihilation) {
        this.annihilation = annihilation;
        if (annihilation.mediator().isVector()) {
            kinks = new double[][] {{2 * Constants.MUON_MASS, 1}, {2 * Constants.TAU_MASS, 1},
                {2 * Constants.CHARM_MASS_DARKCAST, 1}, {2 * Constants.BOTTOM_MASS_DARKCAST, 1},
                {Constants.RHO_MASS, 0}, {Constants.OMEGA_MASS, 0}, {Constants.PHI_MASS, 0},
                {HadronicRatio.DATA_END, 0}};
        } else {
            kinks = new double[][] {{2 * Constants.MUON_MASS, 1}, {2 * Constants.CHARGED_PION_MASS, 1},
                {2 * Constants.TAU_MASS, 1}, {ScalarDecays.HADRONIC_PERTURBATIVE_FROM, 0}};
        }
    }

    /** Integrand evaluations made so far by this instance (not thread-safe; for tests and benchmarks). */
    public long evaluations() {
        return evaluations;
    }

    public Annihilation annihilation() {
        return annihilation;
    }

    /**
     * &lt;sigma v&gt; [GeV^-2] of the pair (ma, mb) at temperature T [GeV] through the s
     * channel (Gondolo-Gelmini, per annihilating pair).
     */
    public double pair(double temperature, double ma, double mb) {
        double xa = ma / temperature;
        double xb = mb / temperature;
        double zMin = xa + xb;
        double dm2 = (ma - mb) * (ma - mb);
        double t2 = temperature * temperature;
        DoubleUnaryOperator g = t -> {
            double z = zMin + t;
            double s = z * z * t2;
            // s - (ma+mb)^2 = T^2 t (t + 2 z_min), free of cancellation
            double above = t2 * t * (t + 2 * zMin);
            double sigma = annihilation.sigma(s, ma, mb, above, true);
            if (sigma == 0) {
                return 0;
            }
            double lambda = above * (s - dm2);
            return 2 * temperature * sigma * lambda * Bessel.k1e(z) * Math.exp(-t);
        };
        double numerator = integrate(g, pieces(temperature, zMin, ma + mb));
        double denominator = 8 * ma * ma * mb * mb * temperature * Bessel.k2e(xa) * Bessel.k2e(xb);
        return numerator / denominator;
    }

    /** How a piece of [0, t_max] is integrated. */
    private enum Mapping {
        /** t = a + u^2: a square-root onset at the lower end (pair or channel threshold). */
        THRESHOLD,
        /** plain t. */
        PLAIN,
        /** t = t_R + w tan(theta): the core of a narrow pole. */
        CORE,
        /** t = t_R + e^xi: the right tail of a narrow pole. */
        RIGHT_TAIL,
        /** t = t_R - e^xi: the left tail of a narrow pole. */
        LEFT_TAIL
    }

    private record Piece(double a, double b, Mapping mapping) {
    }

    /** The pieces and the mediator pole at t_R with half width w (in t). */
    private record Layout(Piece[] pieces, double tPole, double halfWidth) {
    }

    /**
     * The pieces of [0, t_max] in t = sqrt(s)/T - z_min: break points at the channel
     * thresholds and hadronic structure of the mediator's width, and around the pole.
     */
    private Layout pieces(double temperature, double zMin, double pairMass) {
        double tMax = T_RANGE;
        double mMed = annihilation.mediatorMass();
        double tPole = mMed / temperature - zMin;
        double halfWidth = 0;
        boolean narrow = false;
        if (tPole > 0) {
            halfWidth = annihilation.mediatorWidth(mMed) / (2 * temperature);
            if (tPole < 100) {
                tMax = Math.max(tMax, Math.min(tPole + 30, 130));
            }
            narrow = tPole < tMax && halfWidth < NARROW * tPole;
        }
        double coreLo = narrow ? Math.max(tPole - CORE_HALF_WIDTHS * halfWidth, tPole / 2) : Double.NaN;
        double coreHi = narrow ? Math.min(tPole + CORE_HALF_WIDTHS * halfWidth, tMax) : Double.NaN;
        double[] b = new double[24];
        boolean[] onset = new boolean[24];
        int n = 0;
        b[n] = 0;
        onset[n++] = true;
        b[n++] = tMax;
        for (double[] kink : kinks) {
            double tk = kink[0] / temperature - zMin;
            if (tk > 0 && tk < tMax) {
                onset[n] = kink[1] != 0;
                b[n++] = tk;
            }
        }
        if (narrow) {
            b[n++] = coreLo;
            b[n++] = coreHi;
            b[n++] = tPole;
            if (tPole / 2 < coreLo) {
                b[n++] = tPole / 2;
            }
        } else if (tPole > 0 && tPole < tMax) {
            b[n++] = tPole;
        }
        // sort the break points together with their onset flags
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        final double[] bb = b;
        Arrays.sort(order, (i, j) -> Double.compare(bb[i], bb[j]));
        Piece[] out = new Piece[n - 1];
        int m = 0;
        for (int k = 0; k + 1 < n; k++) {
            double lo = b[order[k]];
            double hi = b[order[k + 1]];
            if (!(hi > lo * (1 + 1e-12) + 1e-300)) {
                continue;
            }
            Mapping mapping;
            if (narrow && lo >= coreLo * (1 - 1e-12) && hi <= coreHi * (1 + 1e-12)) {
                mapping = Mapping.CORE;
            } else if (narrow && lo >= coreHi * (1 - 1e-12)) {
                mapping = Mapping.RIGHT_TAIL;
            } else if (narrow && lo >= tPole / 2 * (1 - 1e-12) && hi <= coreLo * (1 + 1e-12)) {
                mapping = Mapping.LEFT_TAIL;
            } else if (onset[order[k]]) {
                mapping = Mapping.THRESHOLD;
            } else {
                mapping = Mapping.PLAIN;
            }
            out[m++] = new Piece(lo, hi, mapping);
        }
        return new Layout(Arrays.copyOf(out, m), tPole, halfWidth);
    }

    /** The integral of g over the pieces, each in its own variable, to {@link #REL_TOL} of the total. */
    private double integrate(DoubleUnaryOperator g, Layout layout) {
        Piece[] pieces = layout.pieces();
        double tPole = layout.tPole();
        double w = layout.halfWidth();
        int count = pieces.length;
        DoubleUnaryOperator[] f = new DoubleUnaryOperator[count];
        double[] lo = new double[count];
        double[] hi = new double[count];
        double[][] first = new double[count][];
        double total = 0;
        for (int i = 0; i < count; i++) {
            Piece p = pieces[i];
            double a = p.a();
            switch (p.mapping()) {
                case CORE:
                    f[i] = th -> {
                        double c = Math.cos(th);
                        return g.applyAsDouble(tPole + w * Math.tan(th)) * w / (c * c);
                    };
                    lo[i] = Math.atan((p.a() - tPole) / w);
                    hi[i] = Math.atan((p.b() - tPole) / w);
                    break;
                case RIGHT_TAIL:
                    f[i] = xi -> {
                        double d = Math.exp(xi);
                        return g.applyAsDouble(tPole + d) * d;
                    };
                    lo[i] = Math.log(p.a() - tPole);
                    hi[i] = Math.log(p.b() - tPole);
                    break;
                case LEFT_TAIL:
                    f[i] = xi -> {
                        double d = Math.exp(xi);
                        return g.applyAsDouble(tPole - d) * d;
                    };
                    lo[i] = Math.log(tPole - p.b());
                    hi[i] = Math.log(tPole - p.a());
                    break;
                case THRESHOLD:
                    f[i] = u -> 2 * u * g.applyAsDouble(a + u * u);
                    lo[i] = 0;
                    hi[i] = Math.sqrt(p.b() - a);
                    break;
                default:
                    f[i] = g;
                    lo[i] = p.a();
                    hi[i] = p.b();
            }
            first[i] = GaussKronrod.rule(f[i], lo[i], hi[i]);
            total += first[i][0];
        }
        double tol = REL_TOL * Math.abs(total) / Math.sqrt(count);
        if (!(tol > 0)) {
            return total;
        }
        double sum = 0;
        for (int i = 0; i < count; i++) {
            GaussKronrod.Result r = GaussKronrod.refine(f[i], lo[i], hi[i], first[i], tol);
            evaluations += r.evaluations() + 15;
            sum += r.value();
        }
        return sum;
    }

    /**
     * &lt;sigma v&gt;(x) [GeV^-2] of the annihilating pair at x = m_chi/T, through the s
     * channel (the quantity FORMULAS.md 6 tabulates "per annihilating pair").
     */
    public double perPair(double x) {
        double temperature = annihilation.m1() / x;
        return annihilation.isCoannihilation() ? pair(temperature, annihilation.m1(), annihilation.m2())
                : pair(temperature, annihilation.m1(), annihilation.m1());
    }

    /**
     * The effective cross section of the Boltzmann equation for n = total
     * dark-matter density (FORMULAS.md 7.3) from the s channel only [GeV^-2]:
     * complex scalar and Dirac &lt;sigma v&gt;/2, Majorana &lt;sigma v&gt;,
     * pseudo-Dirac through a vector 2 &lt;sigma_12 v&gt; r/(1+r)^2 and through the
     * dark scalar (&lt;sigma_11 v&gt; + r^2 &lt;sigma_22 v&gt;)/(1+r)^2, with
     * r = n2,eq/n1,eq = (m2/m1)^2 K2(m2/T)/K2(m1/T).
     */
    public double effectiveSChannel(double x) {
        Annihilation a = annihilation;
        double temperature = a.m1() / x;
        switch (a.kind()) {
            case COMPLEX_SCALAR:
            case DIRAC:
                return pair(temperature, a.m1(), a.m1()) / 2;
            case MAJORANA:
                return pair(temperature, a.m1(), a.m1());
            case PSEUDO_DIRAC: {
                double r = equilibriumRatio(x, a.m1(), a.m2());
                if (a.isCoannihilation()) {
                    return 2 * pair(temperature, a.m1(), a.m2()) * r / ((1 + r) * (1 + r));
                }
                double s11 = pair(temperature, a.m1(), a.m1());
                double s22 = r > 1e-30 ? pair(temperature, a.m2(), a.m2()) : 0;
                return (s11 + r * r * s22) / ((1 + r) * (1 + r));
            }
            default:
                return 0;
        }
    }

    /** n2,eq/n1,eq = (m2/m1)^2 K2(m2/T)/K2(m1/T) at x = m1/T. */
    public static double equilibriumRatio(double x, double m1, double m2) {
        double x2 = x * m2 / m1;
        return (m2 / m1) * (m2 / m1) * Bessel.k2e(x2) / Bessel.k2e(x) * Math.exp(-(x2 - x));
    }

    /**
     * The particle/antiparticle factor of a constant (secluded) sigma v in the
     * effective cross section: 1/2 for complex scalar, Dirac and pseudo-Dirac
     * (delta -&gt; 0), 1 for Majorana (FORMULAS.md 6.4 and 7.3).
     */
    public static double constantFactor(DarkMatterType kind) {
        return kind == DarkMatterType.MAJORANA ? 1 : 0.5;
    }
}

package org.darkcheck.engine.recast;

/**
 * The DarkCast recast of a displaced-decay (beam-dump) band to a dark photon
 * with an extra invisible width (FORMULAS.md 9.2; Ilten et al.
 * arXiv:1801.04847 eqs. 2.2-2.12). The signal at one mass is
 * N(g) ~ g^2 BR_vis(g) E(tau(g)), E(tau) = exp(-t0/tau) - exp(-t1/tau), t1 = t0 (1 + L),
 * with L the decay-volume to shield length ratio. The proper-time window t0
 * is found from the published edges eps0, eps1 (equal signal at both), then the
 * model's edges are the couplings where its signal equals that of the
 * published edges. Widths per unit coupling squared; all in GeV and seconds.
 */
public final class DisplacedWindow {

    private static final double HBAR = org.darkcheck.physics.constants.Constants.HBAR_GEV_S;

    private DisplacedWindow() {
    }

    /** ln E(tau) = -t0/tau + ln(1 - exp(-t0 L/tau)), finite where E itself would underflow. */
    static double logAcceptance(double t0, double lengthRatio, double tau) {
        return -t0 / tau + Math.log(-Math.expm1(-t0 * lengthRatio / tau));
    }

    /**
     * The window start t0 [s] for which the published edges give equal signal, or NaN.
     *
     * @param widthUnit the dark photon's total width per unit eps^2 [GeV]
     */
    static double windowStart(double eps0, double eps1, double widthUnit, double lengthRatio) {
        double tau0 = HBAR / (widthUnit * eps0 * eps0);
        double tau1 = HBAR / (widthUnit * eps1 * eps1);
        // f(t) = eps1^2 E(tau1) - eps0^2 E(tau0): positive for small t (short-lived edge wins), negative for large t
        double lo = tau1 * 1e-6;
        double hi = tau0 * 1e3;
        if (f(lo, eps0, eps1, tau0, tau1, lengthRatio) <= 0 || f(hi, eps0, eps1, tau0, tau1, lengthRatio) >= 0) {
            return Double.NaN;
        }
        for (int i = 0; i < 200; i++) {
            double mid = Math.sqrt(lo * hi);
            if (f(mid, eps0, eps1, tau0, tau1, lengthRatio) > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
            if (hi / lo < 1 + 1e-12) {
                break;
            }
        }
        return Math.sqrt(lo * hi);
    }

    /** ln of the signal ratio of the two edges: positive while the upper (short-lived) edge sees more decays. */
    private static double f(double t, double eps0, double eps1, double tau0, double tau1, double lengthRatio) {
        return 2 * Math.log(eps1) + logAcceptance(t, lengthRatio, tau1)
                - 2 * Math.log(eps0) - logAcceptance(t, lengthRatio, tau0);
    }

    /**
     * The model's excluded band {lower, upper}, or null when its signal never reaches that of the published edges.
     *
     * @param visibleUnit the model's visible width per unit g^2 [GeV] (equal to the dark photon's: same mediator)
     * @param invisible   the model's invisible width [GeV], independent of g
     */
    public static double[] band(double eps0, double eps1, double visibleUnit, double invisible, double lengthRatio) {
        double t0 = windowStart(eps0, eps1, visibleUnit, lengthRatio);
        if (Double.isNaN(t0)) {
            return null;
        }
        double reference = 2 * Math.log(eps0) + logAcceptance(t0, lengthRatio, HBAR / (visibleUnit * eps0 * eps0));
        // scan log g, then refine the crossings by bisection
        int n = 240;
        double logLo = Math.log(eps0) - 6 * Math.log(10);
        double logHi = Math.log(Math.max(eps1, eps0)) + 2 * Math.log(10);
        double lower = Double.NaN;
        double upper = Double.NaN;
        double prevLog = logLo;
        boolean prevIn = signal(Math.exp(logLo), t0, visibleUnit, invisible, lengthRatio) >= reference;
        for (int i = 1; i <= n; i++) {
            double lg = logLo + (logHi - logLo) * i / n;
            boolean in = signal(Math.exp(lg), t0, visibleUnit, invisible, lengthRatio) >= reference;
            if (in && !prevIn && Double.isNaN(lower)) {
                lower = crossing(prevLog, lg, t0, visibleUnit, invisible, lengthRatio, reference);
            }
            if (!in && prevIn) {
                upper = crossing(prevLog, lg, t0, visibleUnit, invisible, lengthRatio, reference);
            }
            prevIn = in;
            prevLog = lg;
        }
        if (Double.isNaN(lower) || Double.isNaN(upper) || !(upper > lower)) {
            return null;
        }
        return new double[] {lower, upper};
    }

    /** ln of the signal g^2 BR_vis E(tau) (logarithms keep very long and very short lifetimes finite). */
    private static double signal(double g, double t0, double visibleUnit, double invisible, double lengthRatio) {
        double visible = visibleUnit * g * g;
        double total = visible + invisible;
        return 2 * Math.log(g) + Math.log(visible / total) + logAcceptance(t0, lengthRatio, HBAR / total);
    }

    private static double crossing(double logA, double logB, double t0, double visibleUnit, double invisible,
            double lengthRatio, double reference) {
        boolean aIn = signal(Math.exp(logA), t0, visibleUnit, invisible, lengthRatio) >= reference;
        for (int i = 0; i < 60; i++) {
            double mid = 0.5 * (logA + logB);
            boolean midIn = signal(Math.exp(mid), t0, visibleUnit, invisible, lengthRatio) >= reference;
            if (midIn == aIn) {
                logA = mid;
            } else {
                logB = mid;
            }
        }
        return Math.exp(0.5 * (logA + logB));
    }
}

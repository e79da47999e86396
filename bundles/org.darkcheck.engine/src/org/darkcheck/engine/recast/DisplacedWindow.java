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

    /** An invisible width below this fraction of the lower edge's visible width leaves the band as published. */
    private static final double NEGLIGIBLE = 1e-6;

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
        // f(t) = ln[eps1^2 E(tau1)] - ln[eps0^2 E(tau0)]: positive for small t (short-lived edge wins), negative for
        // large t. Safeguarded Newton in u = ln t inside the bracket [lo, hi]: a handful of steps instead of ~40 bisections.
        double lo = Math.log(tau1 * 1e-6);
        double hi = Math.log(tau0 * 1e3);
        if (f(Math.exp(lo), eps0, eps1, tau0, tau1, lengthRatio) <= 0
                || f(Math.exp(hi), eps0, eps1, tau0, tau1, lengthRatio) >= 0) {
            return Double.NaN;
        }
        // start where the long-lived edge is in its linear regime and the short-lived one decays: t ~ tau1 ln(tau0/tau1)
        double u = Math.log(tau1 * Math.max(1, Math.log(tau0 / tau1)));
        if (!(u > lo && u < hi)) {
            u = 0.5 * (lo + hi);
        }
        for (int i = 0; i < 100; i++) {
            double t = Math.exp(u);
            double value = f(t, eps0, eps1, tau0, tau1, lengthRatio);
            if (value > 0) {
                lo = u;
            } else {
                hi = u;
            }
            double slope = t * (logAcceptanceSlope(t, lengthRatio, tau1) - logAcceptanceSlope(t, lengthRatio, tau0));
            double next = u - value / slope;
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            if (Math.abs(next - u) < 1e-11 || hi - lo < 1e-11) {
                return Math.exp(next);
            }
            u = next;
        }
        return Math.exp(u);
    }

    /** d ln E / dt = (1/tau) [L/expm1(t L/tau) - 1], E = exp(-t/tau) (1 - exp(-t L/tau)). */
    private static double logAcceptanceSlope(double t, double lengthRatio, double tau) {
        return (lengthRatio / Math.expm1(t * lengthRatio / tau) - 1) / tau;
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
        if (invisible <= NEGLIGIBLE * visibleUnit * eps0 * eps0) {
            // every coupling in and above the band keeps its lifetime and BR_vis to 1e-6: the published band
            return new double[] {eps0, eps1};
        }
        double t0 = windowStart(eps0, eps1, visibleUnit, lengthRatio);
        if (Double.isNaN(t0)) {
            return null;
        }
        double reference = 2 * Math.log(eps0) + logAcceptance(t0, lengthRatio, HBAR / (visibleUnit * eps0 * eps0));
        // S = g^2 (G_vis/G_tot) E <= G_vis^2/(visibleUnit G_inv) exp(-t0 (G_inv + G_vis)/hbar), whose maximum over
        // G_vis (at 2 hbar/t0) bounds the signal from above: below the reference no coupling gives a band
        double bound = 2 * Math.log(2 * HBAR / t0) - 2 - Math.log(visibleUnit * invisible) - t0 * invisible / HBAR;
        if (bound < reference) {
            return null;
        }
        // a coarse scan of log g for the best coupling, then bisection of the two crossings around it
        int n = 48;
        double logLo = Math.log(eps0) - 6 * Math.log(10);
        double logHi = Math.log(Math.max(eps1, eps0)) + 2 * Math.log(10);
        double step = (logHi - logLo) / n;
        int best = 0;
        double bestSignal = Double.NEGATIVE_INFINITY;
        for (int i = 0; i <= n; i++) {
            double s = signal(Math.exp(logLo + i * step), t0, visibleUnit, invisible, lengthRatio);
            if (s > bestSignal) {
                bestSignal = s;
                best = i;
            }
        }
        if (bestSignal < reference || best == 0 || best == n) {
            return null;
        }
        double peak = logLo + best * step;
        double lower = crossing(logLo, peak, t0, visibleUnit, invisible, lengthRatio, reference);
        double upper = crossing(peak, logHi, t0, visibleUnit, invisible, lengthRatio, reference);
        return upper > lower ? new double[] {lower, upper} : null;
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
        for (int i = 0; i < 36; i++) {
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

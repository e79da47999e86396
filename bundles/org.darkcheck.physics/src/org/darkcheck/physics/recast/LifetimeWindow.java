package org.darkcheck.physics.recast;

/**
 * The proper-time acceptance E(tau) = exp(-t0/tau) - exp(-t1/tau) of a decay
 * window [t0, t1] in seconds, kept in logarithms so that very long and very
 * short lifetimes stay finite, and the window of a displaced search solved
 * from its published edges (DarkCast eqs. 2.22-2.24).
 */
final class LifetimeWindow {

    private final double t0;
    private final double t1;

    /** A window [t0, t1] [s], 0 &lt;= t0 &lt; t1 (t1 may be infinite). */
    LifetimeWindow(double t0, double t1) {
        if (!(t0 >= 0) || !(t1 > t0)) {
            throw new IllegalArgumentException("window needs 0 <= t0 < t1, got [" + t0 + ", " + t1 + "]");
        }
        this.t0 = t0;
        this.t1 = t1;
    }

    double t0() {
        return t0;
    }

    double t1() {
        return t1;
    }

    /** ln E(tau), tau [s] &gt; 0. */
    double lnAcceptance(double tau) {
        if (t1 == Double.POSITIVE_INFINITY) {
            return -t0 / tau;
        }
        // E = exp(-t0/tau) (1 - exp(-(t1 - t0)/tau))
        return -t0 / tau + Math.log(-Math.expm1(-(t1 - t0) / tau));
    }

    /**
     * The window of a displaced search, t1 = t0 (1 + lengthRatio), with t0 chosen so that the published
     * lower and upper edges eps0 &lt; eps1 give equal signal: eps1^2 E(tau1) = eps0^2 E(tau0), where
     * tau_i = tauUnit / eps_i^2 is the reference lifetime [s]. Null if no such window exists.
     *
     * @param tauUnit the reference boson's lifetime at unit coupling [s]
     */
    static LifetimeWindow displaced(double eps0, double eps1, double tauUnit, double lengthRatio) {
        if (!(eps1 > eps0) || !(eps0 > 0)) {
            return null;
        }
        double tau0 = tauUnit / (eps0 * eps0);
        double tau1 = tauUnit / (eps1 * eps1);
        // f(t) > 0 for small t (the short-lived upper edge decays more in the window), < 0 for large t
        double lo = tau1 * 1e-6;
        double hi = tau0;
        for (int i = 0; i < 200 && edgeBalance(lo, eps0, eps1, tau0, tau1, lengthRatio) <= 0; i++) {
            lo /= 10;
        }
        for (int i = 0; i < 200 && edgeBalance(hi, eps0, eps1, tau0, tau1, lengthRatio) >= 0; i++) {
            hi *= 10;
        }
        if (!(edgeBalance(lo, eps0, eps1, tau0, tau1, lengthRatio) > 0)
                || !(edgeBalance(hi, eps0, eps1, tau0, tau1, lengthRatio) < 0)) {
            return null;
        }
        // the crossing in ln t (the balance falls through zero once), to 1e-12 relative in t
        double t = Math.exp(Roots.crossing(u -> -edgeBalance(Math.exp(u), eps0, eps1, tau0, tau1, lengthRatio),
                Math.log(lo), Math.log(hi), 1e-12));
        return new LifetimeWindow(t, t * (1 + lengthRatio));
    }

    private static double edgeBalance(double t, double eps0, double eps1, double tau0, double tau1, double l) {
        LifetimeWindow w = new LifetimeWindow(t, t * (1 + l));
        return 2 * Math.log(eps1) + w.lnAcceptance(tau1) - 2 * Math.log(eps0) - w.lnAcceptance(tau0);
    }
}

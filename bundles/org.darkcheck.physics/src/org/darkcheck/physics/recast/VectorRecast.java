package org.darkcheck.physics.recast;

import java.util.function.DoubleUnaryOperator;

import org.darkcheck.physics.MediatorType;

/**
 * Recasts a published dark-photon limit at one mass to another vector mediator
 * (dark photon with extra invisible width, B - L, L_mu - L_tau), the DarkCast
 * way (Ilten, Soreq, Williams, Xue, arXiv:1801.04847 eq. 2.2; FORMULAS.md 9):
 * the target's coupling g is the one at which it gives the same number of
 * signal events as the dark photon at the published eps,
 * <pre>
 *   g^2 sigma_X(1) BR_X(F; g) E(tau_X(g)) = eps^2 sigma_A'(1) BR_A'(F) E(tau_A'(eps)),
 * </pre>
 * with the production ratio of {@link Production}, the branching fractions of
 * the searched channels F and the proper-time acceptance of the search's
 * {@link DecayWindow}.
 * <p>
 * Units: masses and widths in GeV, couplings dimensionless (eps for the
 * published dark photon, the target's global coupling g as returned),
 * proper times in seconds. A result of {@code +Infinity} (or a null band) means
 * the search does not constrain the target at this mass.
 * <p>
 * Conventions (as DarkCast): the published dark photon decays to Standard-Model
 * states only, except for invisible searches where its invisible width is 99 times
 * its visible width. Differently from DarkCast, a missing-energy search counts the
 * target's decays to neutrinos as invisible (B - L and L_mu - L_tau decay to
 * neutrinos; DarkCast books them as visible).
 */
public final class VectorRecast {

    /** Decades scanned below the lower and above the upper published edge when looking for a band. */
    private static final double SCAN_DECADES = 14;

    private VectorRecast() {
    }

    /**
     * The target's one-sided limit: excluded for g above the result.
     *
     * @param spec                   the search
     * @param target                 a vector mediator
     * @param massGeV                boson mass [GeV]
     * @param epsilonLimit           the published dark-photon limit eps (dimensionless)
     * @param extraInvisibleWidthGeV the target's width into dark-sector states [GeV], independent of g
     * @return the target's coupling limit g (dimensionless), or +Infinity if there is none
     */
    public static double couplingLimit(SearchSpec spec, MediatorType target, double massGeV, double epsilonLimit,
            double extraInvisibleWidthGeV) {
        checkFinite("extraInvisibleWidthGeV", extraInvisibleWidthGeV, true);
        return couplingLimit(spec, target, massGeV, epsilonLimit, InvisibleWidth.fixed(extraInvisibleWidthGeV));
    }

    /** As {@link #couplingLimit(SearchSpec, MediatorType, double, double, double)} with a coupling-dependent invisible width. */
    public static double couplingLimit(SearchSpec spec, MediatorType target, double massGeV, double epsilonLimit,
            InvisibleWidth invisible) {
        checkCommon(spec, target, massGeV, invisible);
        checkFinite("epsilonLimit", epsilonLimit, false);
        if (!(spec.window() instanceof DecayWindow.Prompt prompt)) {
            throw new IllegalArgumentException("spec: couplingLimit needs a prompt search, got " + spec.window());
        }
        SignalRatio s = new SignalRatio(spec, target, massGeV, invisible);
        if (!s.isRecastable()) {
            return Double.POSITIVE_INFINITY;
        }
        double t1 = prompt.t1(massGeV);
        LifetimeWindow w = t1 == Double.POSITIVE_INFINITY ? null : new LifetimeWindow(0, t1);
        double reference = s.lnReference(epsilonLimit, w);
        // the target's signal grows with g (more production, a larger branching fraction, a shorter lifetime)
        DoubleUnaryOperator excess = lnG -> s.lnTarget(Math.exp(lnG), w) - reference;
        double guess = Math.log(epsilonLimit) - 0.5 * Math.log(s.productionRatio());
        double lo = guess;
        double hi = guess;
        for (int i = 0; i < 200 && !(excess.applyAsDouble(lo) < 0); i++) {
            lo -= Math.log(10);
        }
        for (int i = 0; i < 200 && !(excess.applyAsDouble(hi) >= 0); i++) {
            hi += Math.log(10);
        }
        if (!(excess.applyAsDouble(lo) < 0) || !(excess.applyAsDouble(hi) >= 0)) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.exp(bisect(excess, lo, hi));
    }

    /**
     * The target's excluded band from a displaced (beam-dump) search: excluded for lower &lt; g &lt; upper.
     *
     * @param spec                   the search; its window must be {@link DecayWindow.Displaced}
     * @param target                 a vector mediator
     * @param massGeV                boson mass [GeV]
     * @param epsLower               the published lower edge eps (dimensionless)
     * @param epsUpper               the published upper edge eps, &gt; epsLower
     * @param extraInvisibleWidthGeV the target's width into dark-sector states [GeV], independent of g
     * @return {lower, upper} couplings g of the target (dimensionless), or null if the band is closed
     */
    public static double[] band(SearchSpec spec, MediatorType target, double massGeV, double epsLower,
            double epsUpper, double extraInvisibleWidthGeV) {
        checkFinite("extraInvisibleWidthGeV", extraInvisibleWidthGeV, true);
        return band(spec, target, massGeV, epsLower, epsUpper, InvisibleWidth.fixed(extraInvisibleWidthGeV));
    }

    /** As {@link #band(SearchSpec, MediatorType, double, double, double, double)} with a coupling-dependent invisible width. */
    public static double[] band(SearchSpec spec, MediatorType target, double massGeV, double epsLower,
            double epsUpper, InvisibleWidth invisible) {
        checkCommon(spec, target, massGeV, invisible);
        checkFinite("epsLower", epsLower, false);
        checkFinite("epsUpper", epsUpper, false);
        if (!(spec.window() instanceof DecayWindow.Displaced displaced)) {
            throw new IllegalArgumentException("spec: band needs a displaced search, got " + spec.window());
        }
        if (!(epsUpper > epsLower)) {
            throw new IllegalArgumentException("epsUpper must exceed epsLower, got " + epsLower + ", " + epsUpper);
        }
        SignalRatio s = new SignalRatio(spec, target, massGeV, invisible);
        if (!s.isRecastable()) {
            return null;
        }
        LifetimeWindow w = LifetimeWindow.displaced(epsLower, epsUpper, s.referenceTauUnit(),
                displaced.lengthRatio());
        if (w == null) {
            return null;
        }
        double reference = s.lnReference(epsLower, w);
        DoubleUnaryOperator excess = lnG -> s.lnTarget(Math.exp(lnG), w) - reference;
        double ln10 = Math.log(10);
        double from = Math.log(epsLower) - 0.5 * Math.log(s.productionRatio()) - SCAN_DECADES * ln10;
        double to = Math.log(epsUpper) - 0.5 * Math.log(s.productionRatio()) + SCAN_DECADES * ln10;
        // The signal is unimodal in ln g: below the band it grows (g^2, BR_vis and the decays inside the window
        // all grow with g), above it the boson decays before the window and the signal falls as exp(-t0/tau).
        // A golden-section search finds the peak (about 80 evaluations instead of a scan of thousands), and the
        // edges are then bisected on either monotone side.
        double peak = goldenMaximum(excess, from, to);
        if (!(excess.applyAsDouble(peak) >= 0) || excess.applyAsDouble(from) >= 0 || excess.applyAsDouble(to) >= 0) {
            return null;
        }
        double lower = bisect(excess, from, peak);
        double upper = bisect(excess, to, peak);
        return new double[] {Math.exp(lower), Math.exp(upper)};
    }

    /**
     * The target's excluded band from a search published as r-values (observed over expected) on a
     * coupling grid at this mass (LHCb displaced; DarkCast eqs. 2.21 and C.4-C.7): a grid point
     * (eps_j, r_j) maps to the target coupling of equal lifetime, whose r is
     * r_j eps_j^2 BR_A' / (g_j^2 (sigma_X/sigma_A') BR_X); excluded where that r &lt; 1. Beyond the grid
     * the acceptance is taken as [0, tau_max] (longer lifetimes) or [tau_min, infinity) (shorter).
     *
     * @param epsilons dark-photon couplings of the grid at this mass, increasing
     * @param rValues  r at each coupling
     * @return {lower, upper} couplings g of the target, or null if nothing is excluded
     */
    public static double[] bandFromRValues(SearchSpec spec, MediatorType target, double massGeV, double[] epsilons,
            double[] rValues, InvisibleWidth invisible) {
        checkCommon(spec, target, massGeV, invisible);
        if (epsilons == null || rValues == null || epsilons.length != rValues.length || epsilons.length == 0) {
            throw new IllegalArgumentException("epsilons and rValues must be non-empty and of equal length");
        }
        SignalRatio s = new SignalRatio(spec, target, massGeV, invisible);
        if (!s.isRecastable()) {
            return null;
        }
        double tauUnit = s.referenceTauUnit();
        int lowest = -1;
        int highest = -1;
        double[] g = new double[epsilons.length];
        double[] r = new double[epsilons.length];
        for (int k = 0; k < epsilons.length; k++) {
            checkFinite("epsilons[" + k + "]", epsilons[k], false);
            if (!(rValues[k] >= 0)) {
                throw new IllegalArgumentException("rValues[" + k + "] must be >= 0, got " + rValues[k]);
            }
            g[k] = s.targetCouplingAtLifetime(tauUnit / (epsilons[k] * epsilons[k]));
            if (Double.isNaN(g[k])) {
                continue;
            }
            r[k] = rValues[k] * Math.exp(s.lnPromptRatio(epsilons[k], g[k]));
            if (r[k] < 1) {
                if (lowest < 0 || g[k] < g[lowest]) {
                    lowest = k;
                }
                if (highest < 0 || g[k] > g[highest]) {
                    highest = k;
                }
            }
        }
        if (lowest < 0) {
            return null;
        }
        double lower = g[lowest];
        double upper = g[highest];
        int longest = 0;
        int shortest = epsilons.length - 1;
        double ln10 = Math.log(10);
        if (lowest == longest) {
            // beyond the longest lifetime of the grid: acceptance [0, tau_max]
            double tauMax = tauUnit / (epsilons[longest] * epsilons[longest]);
            LifetimeWindow w = new LifetimeWindow(0, tauMax);
            double reference = s.lnTarget(lower, w) + Math.log(r[lowest]);
            DoubleUnaryOperator excess = lnG -> s.lnTarget(Math.exp(lnG), w) - reference;
            double lo = Math.log(lower);
            for (int i = 0; i < 60 && excess.applyAsDouble(lo) >= 0; i++) {
                lo -= ln10;
            }
            if (excess.applyAsDouble(lo) < 0) {
                lower = Math.exp(bisect(excess, lo, Math.log(lower)));
            }
        }
        if (highest == shortest) {
            // beyond the shortest lifetime of the grid: acceptance [tau_min, infinity)
            double tauMin = tauUnit / (epsilons[shortest] * epsilons[shortest]);
            LifetimeWindow w = new LifetimeWindow(tauMin, Double.POSITIVE_INFINITY);
            double reference = s.lnTarget(upper, w) + Math.log(r[highest]);
            DoubleUnaryOperator excess = lnG -> s.lnTarget(Math.exp(lnG), w) - reference;
            double hi = Math.log(upper);
            for (int i = 0; i < 60 && excess.applyAsDouble(hi) >= 0; i++) {
                hi += ln10;
            }
            if (excess.applyAsDouble(hi) < 0) {
                upper = Math.exp(bisect(excess, hi, Math.log(upper)));
            }
        }
        return new double[] {lower, upper};
    }

    /**
     * A point of [a, b] where the unimodal f is &gt;= 0 (golden-section search towards its maximum, stopping at the
     * first such point), or its maximum to 1e-7 in the argument when f is negative everywhere.
     */
    private static double goldenMaximum(DoubleUnaryOperator f, double a, double b) {
        double invPhi = (Math.sqrt(5) - 1) / 2;
        double c = b - invPhi * (b - a);
        double d = a + invPhi * (b - a);
        double fc = f.applyAsDouble(c);
        double fd = f.applyAsDouble(d);
        for (int i = 0; i < 200 && b - a > 1e-7; i++) {
            if (fc >= 0) {
                return c;
            }
            if (fd >= 0) {
                return d;
            }
            if (fc >= fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - invPhi * (b - a);
                fc = f.applyAsDouble(c);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + invPhi * (b - a);
                fd = f.applyAsDouble(d);
            }
        }
        return fc >= fd ? c : d;
    }

    /** Root of f between a (f &lt; 0) and b (f &gt;= 0), in whatever order, to 1e-10 in the argument. */
    private static double bisect(DoubleUnaryOperator f, double a, double b) {
        return Roots.crossing(f, a, b, 1e-10);
    }

    private static void checkCommon(SearchSpec spec, MediatorType target, double massGeV, InvisibleWidth invisible) {
        if (spec == null) {
            throw new IllegalArgumentException("spec must not be null");
        }
        if (target == null || !target.isVector()) {
            throw new IllegalArgumentException("target must be a vector mediator, got " + target);
        }
        if (invisible == null) {
            throw new IllegalArgumentException("invisible must not be null");
        }
        checkFinite("massGeV", massGeV, false);
    }

    private static void checkFinite(String name, double value, boolean zeroAllowed) {
        if (Double.isNaN(value) || Double.isInfinite(value) || value < 0 || !zeroAllowed && value == 0) {
            throw new IllegalArgumentException(name + " must be finite and " + (zeroAllowed ? ">= 0" : "> 0")
                    + ", got " + value);
        }
    }
}

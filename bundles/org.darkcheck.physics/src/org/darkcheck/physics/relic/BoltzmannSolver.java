package org.darkcheck.physics.relic;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.MaxCountExceededException;
import org.apache.commons.math3.exception.NumberIsTooSmallException;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.darkcheck.physics.DarkMatterType;
import org.darkcheck.physics.constants.Constants;
import org.darkcheck.physics.math.Bessel;

/**
 * The Boltzmann equation of freeze-out (FORMULAS.md 7.1, 7.5) for Y = n/s with
 * n the total dark-matter density, x = m_chi1/T:
 *
 * <pre>
 *   dY/dx = -(lambda(x)/x^2) &lt;sigma v&gt;_eff(x) (Y^2 - Y_eq^2),   lambda = sqrt(pi/45) M_Pl m_chi g_*^1/2(T)
 *   Y_eq  = 45 g_chi/(4 pi^4 g_*s(T)) x^2 K_2(x)   (pseudo-Dirac: the sum over chi1, chi2 with g = 2 each)
 * </pre>
 *
 * Stiff-aware hybrid (the default): while the equation is stiff (Y close to
 * Y_eq) Y follows the quasi-static solution Y = sqrt(Y_eq^2 - Y_eq'/A), the root
 * of A (Y^2 - Y_eq^2) = -Y_eq'; where it leaves equilibrium by
 * {@link #SWITCH_DEVIATION} (found with Commons Math's Brent solver), W = ln Y is
 * integrated to x = 1000 with Commons Math's Dormand-Prince 8(5,3) integrator, no
 * longer stiff there because the stiffness 2 A Y_eq has dropped to about 10.
 * The reference method of FORMULAS.md 7.5 (backward Euler on a log grid,
 * Richardson-extrapolated from 4000 and 16000 steps, validated there against
 * scipy's Radau) is {@link #solveBackwardEuler}; the tests check the two agree.
 * Omega h^2 = 2.7440e8 (m_chi/GeV) Y(1000).
 */
final class BoltzmannSolver {

    /** Start of the integration. */
    static final double X_START = 1;
    /** End of the integration ("today" for freeze-out). */
    static final double X_END = 1000;
    /** The explicit integration starts where (Y - Y_eq)/Y_eq reaches this. */
    static final double SWITCH_DEVIATION = 0.1;
    /** Step in ln x of the search for the switch. */
    private static final double BRACKET_STEP = 0.3;
    /** Tolerances of the Dormand-Prince integration of ln Y. */
    static final double ODE_TOLERANCE = 1e-7;
    /** First step in ln x (without it the integrator's own estimate can be absurdly large near equilibrium). */
    static final double INITIAL_STEP = 1e-3;
    /** Largest ln x at which the right-hand side is evaluated. */
    private static final double LN_X_PROBE_MAX = Math.log(X_END) + 1;
    /** Largest step in ln x. */
    static final double MAX_STEP = 0.5;
    /** Bound on the exponents in the right-hand side (e^700 ~ 1e304). */
    private static final double EXP_BOUND = 700;
    /** Bound on the derivative evaluations of one integration (a few hundred are typical). */
    static final int MAX_EVALUATIONS = 200_000;

    private final EffectiveCrossSection sigma;
    private final DegreesOfFreedom dof;
    private final double m1;
    private final double massRatio;
    private final double g1;
    private final double g2;
    private final double lambdaPrefactor;

    /** The solution: Y today, Omega h^2 and where the explicit integration began. */
    record Solution(double yToday, double omegaH2, double xSwitch, int derivativeEvaluations) {
    }

    BoltzmannSolver(EffectiveCrossSection sigma) {
        this.sigma = sigma;
        this.dof = DegreesOfFreedom.standardModel();
        this.m1 = sigma.annihilation().m1();
        this.massRatio = sigma.annihilation().m2() / m1;
        DarkMatterType kind = sigma.kind();
        switch (kind) {
            case DIRAC:
                g1 = 4;
                g2 = 0;
                break;
            case PSEUDO_DIRAC:
                g1 = 2;
                g2 = 2;
                break;
            default:
                g1 = 2;
                g2 = 0;
        }
        this.lambdaPrefactor = Math.sqrt(Math.PI / 45) * Constants.PLANCK_MASS * m1;
        this.lnM1 = Math.log(m1);
    }

    private final double lnM1;

    /** A(x) = lambda(x)/x^2 &lt;sigma v&gt;_eff(x). */
    double a(double x) {
        return lambdaPrefactor * dof.sqrtGStarEffectiveFast(lnM1 - Math.log(x)) * sigma.at(x) / (x * x);
    }

    /** ln Y_eq at x (the solver's inner loop: fast g_*s table, no derivative). */
    double lnYeqOnly(double x) {
        double gs = dof.gStarSFast(lnM1 - Math.log(x));
        double sum = g1 * x * x * Bessel.k2e(x);
        if (g2 > 0) {
            double x2 = x * massRatio;
            sum += g2 * x2 * x2 * Bessel.k2e(x2) * Math.exp(-(x2 - x));
        }
        return Math.log(45 / (4 * Math.pow(Math.PI, 4) * gs) * sum) - x;
    }

    /** {ln Y_eq, d ln Y_eq/dx} at x. */
    double[] lnYeq(double x) {
        double t = m1 / x;
        double gs = dof.gStarS(t);
        double pre = 45 / (4 * Math.pow(Math.PI, 4) * gs);
        // species 1: g1 x^2 K2(x); species 2 (pseudo-Dirac): g2 x2^2 K2(x2), x2 = x m2/m1
        double k2e1 = Bessel.k2e(x);
        double k1e1 = Bessel.k1e(x);
        double sum = g1 * x * x * k2e1;
        double dsum = -g1 * x * x * k1e1;
        if (g2 > 0) {
            double x2 = x * massRatio;
            double w = Math.exp(-(x2 - x));
            sum += g2 * x2 * x2 * Bessel.k2e(x2) * w;
            dsum += -g2 * massRatio * x2 * x2 * Bessel.k1e(x2) * w;
        }
        double lnY = Math.log(pre * sum) - x;
        double dlnY = dsum / sum + dof.dLnGStarSdLnT(t) / x;
        return new double[] {lnY, dlnY};
    }

    /**
     * The quasi-static Y = sqrt(Y_eq^2 - Y_eq'/A) and its deviation (Y - Y_eq)/Y_eq. Where
     * Y_eq grows with x (g_*s falling fast, e.g. through the QCD transition) faster than
     * annihilation can follow, Y_eq'/A &gt; Y_eq^2 has no quasi-static solution: then Y = Y_eq
     * and the deviation is -1 (out of equilibrium).
     */
    double[] quasiStatic(double x) {
        double[] eq = lnYeq(x);
        double yeq = Math.exp(eq[0]);
        double a = a(x);
        // Y^2 = Y_eq^2 (1 - (dlnYeq/dx)/(A Y_eq))
        double r = -eq[1] / (a * yeq);
        if (!(1 + r > 0)) {
            return new double[] {yeq, -1};
        }
        double root = Math.sqrt(1 + r);
        return new double[] {yeq * root, root - 1};
    }

    /** |(Y - Y_eq)/Y_eq| of the quasi-static solution minus the switch threshold: negative while it holds. */
    private double leftEquilibrium(double lnX) {
        return Math.abs(quasiStatic(Math.exp(lnX))[1]) - SWITCH_DEVIATION;
    }

    /** Solves with the stiff-aware hybrid (see the class comment). */
    Solution solve() {
        double xs;
        double lnEnd = Math.log(X_END);
        if (leftEquilibrium(lnEnd) < 0) {
            double y = quasiStatic(X_END)[0];
            return new Solution(y, Constants.OMEGA_H2_PER_GEV_Y * m1 * y, X_END, 0);
        }
        // bracket the switch on ln x starting from x = 10 (freeze-out is near x = 10-25), then Brent
        double lo = Math.log(10);
        double hi = lo;
        if (leftEquilibrium(lo) >= 0) {
            while (lo > 0 && leftEquilibrium(lo) >= 0) {
                hi = lo;
                lo = Math.max(0, lo - BRACKET_STEP);
            }
        } else {
            while (leftEquilibrium(hi) < 0) {
                lo = hi;
                hi = Math.min(hi + BRACKET_STEP, lnEnd);
            }
        }
        if (lo == 0 && leftEquilibrium(0) >= 0) {
            xs = X_START;
        } else {
            BrentSolver brent = new BrentSolver(1e-5);
            xs = Math.exp(brent.solve(100, this::leftEquilibrium, lo, hi));
        }
        // at x = 1 the standard start Y = Y_eq(1) (FORMULAS.md 7.5 step 2); later the quasi-static value
        double y0 = xs == X_START ? Math.exp(lnYeq(X_START)[0]) : quasiStatic(xs)[0];
        if (!(y0 > 0) || !Double.isFinite(y0)) {
            throw new IllegalStateException("no finite starting abundance at x = " + xs);
        }
        int[] count = {0};
        FirstOrderDifferentialEquations ode = new FirstOrderDifferentialEquations() {
            @Override
            public int getDimension() {
                return 1;
            }

            @Override
            public void computeDerivatives(double lnX, double[] w, double[] dw) {
                count[0]++;
                // Commons Math probes the right-hand side far outside the range while it picks the first
                // step; keep x where the functions are defined
                double x = Math.exp(Math.min(Math.max(lnX, 0), LN_X_PROBE_MAX));
                double lnYeq = lnYeqOnly(x);
                // dW/d ln x = -x A(x) (Y - Y_eq^2/Y), W = ln Y; the exponents are bounded so that a trial
                // stage of a rejected step stays finite (a NaN would pass the step control unnoticed)
                double up = Math.min(w[0], EXP_BOUND);
                double down = Math.min(2 * lnYeq - w[0], EXP_BOUND);
                dw[0] = -x * a(x) * (Math.exp(up) - Math.exp(down));
            }
        };
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(1e-8, MAX_STEP, ODE_TOLERANCE, ODE_TOLERANCE);
        integrator.setMaxEvaluations(MAX_EVALUATIONS);
        integrator.setInitialStepSize(INITIAL_STEP);
        double[] w = {Math.log(y0)};
        try {
            integrator.integrate(ode, Math.log(xs), w, Math.log(X_END), w);
        } catch (NumberIsTooSmallException | MaxCountExceededException e) {
            throw new IllegalStateException("the Boltzmann integration did not converge: " + e.getMessage(), e);
        }
        double y = Math.exp(w[0]);
        return new Solution(y, Constants.OMEGA_H2_PER_GEV_Y * m1 * y, xs, count[0]);
    }

    /**
     * The reference method of FORMULAS.md 7.5: implicit Euler on a log-spaced grid
     * from x = 1 to 1000 (each step the stable root of a quadratic), N = 4000 and
     * 16000 steps, Richardson-extrapolated (4 Y_16000 - Y_4000)/3.
     */
    Solution solveBackwardEuler() {
        double y4 = backwardEuler(4000);
        double y16 = backwardEuler(16000);
        double y = (4 * y16 - y4) / 3;
        return new Solution(y, Constants.OMEGA_H2_PER_GEV_Y * m1 * y, X_START, 20000);
    }

    double backwardEuler(int steps) {
        double lnStart = Math.log(X_START);
        double dl = (Math.log(X_END) - lnStart) / steps;
        double x0 = X_START;
        double y = Math.exp(lnYeq(x0)[0]);
        for (int k = 1; k <= steps; k++) {
            double x1 = Math.exp(lnStart + k * dl);
            double h = x1 - x0;
            double a = h * a(x1);
            double yeq = Math.exp(lnYeqOnly(x1));
            double c = y + a * yeq * yeq;
            y = 2 * c / (1 + Math.sqrt(1 + 4 * a * c));
            x0 = x1;
        }
        return y;
    }
}

package org.darkcheck.physics.decay;

import static org.darkcheck.physics.constants.Constants.E_CHARGE;

import org.darkcheck.physics.MediatorType;
import org.darkcheck.physics.constants.Constants;

/**
 * Vector couplings of a spin-1 mediator to the Standard-Model fermions per unit
 * global coupling (epsilon or g), at the mediator mass m (DarkCast's {@code xfs};
 * FORMULAS.md 2, 4, 5 and 9.1). Neutrino couplings are to one helicity
 * (colour factor 1/2 in the width).
 *
 * @param e     x_e
 * @param mu    x_mu
 * @param tau   x_tau
 * @param nuE   x_nu_e
 * @param nuMu  x_nu_mu
 * @param nuTau x_nu_tau
 * @param u     x_u (also used for c)
 * @param d     x_d (also used for s and b)
 * @param s     x_s
 */
public record VectorCouplings(double e, double mu, double tau, double nuE, double nuMu, double nuTau, double u,
        double d, double s) {

    /** The charm coupling: like the up quark for every mediator here. */
    public double c() {
        return u;
    }

    /** The bottom coupling: like the down quark for every mediator here. */
    public double b() {
        return d;
    }

    /** The couplings per unit global coupling of a vector mediator at mass m [GeV]. */
    public static VectorCouplings of(MediatorType type, double m) {
        switch (type) {
            case DARK_PHOTON:
                return new VectorCouplings(-E_CHARGE, -E_CHARGE, -E_CHARGE, 0, 0, 0, 2 * E_CHARGE / 3,
                        -E_CHARGE / 3, -E_CHARGE / 3);
            case LMU_LTAU: {
                double xe = lmuLtauElectron(m);
                return new VectorCouplings(xe, 1, -1, 0, 1, -1, -2 * xe / 3, xe / 3, xe / 3);
            }
            case B_L:
                return new VectorCouplings(-1, -1, -1, -1, -1, -1, 1.0 / 3, 1.0 / 3, 1.0 / 3);
            default:
                throw new IllegalArgumentException(type + " is not a vector mediator");
        }
    }

    /**
     * The loop-induced electron coupling of the L_mu - L_tau boson per unit g,
     * x_e/g = -|eps(m^2)| (FORMULAS.md 4.2; DarkCast's {@code Lmu-Ltau_boson}
     * closed form with m_0 = m_mu, m_1 = m_tau, complex square root and arctangent,
     * modulus taken). Tends to -(e^2/(12 pi^2)) ln(m_tau^2/m_mu^2) = -4.3706e-3 as m -&gt; 0.
     */
    public static double lmuLtauElectron(double m) {
        double m0 = Constants.MUON_MASS;
        double m1 = Constants.TAU_MASS;
        double e2 = E_CHARGE * E_CHARGE;
        if (m < 1e-4 * m0) {
            // the closed form loses digits to cancellation; its m -> 0 limit
            return -e2 / (12 * Math.PI * Math.PI) * Math.log(m1 * m1 / (m0 * m0));
        }
        double[] t0 = loopTerm(m, m0);
        double[] t1 = loopTerm(m, m1);
        double re = 4 * m * (m0 - m1) * (m0 + m1) - 2 * t0[0] + 2 * t1[0] - m * m * m * Math.log(m0 * m0 / (m1 * m1));
        double im = -2 * t0[1] + 2 * t1[1];
        return -e2 / (12 * Math.PI * Math.PI) * Math.hypot(re, im) / (m * m * m);
    }

    /**
     * (m^2 + 2 mf^2) sqrt(4 mf^2 - m^2) atan(m / sqrt(4 mf^2 - m^2)) as a complex
     * number {re, im}, with Python cmath's principal branches (the branch cut of
     * atan on the imaginary axis approached from Re &gt; 0, as Python's division
     * m / (0 + i k) gives +0 real part).
     */
    private static double[] loopTerm(double m, double mf) {
        double pre = m * m + 2 * mf * mf;
        double d = 4 * mf * mf - m * m;
        if (d > 0) {
            double k = Math.sqrt(d);
            return new double[] {pre * k * Math.atan(m / k), 0};
        }
        double k = Math.sqrt(-d); // sqrt(d) = i k
        if (k == 0) {
            return new double[] {0, 0};
        }
        // z = m/(i k) = -i y with y = m/k > 1: atan(0+ - i y) = pi/2 + (i/2) ln((y-1)/(y+1))
        double y = m / k;
        double atanRe = Math.PI / 2;
        double atanIm = 0.5 * Math.log((y - 1) / (y + 1));
        // (i k) * (atanRe + i atanIm) = -k atanIm + i k atanRe
        return new double[] {-pre * k * atanIm, pre * k * atanRe};
    }
}

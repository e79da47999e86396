package org.darkcheck.physics.relic;

import org.darkcheck.physics.DarkMatterType;
import org.darkcheck.physics.Value;
import org.darkcheck.physics.constants.Constants;

/**
 * The freeze-out approximation (FORMULAS.md 7.6; Kolb and Turner), for
 * cross-checks only: with &lt;sigma v&gt;_eff = a_e + 6 b_e/x,
 *
 * <pre>
 *   x_f = ln[ c(c+2) sqrt(45/8) g_chi m_chi M_Pl (a_e + 6 b_e/x_f) / (2 pi^3 sqrt(g_*(T_f) x_f)) ],  c = 1/2
 *   Y_0 = 1 / [ sqrt(pi/45) sqrt(g_*(T_f)) M_Pl m_chi (a_e/x_f + 3 b_e/x_f^2) ]
 * </pre>
 *
 * a_e, b_e are the s- and p-wave coefficients of the annihilating pair times the
 * factor of FORMULAS.md 7.3 (1/2 for complex scalar, Dirac, pseudo-Dirac; 1 for
 * Majorana). About 1 % from the full solution for s-wave, but ~30 % off for
 * p-wave at m_A' = 3 m_chi; never used for verdicts.
 */
public final class FreezeOutApproximation {

    /** x_f and Omega h^2 of the approximation. */
    public record Result(double xFreezeOut, double omegaH2) implements java.io.Serializable {
    }

    private FreezeOutApproximation() {
    }

    /** The total internal degrees of freedom g_chi (FORMULAS.md 7.3). */
    public static double degreesOfFreedom(DarkMatterType kind) {
        return kind == DarkMatterType.DIRAC || kind == DarkMatterType.PSEUDO_DIRAC ? 4 : 2;
    }

    /** The factor between the pair's sigma v and the Boltzmann equation's (FORMULAS.md 7.3). */
    public static double effectiveFactor(DarkMatterType kind) {
        return kind == DarkMatterType.MAJORANA ? 1 : 0.5;
    }

    /**
     * x_f and Omega h^2 from the pair's a and b [GeV^-2] (not yet multiplied by the
     * factor of 7.3), for dark matter of this kind and mass [GeV].
     */
    public static Result of(DarkMatterType kind, double mChi, double a, double b) {
        double f = effectiveFactor(kind);
        double ae = a * f;
        double be = b * f;
        double g = degreesOfFreedom(kind);
        DegreesOfFreedom dof = DegreesOfFreedom.standardModel();
        double c = 0.5;
        double xf = 20;
        for (int i = 0; i < 100; i++) {
            double gs = dof.gStar(mChi / xf);
            double arg = c * (c + 2) * Math.sqrt(45.0 / 8) * g * mChi * Constants.PLANCK_MASS * (ae + 6 * be / xf)
                    / (2 * Math.pow(Math.PI, 3) * Math.sqrt(gs * xf));
            double next = Math.log(arg);
            if (!(next > 0.5)) {
                return new Result(Double.NaN, Double.NaN);
            }
            if (Math.abs(next - xf) < 1e-8) {
                xf = next;
                break;
            }
            xf = next;
        }
        double gs = dof.gStar(mChi / xf);
        double y0 = 1 / (Math.sqrt(Math.PI / 45) * Math.sqrt(gs) * Constants.PLANCK_MASS * mChi
                * (ae / xf + 3 * be / (xf * xf)));
        return new Result(xf, Constants.OMEGA_H2_PER_GEV_Y * mChi * y0);
    }

    /** x_f as a value: flagged when the iteration gives x_f &lt; 3 (relativistic freeze-out) or no solution. */
    public static Value xFreezeOut(DarkMatterType kind, double mChi, double a, double b) {
        if (!(a + b > 0)) {
            return Value.outOfValidity(Double.NaN, "no annihilation: no freeze-out");
        }
        double xf = of(kind, mChi, a, b).xFreezeOut();
        if (Double.isNaN(xf)) {
            return Value.outOfValidity(Double.NaN, "annihilation too weak for the approximation: no freeze-out solution with x_f > 1");
        }
        return Value.checked(xf, xf < 3 ? "x_f < 3: relativistic freeze-out, the approximation fails" : null);
    }
}

package org.darkcheck.physics.dynamics;

import org.darkcheck.physics.Value;
import org.darkcheck.physics.constants.Constants;

/**
 * Dark-sector dynamics with a light mediator (FORMULAS.md 13): the Sommerfeld
 * enhancement of s-wave annihilation in the Hulthen approximation (Feng,
 * Kaplinghat, Yu arXiv:1002.3262; Cassel arXiv:0903.5307; Slatyer
 * arXiv:0910.5713), the bound-state condition 1.68 m_V &lt; alpha_D m_chi and the
 * Hulthen wave function at the origin, and the self-interaction transfer cross
 * section in the Born regime (Tulin, Yu, Zurek arXiv:1302.3898).
 */
public final class DarkSectorDynamics {

    /** Default cluster-scale relative velocity for sigma_T/m [km/s]. */
    public static final double CLUSTER_VELOCITY_KM_S = 1000;
    /** Default SIDM threshold [cm^2/g]. */
    public static final double SIDM_LIMIT_CM2_PER_G = 1;
    private static final double C_KM_S = Constants.SPEED_OF_LIGHT_M_PER_S / 1000;

    private DarkSectorDynamics() {
    }

    /**
     * Sommerfeld factor S for an attractive Yukawa potential -alpha_D e^{-m_V r}/r,
     * v = velocity of each particle in the CM frame (v_rel/2), Hulthen approximation.
     */
    public static double sommerfeld(double alphaD, double mChi, double mV, double v) {
        double ev = v / alphaD;
        double ephi = mV / (alphaD * mChi);
        if (ephi == 0) {
            return sommerfeldCoulomb(alphaD, v);
        }
        double et = Math.PI * Math.PI / 6 * ephi;
        double x = 2 * Math.PI * ev / et;
        double a = 1 / et - ev * ev / (et * et);
        double c = a >= 0 ? Math.cos(2 * Math.PI * Math.sqrt(a)) : Math.cosh(2 * Math.PI * Math.sqrt(-a));
        if (x > 700) {
            // sinh/cosh -&gt; 1 when the velocity is large compared with the Yukawa range
            return Math.PI / ev;
        }
        return Math.PI / ev * Math.sinh(x) / (Math.cosh(x) - c);
    }

    /** The Coulomb limit (m_V -&gt; 0): (pi/eps_v)/(1 - e^{-pi/eps_v}). */
    public static double sommerfeldCoulomb(double alphaD, double v) {
        double ev = v / alphaD;
        return Math.PI / ev / (1 - Math.exp(-Math.PI / ev));
    }

    /** Whether dark "onium" bound states exist: 1.68 m_V &lt; alpha_D m_chi. */
    public static boolean boundStatesExist(double alphaD, double mChi, double mV) {
        return 1.68 * mV < alphaD * mChi;
    }

    /**
     * Hulthen ground-state radial wave function at the origin R(0) =
     * (4 - delta^2 a0^2)^(1/2) a0^(-3/2), a0 = 2/(alpha_D m_chi), delta = (pi^2/6) m_V [GeV^3/2];
     * not applicable when no bound state exists.
     */
    public static Value wavefunctionAtOrigin(double alphaD, double mChi, double mV) {
        double a0 = 2 / (alphaD * mChi);
        double delta = Math.PI * Math.PI / 6 * mV;
        double arg = 4 - delta * delta * a0 * a0;
        if (arg <= 0) {
            return Value.notApplicable("no Hulthen bound state (delta a0 >= 2)");
        }
        return Value.of(Math.sqrt(arg) * Math.pow(a0, -1.5));
    }

    /**
     * Born transfer cross section [GeV^-2] at relative velocity v:
     * (8 pi alpha^2/(m^2 v^4)) [ln(1 + m^2 v^2/m_V^2) - m^2 v^2/(m_V^2 + m^2 v^2)];
     * flagged outside the Born regime alpha_D m_chi/m_V &lt; 1 ("undecidable").
     */
    public static Value transferCrossSection(double alphaD, double mChi, double mV, double v) {
        double w = mChi * mChi * v * v / (mV * mV);
        double bracket;
        if (w < 1e-4) {
            // series of ln(1+w) - w/(1+w) = w^2/2 - 2 w^3/3 + ...
            bracket = w * w / 2 - 2 * w * w * w / 3 + 3 * w * w * w * w / 4;
        } else {
            bracket = Math.log1p(w) - w / (1 + w);
        }
        double sigma = 8 * Math.PI * alphaD * alphaD / (mChi * mChi * Math.pow(v, 4)) * bracket;
        double born = alphaD * mChi / mV;
        return Value.checked(sigma, born >= 1 ? "alpha_D m_chi/m_V = " + String.format(java.util.Locale.ROOT, "%.3g", born)
                + " >= 1: outside the Born regime, the classical/resonant regime is not implemented (undecidable)" : null);
    }

    /** sigma_T/m_chi [cm^2/g] at relative velocity vKmPerS [km/s]. */
    public static Value transferCrossSectionPerMassCm2PerG(double alphaD, double mChi, double mV, double vKmPerS) {
        return transferCrossSection(alphaD, mChi, mV, vKmPerS / C_KM_S)
                .map(s -> s / mChi / Constants.CM2_PER_G_IN_GEV3);
    }
}

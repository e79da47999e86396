package org.darkcheck.physics.decay;

import static org.darkcheck.physics.constants.Constants.HIGGS_VEV;

import org.darkcheck.physics.constants.Constants;

/**
 * Dark-scalar production in B+ -&gt; K+ S and K+ -&gt; pi+ S through the top-W
 * loop (FORMULAS.md 3.2; seed talk eqs. 25-26, 30; Willey and Yu PRD 26 (1982) 3086,
 * Batell, Pospelov, Ritz arXiv:0911.4938):
 *
 * <pre>
 *   g_bs = 3 sin m_b m_t^2 V_tb V_ts / (16 pi^2 v^3),   g_sd = 3 sin m_s m_t^2 V_td V_ts / (16 pi^2 v^3)
 *   Gamma(B -&gt; K S) = |g_bs|^2/(64 pi m_B^3) [(m_B^2 - m_K^2)/(m_b - m_s)]^2 f0^BK(m_S^2)^2 lambda^1/2(m_B^2, m_K^2, m_S^2)
 *   f0^BK(q^2) = 0.330/(1 - q^2/37.46 GeV^2) (Ball and Zwicky hep-ph/0406232), f0^K pi = 1
 * </pre>
 *
 * Valid for m_S &lt; m_B - m_K (resp. m_K - m_pi), zero above; the top-mass
 * scheme makes the rates uncertain by about 15 %.
 */
public final class ScalarProduction {

    private ScalarProduction() {
    }

    /** Kallen function lambda(a, b, c). */
    public static double kallen(double a, double b, double c) {
        return a * a + b * b + c * c - 2 * a * b - 2 * a * c - 2 * b * c;
    }

    /** Gamma(B+ -&gt; K+ S) [GeV]. */
    public static double widthBToKS(double mS, double sinTheta) {
        double mB = Constants.CHARGED_B_MASS;
        double mK = Constants.CHARGED_KAON_MASS;
        if (mS >= mB - mK) {
            return 0;
        }
        double mt = Constants.TOP_MASS;
        double mb = Constants.BOTTOM_MASS_MSBAR;
        double ms = Constants.STRANGE_MASS_MSBAR;
        double g = 3 * sinTheta * mb * mt * mt * Constants.V_TB * Constants.V_TS
                / (16 * Math.PI * Math.PI * Math.pow(HIGGS_VEV, 3));
        double q2 = mS * mS;
        double f0 = 0.330 / (1 - q2 / 37.46);
        double ratio = (mB * mB - mK * mK) / (mb - ms);
        double lambda = kallen(mB * mB, mK * mK, q2);
        return g * g / (64 * Math.PI * Math.pow(mB, 3)) * ratio * ratio * f0 * f0 * Math.sqrt(Math.max(lambda, 0));
    }

    /** Gamma(K+ -&gt; pi+ S) [GeV]. */
    public static double widthKToPiS(double mS, double sinTheta) {
        double mK = Constants.CHARGED_KAON_MASS;
        double mPi = Constants.CHARGED_PION_MASS;
        if (mS >= mK - mPi) {
            return 0;
        }
        double mt = Constants.TOP_MASS;
        double ms = Constants.STRANGE_MASS_MSBAR;
        double md = Constants.DOWN_MASS_MSBAR;
        double g = 3 * sinTheta * ms * mt * mt * Constants.V_TD * Constants.V_TS
                / (16 * Math.PI * Math.PI * Math.pow(HIGGS_VEV, 3));
        double ratio = (mK * mK - mPi * mPi) / (ms - md);
        double lambda = kallen(mK * mK, mPi * mPi, mS * mS);
        return g * g / (64 * Math.PI * Math.pow(mK, 3)) * ratio * ratio * Math.sqrt(Math.max(lambda, 0));
    }

    /** BR(B+ -&gt; K+ S) = Gamma tau_B / hbar. */
    public static double brBToKS(double mS, double sinTheta) {
        return widthBToKS(mS, sinTheta) * Constants.CHARGED_B_LIFETIME_S / Constants.HBAR_GEV_S;
    }

    /** BR(K+ -&gt; pi+ S) = Gamma tau_K / hbar. */
    public static double brKToPiS(double mS, double sinTheta) {
        return widthKToPiS(mS, sinTheta) * Constants.CHARGED_KAON_LIFETIME_S / Constants.HBAR_GEV_S;
    }

    /**
     * The seed talk's eq. 26 (m_s &gt;&gt; m_d, f0 = 1, m_pi -&gt; 0, m_S = 0):
     * Gamma = sin^2 (3 m_t^2 V_td V_ts/(16 pi^2 v^2))^2 m_K^3/(64 pi v^2), as a BR.
     */
    public static double brKToPiSSeedTalk(double sinTheta) {
        double mt = Constants.TOP_MASS;
        double mK = Constants.CHARGED_KAON_MASS;
        double c = 3 * mt * mt * Constants.V_TD * Constants.V_TS / (16 * Math.PI * Math.PI * HIGGS_VEV * HIGGS_VEV);
        double width = sinTheta * sinTheta * c * c * Math.pow(mK, 3) / (64 * Math.PI * HIGGS_VEV * HIGGS_VEV);
        return width * Constants.CHARGED_KAON_LIFETIME_S / Constants.HBAR_GEV_S;
    }
}

package org.darkcheck.physics.decay;

import static org.darkcheck.physics.constants.Constants.ALPHA;

import org.darkcheck.physics.DarkMatterType;
import org.darkcheck.physics.constants.Constants;

/**
 * Partial widths of a kinetically mixed dark photon A' (FORMULAS.md section 2;
 * DarkCast, arXiv:1801.04847). Inputs in GeV, widths in GeV.
 * Valid for 2 m_e &lt; m &lt; ~10 GeV (Z-mixing neglected above); below 2 m_e only
 * A' -&gt; 3 gamma is open (section 12).
 */
public final class DarkPhotonDecays {

    /** Above this mass Z-mixing corrections O(m^2/m_Z^2) are neglected [GeV]. */
    public static final double UPPER_VALIDITY_MASS = 10.0;

    private DarkPhotonDecays() {
    }

    /**
     * Width of a vector of mass {@code m} to a fermion pair with vector coupling
     * {@code x}, colour factor {@code colours} and fermion mass {@code mf}
     * (FORMULAS.md 2.1): C x^2 m/(12 pi) (1 + 2 mf^2/m^2) sqrt(1 - 4 mf^2/m^2).
     */
    public static double vectorToFermions(double m, double x, double colours, double mf) {
        double r = mf * mf / (m * m);
        if (4 * r >= 1) {
            return 0;
        }
        return colours * x * x * m / (12 * Math.PI) * (1 + 2 * r) * Math.sqrt(1 - 4 * r);
    }

    /** Gamma(A' -&gt; l+ l-) = (alpha eps^2 m/3)(1 + 2 ml^2/m^2) sqrt(1 - 4 ml^2/m^2). */
    public static double toLeptons(double m, double epsilon, double leptonMass) {
        return vectorToFermions(m, epsilon * Math.sqrt(4 * Math.PI * ALPHA), 1, leptonMass);
    }

    /**
     * Gamma(A' -&gt; hadrons) = (alpha eps^2 m/3) R(m) with DarkCast's R, plus the
     * perturbative c cbar and b bbar widths above their DarkCast thresholds.
     */
    public static double toHadrons(double m, double epsilon) {
        double lightQuarks = ALPHA * epsilon * epsilon * m / 3 * HadronicRatio.darkCast().darkPhoton(m);
        double e = Math.sqrt(4 * Math.PI * ALPHA);
        double charm = vectorToFermions(m, 2.0 / 3 * epsilon * e, 3, Constants.CHARM_MASS_DARKCAST);
        double bottom = vectorToFermions(m, -1.0 / 3 * epsilon * e, 3, Constants.BOTTOM_MASS_DARKCAST);
        return lightQuarks + charm + bottom;
    }

    /**
     * Gamma(A' -&gt; 3 gamma) at leading order only (Euler-Heisenberg, m_V &lt;&lt; m_e;
     * FORMULAS.md 12): 17 alpha^3 alpha' m^9 / (2^7 3^6 5^3 pi^3 m_e^8), alpha' = eps^2 alpha.
     */
    public static double toThreePhotonsLeadingOrder(double m, double epsilon) {
        double me = Constants.ELECTRON_MASS;
        double alphaPrime = epsilon * epsilon * ALPHA;
        return 17 * Math.pow(ALPHA, 3) * alphaPrime * Math.pow(m, 9)
                / (Math.pow(2, 7) * Math.pow(3, 6) * Math.pow(5, 3) * Math.pow(Math.PI, 3) * Math.pow(me, 8));
    }

    /**
     * Gamma(A' -&gt; 3 gamma) through the electron loop (FORMULAS.md 12): the
     * Euler-Heisenberg leading term times DarkCast's higher-order factor
     * (Seo et al. arXiv:2009.11155 eq. 3.5). Only below 2 m_e; zero above.
     */
    public static double toThreePhotons(double m, double epsilon) {
        return threePhotons(m, epsilon * Constants.E_CHARGE);
    }

    /**
     * Gamma(V -&gt; 3 gamma) of a vector with electron coupling {@code xe}
     * (alpha' = xe^2/(4 pi)), DarkCast form; zero at and above 2 m_e.
     */
    public static double threePhotons(double m, double xe) {
        double me = Constants.ELECTRON_MASS;
        if (m >= 2 * me) {
            return 0;
        }
        double alphaPrime = xe * xe / (4 * Math.PI);
        double x = m / me;
        double leading = 17 * Math.pow(ALPHA, 3) * alphaPrime * Math.pow(m, 9)
                / (Math.pow(2, 7) * Math.pow(3, 6) * Math.pow(5, 3) * Math.pow(Math.PI, 3) * Math.pow(me, 8));
        double higherOrders = (17.0 / 5 + 67.0 / 42 * x * x + 128941.0 / 246960 * Math.pow(x, 4)) / (17.0 / 5);
        return leading * higherOrders;
    }

    /**
     * Gamma(A' -&gt; dark matter) for each kind (FORMULAS.md 2.3), zero below threshold.
     *
     * @param m         m_A' [GeV]
     * @param type      the dark-matter kind
     * @param mChi      m_chi [GeV] (the lighter state for pseudo-Dirac)
     * @param splitting m_chi2 - m_chi1 [GeV] (pseudo-Dirac only)
     * @param alphaD    alpha_D
     */
    public static double toDarkMatter(double m, DarkMatterType type, double mChi, double splitting, double alphaD) {
        switch (type) {
            case NONE:
                return 0;
            case COMPLEX_SCALAR: {
                double beta2 = beta2(m, mChi);
                return beta2 > 0 ? alphaD * m / 12 * Math.pow(beta2, 1.5) : 0;
            }
            case DIRAC: {
                double r = mChi * mChi / (m * m);
                double beta2 = beta2(m, mChi);
                return beta2 > 0 ? alphaD * m / 3 * (1 + 2 * r) * Math.sqrt(beta2) : 0;
            }
            case MAJORANA: {
                double beta2 = beta2(m, mChi);
                return beta2 > 0 ? alphaD * m / 6 * Math.pow(beta2, 1.5) : 0;
            }
            case PSEUDO_DIRAC: {
                double m1 = mChi;
                double m2 = mChi + splitting;
                if (m1 + m2 >= m) {
                    return 0;
                }
                double r1 = m1 * m1 / (m * m);
                double r2 = m2 * m2 / (m * m);
                // lambda(1, r1, r2) in factorised form, accurate at threshold
                double kallen = (m - m1 - m2) * (m + m1 + m2) * (m - m1 + m2) * (m + m1 - m2) / (m * m * m * m);
                double bracket = 1 - (r1 + r2) / 2 - (r1 - r2) * (r1 - r2) / 2 + 3 * Math.sqrt(r1 * r2);
                return alphaD * m / 3 * Math.sqrt(Math.max(kallen, 0)) * bracket;
            }
            default:
                throw new IllegalArgumentException("unknown dark-matter type " + type);
        }
    }

    /** beta^2 = 1 - 4 mChi^2/m^2, factorised so that it keeps its digits at threshold. */
    static double beta2(double m, double mChi) {
        return (m - 2 * mChi) * (m + 2 * mChi) / (m * m);
    }

    /** Every partial width of a dark photon of mass m [GeV] and mixing epsilon, with the given dark matter. */
    public static MediatorDecays of(double m, double epsilon, DarkMatterType type, double mChi, double splitting,
            double alphaD) {
        return new MediatorDecays(
                toLeptons(m, epsilon, Constants.ELECTRON_MASS),
                toLeptons(m, epsilon, Constants.MUON_MASS),
                toLeptons(m, epsilon, Constants.TAU_MASS),
                toHadrons(m, epsilon),
                toThreePhotons(m, epsilon),
                toDarkMatter(m, type, mChi, splitting, alphaD));
    }
}

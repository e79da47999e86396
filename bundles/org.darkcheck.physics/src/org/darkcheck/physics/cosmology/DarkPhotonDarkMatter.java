package org.darkcheck.physics.cosmology;

import org.darkcheck.physics.Value;
import org.darkcheck.physics.constants.Constants;
import org.darkcheck.physics.decay.DarkPhotonDecays;
import org.darkcheck.physics.units.Quantities;

/**
 * A dark photon lighter than 2 m_e as the dark matter (FORMULAS.md 12): its
 * V -&gt; 3 gamma width through the electron loop (Pospelov, Ritz, Voloshin
 * arXiv:0807.3279; Redondo and Postma arXiv:0811.0326; DarkCast's higher orders
 * from Seo et al. arXiv:2009.11155 eq. 3.5), its lifetime against the age of the
 * universe, and the effective in-medium mixing of absorption and stellar bounds,
 * eps_eff^2 = eps^2 m^4 / |m^2 - Pi|^2 (An, Pospelov, Pradler arXiv:1302.3884).
 * Validity: m_V &lt; 2 m_e; the leading-order width only for m_V &lt;&lt; m_e (the
 * DarkCast form is used above 0.1 m_e).
 */
public final class DarkPhotonDarkMatter {

    private DarkPhotonDarkMatter() {
    }

    /** Gamma(V -&gt; 3 gamma) [GeV]: leading order below 0.1 m_e, DarkCast's form above, flagged at and above 2 m_e. */
    public static Value widthThreePhotonsGeV(double m, double epsilon) {
        double me = Constants.ELECTRON_MASS;
        if (m >= 2 * me) {
            return Value.outOfValidity(0, "m_V = " + Quantities.formatMass(m)
                    + " >= 2 m_e: V decays to e+ e-, the 3 gamma width is irrelevant (and the dark photon is not stable dark matter)");
        }
        return Value.of(m < 0.1 * me ? DarkPhotonDecays.toThreePhotonsLeadingOrder(m, epsilon)
                : DarkPhotonDecays.toThreePhotons(m, epsilon));
    }

    /** tau = hbar/Gamma_3gamma [s]. */
    public static Value lifetimeSeconds(double m, double epsilon) {
        Value w = widthThreePhotonsGeV(m, epsilon);
        return w.isValid() ? Value.of(Constants.HBAR_GEV_S / w.number())
                : Value.outOfValidity(Double.NaN, w.note());
    }

    /** tau / t_0, the lifetime in units of the age of the universe (13.787 Gyr). */
    public static Value lifetimeOverAgeOfUniverse(double m, double epsilon) {
        return lifetimeSeconds(m, epsilon).map(t -> t / Constants.AGE_OF_UNIVERSE_S);
    }

    /**
     * eps_eff^2 = eps^2 m^4 / ((m^2 - Re Pi)^2 + (Im Pi)^2) in a plasma with polarisation
     * Pi [GeV^2] (transverse or longitudinal): suppressed for m^2 &lt;&lt; omega_p^2,
     * resonant where Re Pi = m^2.
     */
    public static double effectiveMixingSquared(double epsilon, double m, double rePi, double imPi) {
        double m2 = m * m;
        double d = (m2 - rePi) * (m2 - rePi) + imPi * imPi;
        return epsilon * epsilon * m2 * m2 / d;
    }
}

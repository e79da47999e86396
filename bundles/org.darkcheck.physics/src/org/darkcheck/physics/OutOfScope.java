package org.darkcheck.physics;

/**
 * Particles that are not DarkCheck model types but whose limit curves must be
 * recognised and shown as "not applicable to this model" (FORMULAS.md 14).
 */
public final class OutOfScope {

    /** Label of heavy-neutral-lepton curves. */
    public static final String HNL_LABEL = "HNL - not a model type";
    /** Label of axion-like-particle curves. */
    public static final String ALP_LABEL = "ALP - not a model type";

    private OutOfScope() {
    }

    /** Gamma(a -&gt; gamma gamma) = g_agamma^2 m_a^3/(64 pi) [GeV], g in GeV^-1, m in GeV. */
    public static double alpWidthToPhotons(double gAGammaGamma, double mass) {
        return gAGammaGamma * gAGammaGamma * Math.pow(mass, 3) / (64 * Math.PI);
    }

    /** Seesaw estimate of the light-neutrino mass m_nu = |U|^2 M_N [GeV]. */
    public static double seesawNeutrinoMass(double mixingSquared, double hnlMass) {
        return mixingSquared * hnlMass;
    }
}

package org.darkcheck.engine.facts;

/**
 * The named scaling recipes that turn a published limit into a limit on this
 * model (shared/DESIGN.md). A rule names one; the arithmetic is in
 * {@link org.darkcheck.engine.recast.Recaster}.
 */
public enum Recipe {
    /**
     * The model is the one the curve was drawn for: compare its coupling with the
     * curve at the mediator mass as published (e.g. a visible search when BR_vis ~ 1).
     */
    AS_PUBLISHED,
    /**
     * Missing energy (invisible decays): the signal scales as eps^2 x BR_inv, so the
     * limit on eps is the published one (drawn for BR_inv = 1) divided by sqrt(BR_inv).
     */
    MISSING_ENERGY,
    /**
     * Visible prompt decays (DarkCast method, arXiv:1801.04847, FORMULAS.md 9.2): the signal
     * scales as eps^2 x BR(searched final state); for a dark photon with an extra invisible
     * width every visible BR falls by BR_vis, so the limit on eps is divided by sqrt(BR_vis).
     */
    VISIBLE_PROMPT,
    /**
     * Displaced decays / beam dumps, a band: the lower edge (long-lived A', signal ~ eps^2 x
     * Gamma_vis, independent of the invisible width) is kept; the upper edge keeps the proper
     * lifetime of the published upper edge, Gamma_vis(g_up) + Gamma_inv = Gamma_A'(eps_up)
     * (FORMULAS.md 9.2, "simple lifetime-window mapping"); no band is left when it closes.
     */
    VISIBLE_DISPLACED,
    /**
     * A limit in y = eps^2 alpha_D (m_chi/m_A')^4 from a missing-energy search (FORMULAS.md 9.4):
     * converted to eps at the file's alpha_D and m_A'/m_chi, read at this model's m_A', and back
     * to y with this model's alpha_D and mass ratio.
     */
    Y_MISSING_ENERGY,
    /**
     * A limit in y from production and scattering in a detector (beam-dump DM, N ~ eps^4
     * alpha_D): y_lim = y_file sqrt(alpha_D / alpha_D,file) at this m_chi (FORMULAS.md 9.4).
     */
    Y_SCATTERING,
    /**
     * A direct-detection cross section (sigma_e or sigma_p, per the constraint's quantity) against
     * the published limit at m_chi, weakened by 1/f when chi is a fraction f = Omega h^2/0.120 of
     * the dark matter (thermal and not all of it).
     */
    DIRECT_DETECTION,
    /**
     * A dark-photon limit recast to another vector boson (B - L, L_mu - L_tau) by the DarkCast method
     * (Ilten et al., arXiv:1801.04847, FORMULAS.md 9): the target's coupling g that gives as many signal
     * events as the dark photon at the published eps, through the ratio of production rates, of branching
     * fractions into the searched final states and of the proper-time acceptance of the search
     * ({@link org.darkcheck.physics.recast.VectorRecast}). The search comes from the constraint's DarkCast
     * file ('upstream') or its 'production', 'final-state' and 'length-ratio' properties.
     */
    VECTOR_RECAST,
    /** A derived quantity (the constraint's 'derived:') against the number 'limit:' ('direction: upper' or 'lower'). */
    DERIVED_BOUND,
    /** One of the model's consistency checks of FORMULAS.md 15 (the constraint's 'check:'). */
    CONSISTENCY
}

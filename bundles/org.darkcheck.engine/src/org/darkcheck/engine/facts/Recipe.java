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
    MISSING_ENERGY
}

package org.darkcheck.physics.recast;

/**
 * The width of a mediator into dark-sector states that leave no trace
 * (dark matter), as a function of its global coupling. Neutrinos are not
 * included here: they are part of the mediator's Standard-Model width.
 */
@FunctionalInterface
public interface InvisibleWidth {

    /**
     * Gamma_inv [GeV].
     *
     * @param coupling     the mediator's global coupling g (dimensionless)
     * @param visibleWidth the mediator's Standard-Model width at that coupling, neutrinos included [GeV]
     */
    double gev(double coupling, double visibleWidth);

    /** A fixed invisible width [GeV], independent of g (e.g. decays to dark matter with their own coupling). */
    static InvisibleWidth fixed(double widthGeV) {
        if (!(widthGeV >= 0) || Double.isInfinite(widthGeV)) {
            throw new IllegalArgumentException("extraInvisibleWidthGeV must be finite and >= 0, got " + widthGeV);
        }
        return (g, visible) -> widthGeV;
    }

    /**
     * An invisible width {@code factor} times the Standard-Model width (neutrinos
     * included). DarkCast's invisible limits assume factor 99 for the dark photon and
     * for every model they are recast to (BR_inv = 0.99).
     */
    static InvisibleWidth proportionalToVisible(double factor) {
        if (!(factor >= 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("factor must be finite and >= 0, got " + factor);
        }
        return (g, visible) -> factor * visible;
    }
}

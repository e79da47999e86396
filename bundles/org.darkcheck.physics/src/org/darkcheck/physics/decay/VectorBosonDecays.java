package org.darkcheck.physics.decay;

import org.darkcheck.physics.DarkMatterType;
import org.darkcheck.physics.MediatorType;
import org.darkcheck.physics.constants.Constants;

/**
 * Partial widths of any spin-1 mediator from its vector couplings
 * ({@link VectorCouplings}): dark photon (FORMULAS.md 2), L_mu - L_tau boson (4)
 * and B - L boson (5), following DarkCast v1.2 (arXiv:1801.04847): leptons and
 * neutrinos by formula 2.1 (neutrinos one helicity, C = 1/2; B - L with heavy
 * right-handed neutrinos, DarkCast's convention), light hadrons by the VMD R
 * ratio with the model's quark couplings, c cbar and b bbar perturbatively with
 * DarkCast's constituent masses, 3 gamma below 2 m_e through the electron loop,
 * and dark matter by FORMULAS.md 2.3. Masses and widths in GeV.
 * Validity: 2 m_e &lt; m &lt; ~10 GeV (Z mixing neglected above).
 */
public final class VectorBosonDecays {

    private VectorBosonDecays() {
    }

    /** Every partial width of a vector mediator of mass m [GeV] and global coupling g, with the given dark matter. */
    public static MediatorDecays of(MediatorType type, double m, double g, DarkMatterType dm, double mChi,
            double splitting, double alphaD) {
        if (type == MediatorType.DARK_PHOTON) {
            return DarkPhotonDecays.of(m, g, dm, mChi, splitting, alphaD);
        }
        VectorCouplings x = VectorCouplings.of(type, m);
        return new MediatorDecays(
                DarkPhotonDecays.vectorToFermions(m, g * x.e(), 1, Constants.ELECTRON_MASS),
                DarkPhotonDecays.vectorToFermions(m, g * x.mu(), 1, Constants.MUON_MASS),
                DarkPhotonDecays.vectorToFermions(m, g * x.tau(), 1, Constants.TAU_MASS),
                hadrons(m, g, x),
                DarkPhotonDecays.threePhotons(m, g * x.e()),
                DarkPhotonDecays.toDarkMatter(m, dm, mChi, splitting, alphaD),
                neutrinos(m, g, x));
    }

    /** Gamma(-&gt; nu nubar) summed over flavours, one helicity each: sum_i x_i^2 m/(24 pi). */
    static double neutrinos(double m, double g, VectorCouplings x) {
        double sum = x.nuE() * x.nuE() + x.nuMu() * x.nuMu() + x.nuTau() * x.nuTau();
        return 0.5 * g * g * sum * m / (12 * Math.PI);
    }

    /** Light hadrons by VMD plus perturbative c cbar, b bbar (colour 3) [GeV]. */
    static double hadrons(double m, double g, VectorCouplings x) {
        double light = HadronicRatio.darkCast().width(m, g * x.u(), g * x.d(), g * x.s());
        double charm = DarkPhotonDecays.vectorToFermions(m, g * x.c(), 3, Constants.CHARM_MASS_DARKCAST);
        double bottom = DarkPhotonDecays.vectorToFermions(m, g * x.b(), 3, Constants.BOTTOM_MASS_DARKCAST);
        return light + charm + bottom;
    }

    /**
     * Gamma-hat_SM(mu): the total Standard-Model width (every final state except
     * dark matter, neutrinos included) of the mediator evaluated at mass mu [GeV]
     * with unit global coupling. The annihilation cross sections of FORMULAS.md 6.1
     * are written with it.
     */
    public static double smWidthUnitCoupling(MediatorType type, double mu) {
        return smWidth(type, mu, false);
    }

    /**
     * Gamma-hat_SM(mu) as {@link #smWidthUnitCoupling} with the hadronic R read through
     * a smooth spline of the DarkCast data ({@link HadronicRatio#widthSmooth}), for quadratures.
     */
    public static double smWidthUnitCouplingSmooth(MediatorType type, double mu) {
        return smWidth(type, mu, true);
    }

    private static double smWidth(MediatorType type, double mu, boolean smooth) {
        VectorCouplings x = VectorCouplings.of(type, mu);
        double leptons = DarkPhotonDecays.vectorToFermions(mu, x.e(), 1, Constants.ELECTRON_MASS)
                + DarkPhotonDecays.vectorToFermions(mu, x.mu(), 1, Constants.MUON_MASS)
                + DarkPhotonDecays.vectorToFermions(mu, x.tau(), 1, Constants.TAU_MASS);
        HadronicRatio r = HadronicRatio.darkCast();
        double light = smooth ? r.widthSmooth(mu, x.u(), x.d(), x.s()) : r.width(mu, x.u(), x.d(), x.s());
        double heavy = DarkPhotonDecays.vectorToFermions(mu, x.c(), 3, Constants.CHARM_MASS_DARKCAST)
                + DarkPhotonDecays.vectorToFermions(mu, x.b(), 3, Constants.BOTTOM_MASS_DARKCAST);
        return leptons + light + heavy + DarkPhotonDecays.threePhotons(mu, x.e()) + neutrinos(mu, 1, x);
    }
}

package org.darkcheck.physics.constants;

/**
 * Physical constants and unit conversions, natural units (hbar = c = k_B = 1)
 * with energies in GeV. Values and sources: shared/physics/FORMULAS.md section 1
 * (PDG 2024, CODATA 2018, Planck 2018).
 */
public final class Constants {

    /** Fine-structure constant alpha(0) (CODATA 2018). */
    public static final double ALPHA = 1.0 / 137.035999084;
    /** Electron mass [GeV]. */
    public static final double ELECTRON_MASS = 0.51099895e-3;
    /** Muon mass [GeV]. */
    public static final double MUON_MASS = 0.1056583755;
    /** Tau mass [GeV]. */
    public static final double TAU_MASS = 1.77686;
    /** Charged pion mass [GeV]. */
    public static final double CHARGED_PION_MASS = 0.13957039;
    /** Neutral pion mass [GeV]. */
    public static final double NEUTRAL_PION_MASS = 0.1349768;
    /** Charm quark mass used by DarkCast for the perturbative c cbar width [GeV]. */
    public static final double CHARM_MASS_DARKCAST = 1.5;
    /** Bottom quark mass used by DarkCast for the perturbative b bbar width [GeV]. */
    public static final double BOTTOM_MASS_DARKCAST = 4.8;

    /** Reduced Planck constant [GeV s]. */
    public static final double HBAR_GEV_S = 6.582119569e-25;
    /** Speed of light [m/s]. */
    public static final double SPEED_OF_LIGHT_M_PER_S = 2.99792458e8;

    /** eV, keV and MeV in GeV. */
    public static final double EV = 1e-9;
    public static final double KEV = 1e-6;
    public static final double MEV = 1e-3;

    private Constants() {
    }
}

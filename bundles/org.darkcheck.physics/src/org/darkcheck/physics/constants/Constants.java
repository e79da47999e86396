package org.darkcheck.physics.constants;

/**
 * Physical constants and unit conversions, natural units (hbar = c = k_B = 1)
 * with energies in GeV. Values and sources: shared/physics/FORMULAS.md section 1
 * (PDG 2024, CODATA 2018, Planck 2018) unless a constant says otherwise.
 */
public final class Constants {

    /** Fine-structure constant alpha(0) (CODATA 2018). */
    public static final double ALPHA = 1.0 / 137.035999084;
    /** Electromagnetic coupling e = sqrt(4 pi alpha(0)). */
    public static final double E_CHARGE = Math.sqrt(4 * Math.PI * ALPHA);
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
    /** Charged kaon mass [GeV]. */
    public static final double CHARGED_KAON_MASS = 0.493677;
    /** Neutral kaon mass [GeV]. */
    public static final double NEUTRAL_KAON_MASS = 0.497611;
    /** Eta mass [GeV]. */
    public static final double ETA_MASS = 0.547862;
    /** Charged B mass [GeV]. */
    public static final double CHARGED_B_MASS = 5.27934;
    /** Neutral B mass [GeV]. */
    public static final double NEUTRAL_B_MASS = 5.27966;
    /** Proton mass [GeV]. */
    public static final double PROTON_MASS = 0.93827209;
    /** Charm quark mass used by DarkCast for the perturbative c cbar width [GeV]. */
    public static final double CHARM_MASS_DARKCAST = 1.5;
    /** Bottom quark mass used by DarkCast for the perturbative b bbar width [GeV]. */
    public static final double BOTTOM_MASS_DARKCAST = 4.8;

    /** Fermi constant [GeV^-2]. */
    public static final double FERMI_CONSTANT = 1.1663788e-5;
    /** Higgs vacuum expectation value v = (sqrt 2 G_F)^(-1/2) [GeV] (246.22). */
    public static final double HIGGS_VEV = 1 / Math.sqrt(Math.sqrt(2) * FERMI_CONSTANT);

    /** Reduced Planck constant [GeV s]. */
    public static final double HBAR_GEV_S = 6.582119569e-25;
    /** Speed of light [m/s]. */
    public static final double SPEED_OF_LIGHT_M_PER_S = 2.99792458e8;
    /** hbar c [GeV cm]. */
    public static final double HBARC_GEV_CM = 1.973269804e-14;
    /** 1 GeV^-2 in cm^2, (hbar c)^2. */
    public static final double GEV2_TO_CM2 = HBARC_GEV_CM * HBARC_GEV_CM;
    /** 1 GeV^-2 times c in cm^3/s, for sigma v. */
    public static final double GEV2_TO_CM3_PER_S = GEV2_TO_CM2 * SPEED_OF_LIGHT_M_PER_S * 100;
    /** 1 cm^2/g in GeV^-3 (SIDM unit), FORMULAS.md section 1: 4578.2. */
    public static final double CM2_PER_G_IN_GEV3 = 1 / GEV2_TO_CM2 * 1.78266192e-24;

    /** Planck 2018 dark-matter density Omega_c h^2. */
    public static final double OMEGA_DM_H2 = 0.120;
    /** CMB temperature today T_0 = 2.7255 K [GeV]. */
    public static final double CMB_TEMPERATURE_TODAY = 2.34865e-13;
    /** Entropy density today s_0 [cm^-3] (g_*s,0 = 43/11). */
    public static final double ENTROPY_DENSITY_TODAY_CM3 = 2891.28;
    /** Critical density over h^2 [GeV/cm^3]. */
    public static final double CRITICAL_DENSITY_OVER_H2_GEV_CM3 = 1.05367e-5;
    /** Omega h^2 = this factor x (m_chi/GeV) x Y_0 (FORMULAS.md section 1). */
    public static final double OMEGA_H2_PER_GEV_Y = ENTROPY_DENSITY_TODAY_CM3 / CRITICAL_DENSITY_OVER_H2_GEV_CM3;
    /** Non-reduced Planck mass G_N^(-1/2) [GeV]. */
    public static final double PLANCK_MASS = 1.22089e19;
    /** Age of the universe t_0 = 13.787 Gyr [s]. */
    public static final double AGE_OF_UNIVERSE_S = 4.351e17;

    /** eV, keV and MeV in GeV. */
    public static final double EV = 1e-9;
    public static final double KEV = 1e-6;
    public static final double MEV = 1e-3;

    // --- dark-scalar production (FORMULAS.md 3.2) ---
    /** Top pole mass [GeV]. */
    public static final double TOP_MASS = 172.5;
    /** W mass [GeV] (PDG 2024), for the S -> gamma gamma W loop. */
    public static final double W_MASS = 80.3692;
    /** |V_tb|, |V_ts|, |V_td|. */
    public static final double V_TB = 0.999;
    public static final double V_TS = 0.0415;
    public static final double V_TD = 0.0086;
    /** MS-bar quark masses [GeV]: b(m_b), s and d at 2 GeV; u and c for loops (PDG 2024). */
    public static final double BOTTOM_MASS_MSBAR = 4.18;
    public static final double STRANGE_MASS_MSBAR = 0.0935;
    public static final double DOWN_MASS_MSBAR = 0.00467;
    public static final double UP_MASS_MSBAR = 0.00216;
    public static final double CHARM_MASS_MSBAR = 1.27;
    /** B+ and K+ lifetimes [s]. */
    public static final double CHARGED_B_LIFETIME_S = 1.638e-12;
    public static final double CHARGED_KAON_LIFETIME_S = 1.2380e-8;
    /** Strong coupling at m_Z (PDG 2024), for the perturbative scalar widths above 2.5 GeV. */
    public static final double ALPHA_S_MZ = 0.1180;
    /** Z mass [GeV]. */
    public static final double Z_MASS = 91.1880;

    // --- vector mesons as used by DarkCast's running Breit-Wigner (arXiv:1801.04847 App. A; PDG) ---
    public static final double RHO_MASS = 0.77549;
    public static final double RHO_WIDTH = 0.14910;
    public static final double OMEGA_MASS = 0.78265;
    public static final double OMEGA_WIDTH = 0.00849;
    public static final double PHI_MASS = 1.01946;
    public static final double PHI_WIDTH = 0.00426;

    private Constants() {
    }
}

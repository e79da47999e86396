package org.darkcheck.physics.cosmology;

import org.darkcheck.physics.DarkMatterType;
import org.darkcheck.physics.Value;
import org.darkcheck.physics.constants.Constants;

/**
 * Dark-matter annihilation at recombination and the Planck bound on the
 * energy-injection parameter (FORMULAS.md 10.1; Planck 2018 arXiv:1807.06209;
 * Slatyer arXiv:1506.03811):
 *
 * <pre>
 *   p_ann = f_eff kappa &lt;sigma v&gt;_CMB / m_chi  [cm^3 s^-1 GeV^-1],   &lt;sigma v&gt;_CMB = a + b &lt;v^2&gt;
 *   &lt;v^2&gt; = 6 T_chi/m_chi,  T_chi = T_gamma,rec^2 / T_kd,  T_kd = m_chi / x_kd,  T_gamma,rec = 1001 T_0
 * </pre>
 *
 * kappa = 1 for self-conjugate dark matter (Majorana), 1/2 for particle and
 * antiparticle (Dirac, complex scalar, pseudo-Dirac). A pseudo-Dirac pair with
 * splitting above {@link #PSEUDO_DIRAC_DEPLETED_ABOVE} has no chi2 left at
 * recombination: &lt;sigma v&gt;_CMB = 0. f_eff defaults to 1 (conservative: the
 * e+ e- table of 1506.03811 is not imported; over-excludes by at most x3).
 */
public final class CmbEnergyInjection {

    /** Planck 2018 95 % CL bound on p_ann [cm^3 s^-1 GeV^-1] (label of the dataset unverified, FORMULAS.md 10.1). */
    public static final double PLANCK_BOUND = 3.2e-28;
    /** Photon temperature at z = 1000 [GeV]. */
    public static final double T_RECOMBINATION = Constants.CMB_TEMPERATURE_TODAY * 1001;
    /** Default x_kd = m_chi/T_kd (as in the Hazma code). */
    public static final double DEFAULT_X_KINETIC_DECOUPLING = 1e4;
    /** Above this splitting chi2 is gone by recombination (Izaguirre et al. arXiv:1505.00011) [GeV]. */
    public static final double PSEUDO_DIRAC_DEPLETED_ABOVE = 100e-6;

    /** f_eff for photons of energy E (Slatyer 1506.03811 Fig. 3, the Hazma table quoted in FORMULAS.md 10.1). */
    private static final double[] PHOTON_E = {5e-6, 126e-6, 1.05e-3, 3.08e-3, 9.05e-3, 26.9e-3, 77.2e-3, 229e-3, 662e-3, 1.94};
    private static final double[] PHOTON_F = {0.872, 0.593, 0.144, 0.317, 0.611, 0.719, 0.721, 0.629, 0.451, 0.328};

    private CmbEnergyInjection() {
    }

    /** kappa: 1 for Majorana, 1/2 otherwise. */
    public static double kappa(DarkMatterType kind) {
        return kind == DarkMatterType.MAJORANA ? 1 : 0.5;
    }

    /** &lt;v^2&gt; at recombination after kinetic decoupling at x_kd: 6 x_kd (T_rec/m_chi)^2. */
    public static double meanVelocitySquared(double mChi, double xKineticDecoupling) {
        return 6 * xKineticDecoupling * (T_RECOMBINATION / mChi) * (T_RECOMBINATION / mChi);
    }

    /**
     * p_ann [cm^3 s^-1 GeV^-1] from the s- and p-wave coefficients a, b [cm^3/s] of the
     * annihilating pair (a includes any secluded channel).
     */
    public static Value pAnn(DarkMatterType kind, double mChi, double splitting, double aCm3PerS, double bCm3PerS,
            double fEff, double xKineticDecoupling) {
        if (kind == DarkMatterType.NONE) {
            return Value.notApplicable("no dark-matter particle");
        }
        if (kind == DarkMatterType.PSEUDO_DIRAC && splitting > PSEUDO_DIRAC_DEPLETED_ABOVE) {
            return Value.of(0);
        }
        double sigmaV = aCm3PerS + bCm3PerS * meanVelocitySquared(mChi, xKineticDecoupling);
        Value p = Value.of(fEff * kappa(kind) * sigmaV / mChi);
        if (kind == DarkMatterType.PSEUDO_DIRAC) {
            p = p.flag("pseudo-Dirac splitting below 100 keV: chi2 assumed as abundant as chi1 at recombination (conservative)");
        }
        return p;
    }

    /** f_eff of photons injected at energy E [GeV], linear in log E, edge values outside 5 keV - 1.94 GeV. */
    public static double fEffPhotons(double energy) {
        if (energy <= PHOTON_E[0]) {
            return PHOTON_F[0];
        }
        int n = PHOTON_E.length;
        if (energy >= PHOTON_E[n - 1]) {
            return PHOTON_F[n - 1];
        }
        int i = 0;
        while (PHOTON_E[i + 1] < energy) {
            i++;
        }
        double t = Math.log(energy / PHOTON_E[i]) / Math.log(PHOTON_E[i + 1] / PHOTON_E[i]);
        return PHOTON_F[i] + t * (PHOTON_F[i + 1] - PHOTON_F[i]);
    }
}

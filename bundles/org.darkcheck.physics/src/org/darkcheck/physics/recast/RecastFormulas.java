package org.darkcheck.physics.recast;

import org.darkcheck.physics.MediatorType;
import org.darkcheck.physics.constants.Constants;
import org.darkcheck.physics.decay.VectorCouplings;

/**
 * The arithmetic of recasting published limits between models (FORMULAS.md 9;
 * DarkCast, Ilten, Soreq, Williams, Xue arXiv:1801.04847 eqs. 2.2-2.12 and A.3):
 * production ratios per mechanism, the prompt, lifetime-window and invisible
 * coupling limits, and the mapping of epsilon limits to and between y planes.
 * Pure functions; the engine decides which applies to which constraint.
 */
public final class RecastFormulas {

    /** U(3) generators (diagonals over u, d, s) of DarkCast's eq. A.1, and the photon charge matrix. */
    public static final double[] T_RHO = {0.5, -0.5, 0};
    public static final double[] T_OMEGA = {0.5, 0.5, 0};
    public static final double[] T_PHI = {0, 0, 1 / Math.sqrt(2)};
    public static final double[] T_PI0 = {0.5, -0.5, 0};
    public static final double[] T_ETA = {1 / Math.sqrt(6), 1 / Math.sqrt(6), -1 / Math.sqrt(6)};
    public static final double[] T_ETA_PRIME = {1 / (2 * Math.sqrt(3)), 1 / (2 * Math.sqrt(3)), 2 / (2 * Math.sqrt(3))};
    public static final double[] T_GAMMA = {2.0 / 3, -1.0 / 3, -1.0 / 3};

    /** Running-width Breit-Wigner data: mass, width, and decay channels {BR, m1, m2} (PDG values as in DarkCast). */
    private static final double[][] RHO_CHANNELS = {{0.9988447, Constants.CHARGED_PION_MASS, Constants.CHARGED_PION_MASS}};
    private static final double[][] OMEGA_CHANNELS = {
        {0.8994773, 2 * Constants.CHARGED_PION_MASS, Constants.NEUTRAL_PION_MASS},
        {0.0834941, Constants.NEUTRAL_PION_MASS, 0},
        {0.0154283, Constants.CHARGED_PION_MASS, Constants.CHARGED_PION_MASS}};
    private static final double[][] PHI_CHANNELS = {
        {0.4893042, Constants.CHARGED_KAON_MASS, Constants.CHARGED_KAON_MASS},
        {0.3422127, Constants.NEUTRAL_KAON_MASS, Constants.NEUTRAL_KAON_MASS},
        {0.0130981, Constants.ETA_MASS, 0}};

    /** Production mechanisms of FORMULAS.md 9.1 that depend on one coupling combination. */
    public enum Mechanism {
        /** electron bremsstrahlung and e+ e- -&gt; gamma X: x_e^2. */
        ELECTRON,
        /** muon bremsstrahlung: x_mu^2. */
        MUON,
        /** proton bremsstrahlung: (2 x_u + x_d)^2. */
        PROTON_BREMSSTRAHLUNG
    }

    private RecastFormulas() {
    }

    /** Tr(A B C) over the (u, d, s) diagonals. */
    public static double trace(double[] a, double[] b, double[] c) {
        return a[0] * b[0] * c[0] + a[1] * b[1] * c[1] + a[2] * b[2] * c[2];
    }

    /** Tr(x T) = sum_q T_q x_q for the quark couplings of a vector mediator. */
    public static double trace(VectorCouplings x, double[] t) {
        return t[0] * x.u() + t[1] * x.d() + t[2] * x.s();
    }

    /** sigma_X(m, g = 1) up to a mechanism-dependent constant, for a simple mechanism. */
    public static double production(Mechanism mechanism, MediatorType type, double m) {
        VectorCouplings x = VectorCouplings.of(type, m);
        switch (mechanism) {
            case ELECTRON:
                return x.e() * x.e();
            case MUON:
                return x.mu() * x.mu();
            default:
                double p = 2 * x.u() + x.d();
                return p * p;
        }
    }

    /** |BW_V(m)|-weighted meson-decay amplitude sum_V Tr(T_P T_gamma T_V) Tr(x T_V) BW_V(m), squared. */
    public static double mesonDecayProduction(double[] meson, MediatorType type, double m) {
        return mesonDecayProduction(meson, T_GAMMA, VectorCouplings.of(type, m), m);
    }

    /**
     * Production in the meson decay A -&gt; B X per unit coupling (DarkCast eqs. 2.7-2.10):
     * |sum_{V = rho, omega, phi} Tr(T_A T_B T_V) Tr(x T_V) BW_V(m)|^2, with the U(3) generators
     * (or the photon charge matrix) {@code parent} = T_A and {@code daughter} = T_B, and the
     * running-width Breit-Wigners of eq. A.3; m = mass of X [GeV].
     */
    public static double mesonDecayProduction(double[] parent, double[] daughter, VectorCouplings x, double m) {
        double re = 0;
        double im = 0;
        double[][] tv = {T_RHO, T_OMEGA, T_PHI};
        double[] masses = {Constants.RHO_MASS, Constants.OMEGA_MASS, Constants.PHI_MASS};
        double[] widths = {Constants.RHO_WIDTH, Constants.OMEGA_WIDTH, Constants.PHI_WIDTH};
        double[][][] channels = {RHO_CHANNELS, OMEGA_CHANNELS, PHI_CHANNELS};
        for (int v = 0; v < 3; v++) {
            double pf = trace(parent, daughter, tv[v]);
            if (pf == 0) {
                continue;
            }
            double[] bw = breitWigner(masses[v], widths[v], channels[v], m);
            double c = pf * trace(x, tv[v]);
            re += c * bw[0];
            im += c * bw[1];
        }
        return re * re + im * im;
    }

    /**
     * DarkCast's running-width Breit-Wigner (eq. A.3, p-wave): m_V^2/(m_V^2 - m^2 - i m_V^2 Gamma_V k(m)/m),
     * k = sum_channels BR (p(m)/p(m_V))^3; {re, im}; tends to 1 for m -&gt; 0.
     */
    public static double[] breitWigner(double mV, double widthV, double[][] channels, double m) {
        double s = m * m;
        double sr = mV * mV;
        double k = 0;
        for (double[] c : channels) {
            double m0 = c[1];
            double m1 = c[2];
            if (m > m0 + m1) {
                double p2 = (s - (m0 + m1) * (m0 + m1)) * (s - (m0 - m1) * (m0 - m1)) / (4 * s);
                double pr2 = (sr - (m0 + m1) * (m0 + m1)) * (sr - (m0 - m1) * (m0 - m1)) / (4 * sr);
                k += c[0] * Math.pow(Math.sqrt(p2 / pr2), 3);
            }
        }
        double a = sr - s;
        double b = m > 0 ? -sr * widthV * k / m : 0;
        double d = a * a + b * b;
        return new double[] {sr * a / d, -sr * b / d};
    }

    /**
     * Prompt limit of model X from a dark-photon limit (FORMULAS.md 9.2):
     * g_X = eps_lim sqrt[sigma_A'(1) BR_A'(F) / (sigma_X(1) BR_X(F))].
     */
    public static double promptCouplingLimit(double epsilonLimit, double sigmaDarkPhoton, double brDarkPhoton,
            double sigmaX, double brX) {
        return epsilonLimit * Math.sqrt(sigmaDarkPhoton * brDarkPhoton / (sigmaX * brX));
    }

    /** Upper edge of a displaced limit kept at equal proper lifetime: eps_up sqrt(Gamma_A'tot(1)/Gamma_X,tot(1)). */
    public static double lifetimeWindowUpperEdge(double epsilonUpper, double widthDarkPhotonUnit, double widthXUnit) {
        return epsilonUpper * Math.sqrt(widthDarkPhotonUnit / widthXUnit);
    }

    /** Invisible limit (FORMULAS.md 9.3): eps_lim sqrt[sigma_A'(1)/(sigma_X(1) BR_X,inv)]. */
    public static double invisibleCouplingLimit(double epsilonLimit, double sigmaDarkPhoton, double sigmaX,
            double brInvisibleX) {
        return epsilonLimit * Math.sqrt(sigmaDarkPhoton / (sigmaX * brInvisibleX));
    }

    /** Decay acceptance E(tau) = exp(-t0/tau) - exp(-t1/tau) in proper time. */
    public static double acceptance(double t0, double t1, double tau) {
        return Math.exp(-t0 / tau) - Math.exp(-t1 / tau);
    }

    /** y = eps^2 alpha_D (m_chi/m_A')^4 = eps^2 alpha_D / R^4 with R = m_A'/m_chi. */
    public static double yFromEpsilon(double epsilon, double alphaD, double ratio) {
        return epsilon * epsilon * alphaD / Math.pow(ratio, 4);
    }

    /** eps from y at given alpha_D and R. */
    public static double epsilonFromY(double y, double alphaD, double ratio) {
        return Math.sqrt(y * Math.pow(ratio, 4) / alphaD);
    }

    /** Missing-energy y limit rescaled to another alpha_D at the same R: y_file alpha_D/alpha_D,file. */
    public static double rescaleMissingEnergyY(double yFile, double alphaDFile, double alphaD) {
        return yFile * alphaD / alphaDFile;
    }

    /** Production-and-scattering y limit rescaled to another alpha_D: y_file sqrt(alpha_D/alpha_D,file). */
    public static double rescaleScatteringY(double yFile, double alphaDFile, double alphaD) {
        return yFile * Math.sqrt(alphaD / alphaDFile);
    }
}

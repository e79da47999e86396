package org.darkcheck.physics.decay;

import static org.darkcheck.physics.constants.Constants.ALPHA;
import static org.darkcheck.physics.constants.Constants.HIGGS_VEV;

import org.darkcheck.physics.DarkMatterType;
import org.darkcheck.physics.constants.Constants;

/**
 * Partial widths of the Higgs-mixed dark scalar S (FORMULAS.md 3.1; Bezrukov and
 * Gorbunov arXiv:0912.0390, Winkler arXiv:1809.01876, Djouadi hep-ph/0503172).
 * S couples to fermions with y_f = sin theta m_f / v. Masses and widths in GeV.
 * <p>
 * Hadrons: LO chiral perturbation theory S -&gt; pi pi (pi+ pi- and pi0 pi0,
 * isospin limit with the charged-pion mass) up to {@link #HADRONIC_PERTURBATIVE_FROM};
 * valid for 2 m_pi &lt; m_S &lt; {@link #CHPT_VALID_UP_TO}, uncertain by a factor ~3
 * from there to 2.5 GeV (f_0(980); FORMULAS.md 3.1 (b)); above 2.5 GeV the
 * perturbative spectator model S -&gt; s sbar, c cbar, g g (MS-bar Yukawa masses,
 * kinematic thresholds at DarkCast's constituent masses 0.5 and 1.5 GeV, one-loop
 * alpha_s).
 * <p>
 * Dark matter (conventions of DarkCheck; FORMULAS.md gives only the fermion
 * Yukawa y_chi S chibar chi): alpha_D = y_chi^2/(4 pi) for Dirac
 * (-y_chi S chibar chi), Majorana (-(y_chi/2) S chi chi) and pseudo-Dirac (the
 * Dirac coupling split into two Majorana states, diagonal couplings y_chi/2);
 * a complex scalar couples through the trilinear -A S phi* phi with
 * A = sqrt(4 pi alpha_D) m_chi.
 */
public final class ScalarDecays {

    /** Upper end of the LO ChPT validity for S -&gt; pi pi [GeV]. */
    public static final double CHPT_VALID_UP_TO = 0.6;
    /** From here the hadronic width is the perturbative spectator model [GeV]. */
    public static final double HADRONIC_PERTURBATIVE_FROM = 2.5;
    /** Constituent masses for the spectator thresholds (DarkCast values) [GeV]. */
    private static final double STRANGE_CONSTITUENT = 0.5;

    private ScalarDecays() {
    }

    /** Gamma(S -&gt; f fbar) for a fermion of mass mf with colour nc: nc sin^2 mf^2 m/(8 pi v^2) beta^3. */
    static double toFermions(double m, double sinTheta, double yukawaMass, double kinematicMass, double nc) {
        double r = 4 * kinematicMass * kinematicMass / (m * m);
        if (r >= 1) {
            return 0;
        }
        return nc * sinTheta * sinTheta * yukawaMass * yukawaMass * m / (8 * Math.PI * HIGGS_VEV * HIGGS_VEV)
                * Math.pow(1 - r, 1.5);
    }

    /** Gamma(S -&gt; l+ l-) = sin^2 theta m_l^2 m_S/(8 pi v^2) (1 - 4 m_l^2/m_S^2)^(3/2). */
    public static double toLeptons(double m, double sinTheta, double leptonMass) {
        return toFermions(m, sinTheta, leptonMass, leptonMass, 1);
    }

    /**
     * Gamma(S -&gt; pi pi), LO ChPT, pi+ pi- plus pi0 pi0 in the isospin limit with m_pi = m_pi+:
     * 3 sin^2 / (32 pi v^2 m_S) [(2/9) m_S^2 + (11/9) m_pi^2]^2 sqrt(1 - 4 m_pi^2/m_S^2).
     */
    public static double toPionsLeadingOrder(double m, double sinTheta) {
        double mpi = Constants.CHARGED_PION_MASS;
        double r = 4 * mpi * mpi / (m * m);
        if (r >= 1) {
            return 0;
        }
        double bracket = 2.0 / 9 * m * m + 11.0 / 9 * mpi * mpi;
        return 3 * sinTheta * sinTheta / (32 * Math.PI * HIGGS_VEV * HIGGS_VEV * m) * bracket * bracket
                * Math.sqrt(1 - r);
    }

    /** One-loop alpha_s(mu) from alpha_s(m_Z) with n_f = 5 above m_b and 4 below (continuous at m_b). */
    static double alphaS(double mu) {
        double mb = Constants.BOTTOM_MASS_MSBAR;
        double b5 = (33 - 2 * 5) / (12 * Math.PI);
        double atMb = Constants.ALPHA_S_MZ / (1 + Constants.ALPHA_S_MZ * b5 * Math.log(mb * mb / (Constants.Z_MASS * Constants.Z_MASS)));
        if (mu >= mb) {
            return Constants.ALPHA_S_MZ / (1 + Constants.ALPHA_S_MZ * b5 * Math.log(mu * mu / (Constants.Z_MASS * Constants.Z_MASS)));
        }
        double b4 = (33 - 2 * 4) / (12 * Math.PI);
        return atMb / (1 + atMb * b4 * Math.log(mu * mu / (mb * mb)));
    }

    /** Hadronic width [GeV]: LO ChPT pi pi below 2.5 GeV, spectator s sbar + c cbar + g g above. */
    public static double toHadrons(double m, double sinTheta) {
        if (m < HADRONIC_PERTURBATIVE_FROM) {
            return toPionsLeadingOrder(m, sinTheta);
        }
        double ss = toFermions(m, sinTheta, Constants.STRANGE_MASS_MSBAR, STRANGE_CONSTITUENT, 3);
        double cc = toFermions(m, sinTheta, Constants.CHARM_MASS_MSBAR, Constants.CHARM_MASS_DARKCAST, 3);
        double bb = toFermions(m, sinTheta, Constants.BOTTOM_MASS_MSBAR, Constants.BOTTOM_MASS_DARKCAST, 3);
        return ss + cc + bb + toGluons(m, sinTheta);
    }

    /** Gamma(S -&gt; g g) = sin^2 alpha_s^2 m^3/(72 pi^3 v^2) |sum_q (3/4) A_1/2(tau_q)|^2 over c, b, t. */
    static double toGluons(double m, double sinTheta) {
        double re = 0;
        double im = 0;
        for (double mq : new double[] {Constants.CHARM_MASS_MSBAR, Constants.BOTTOM_MASS_MSBAR, Constants.TOP_MASS}) {
            double[] a = fermionLoop(m * m / (4 * mq * mq));
            re += 0.75 * a[0];
            im += 0.75 * a[1];
        }
        double as = alphaS(m);
        return sinTheta * sinTheta * as * as * m * m * m / (72 * Math.pow(Math.PI, 3) * HIGGS_VEV * HIGGS_VEV)
                * (re * re + im * im);
    }

    /** f(tau) of Djouadi: arcsin^2 sqrt(tau) for tau &lt;= 1, -(1/4)[ln((1+b)/(1-b)) - i pi]^2 above; {re, im}. */
    static double[] f(double tau) {
        if (tau <= 1) {
            double a = Math.asin(Math.sqrt(tau));
            return new double[] {a * a, 0};
        }
        double b = Math.sqrt(1 - 1 / tau);
        double l = Math.log((1 + b) / (1 - b));
        // (l - i pi)^2 = l^2 - pi^2 - 2 i pi l
        return new double[] {-0.25 * (l * l - Math.PI * Math.PI), 0.5 * Math.PI * l};
    }

    /** A_1/2(tau) = 2 [tau + (tau - 1) f(tau)] / tau^2; {re, im}; tends to 4/3 for tau -&gt; 0. */
    static double[] fermionLoop(double tau) {
        if (tau < 1e-4) {
            return new double[] {4.0 / 3 + 14.0 / 45 * tau, 0};
        }
        double[] ff = f(tau);
        return new double[] {2 * (tau + (tau - 1) * ff[0]) / (tau * tau), 2 * (tau - 1) * ff[1] / (tau * tau)};
    }

    /** A_1(tau) = -[2 tau^2 + 3 tau + 3 (2 tau - 1) f(tau)] / tau^2; tends to -7 for tau -&gt; 0. */
    static double[] vectorLoop(double tau) {
        if (tau < 1e-4) {
            return new double[] {-7 - 22.0 / 15 * tau, 0};
        }
        double[] ff = f(tau);
        return new double[] {-(2 * tau * tau + 3 * tau + 3 * (2 * tau - 1) * ff[0]) / (tau * tau),
            -3 * (2 * tau - 1) * ff[1] / (tau * tau)};
    }

    /**
     * Gamma(S -&gt; gamma gamma) = sin^2 alpha^2 m^3/(256 pi^3 v^2) |sum_f N_c Q_f^2 A_1/2(tau_f) + A_1(tau_W)|^2,
     * tau_i = m^2/(4 m_i^2), over e, mu, tau, u, d, s, c, b, t (MS-bar quark masses) and the W.
     */
    public static double toPhotons(double m, double sinTheta) {
        double[][] fermions = {
            {Constants.ELECTRON_MASS, 1, 1}, {Constants.MUON_MASS, 1, 1}, {Constants.TAU_MASS, 1, 1},
            {Constants.UP_MASS_MSBAR, 3, 4.0 / 9}, {Constants.DOWN_MASS_MSBAR, 3, 1.0 / 9},
            {Constants.STRANGE_MASS_MSBAR, 3, 1.0 / 9}, {Constants.CHARM_MASS_MSBAR, 3, 4.0 / 9},
            {Constants.BOTTOM_MASS_MSBAR, 3, 1.0 / 9}, {Constants.TOP_MASS, 3, 4.0 / 9}};
        double re = 0;
        double im = 0;
        for (double[] f : fermions) {
            double[] a = fermionLoop(m * m / (4 * f[0] * f[0]));
            re += f[1] * f[2] * a[0];
            im += f[1] * f[2] * a[1];
        }
        double[] w = vectorLoop(m * m / (4 * Constants.W_MASS * Constants.W_MASS));
        re += w[0];
        im += w[1];
        return sinTheta * sinTheta * ALPHA * ALPHA * m * m * m / (256 * Math.pow(Math.PI, 3) * HIGGS_VEV * HIGGS_VEV)
                * (re * re + im * im);
    }

    /**
     * Gamma(S -&gt; dark matter) [GeV] with the conventions of the class comment:
     * Dirac alpha_D m/2 beta^3 (= y^2 m/(8 pi) beta^3), Majorana half of it,
     * pseudo-Dirac the sum of the chi1 chi1 and chi2 chi2 Majorana widths,
     * complex scalar A^2 beta/(16 pi m).
     */
    public static double toDarkMatter(double m, DarkMatterType type, double mChi, double splitting, double alphaD) {
        switch (type) {
            case NONE:
                return 0;
            case DIRAC:
                return 2 * majorana(m, mChi, alphaD);
            case MAJORANA:
                return majorana(m, mChi, alphaD);
            case PSEUDO_DIRAC:
                return majorana(m, mChi, alphaD) + majorana(m, mChi + splitting, alphaD);
            case COMPLEX_SCALAR: {
                double b2 = DarkPhotonDecays.beta2(m, mChi);
                if (b2 <= 0) {
                    return 0;
                }
                double a2 = 4 * Math.PI * alphaD * mChi * mChi;
                return a2 * Math.sqrt(b2) / (16 * Math.PI * m);
            }
            default:
                throw new IllegalArgumentException("unknown dark-matter type " + type);
        }
    }

    /** y^2 m/(16 pi) beta^3 with y^2 = 4 pi alpha_D: identical Majorana fermions with coupling y/2. */
    private static double majorana(double m, double mChi, double alphaD) {
        double b2 = DarkPhotonDecays.beta2(m, mChi);
        return b2 > 0 ? alphaD * m / 4 * Math.pow(b2, 1.5) : 0;
    }

    /** Every partial width of a dark scalar of mass m [GeV] and mixing sin theta. */
    public static MediatorDecays of(double m, double sinTheta, DarkMatterType dm, double mChi, double splitting,
            double alphaD) {
        return new MediatorDecays(
                toLeptons(m, sinTheta, Constants.ELECTRON_MASS),
                toLeptons(m, sinTheta, Constants.MUON_MASS),
                toLeptons(m, sinTheta, Constants.TAU_MASS),
                toHadrons(m, sinTheta),
                toPhotons(m, sinTheta),
                toDarkMatter(m, dm, mChi, splitting, alphaD),
                0);
    }

    /**
     * Gamma-hat_SM(mu) with sin theta = 1: every Standard-Model width of a scalar of mass mu,
     * for the annihilation integrals (called thousands of times per relic abundance): the
     * gamma gamma loop sum |sum_f N_c Q^2 A_1/2 + A_1|^2 is read from a table in ln mu
     * (relative accuracy ~1e-4 on a width that is below 1 % of e+ e- above 2 m_e).
     */
    public static double smWidthUnitCoupling(double mu) {
        return toLeptons(mu, 1, Constants.ELECTRON_MASS) + toLeptons(mu, 1, Constants.MUON_MASS)
                + toLeptons(mu, 1, Constants.TAU_MASS) + toHadrons(mu, 1) + photonsTabulated(mu);
    }

    private static final double LOOP_LN_MIN = Math.log(1e-7);
    private static final double LOOP_LN_MAX = Math.log(1e3);
    private static final int LOOP_POINTS = 4001;
    private static final double LOOP_STEP = (LOOP_LN_MAX - LOOP_LN_MIN) / (LOOP_POINTS - 1);
    private static final double[] LOOP_TABLE = loopTable();

    private static double[] loopTable() {
        double[] t = new double[LOOP_POINTS];
        for (int i = 0; i < LOOP_POINTS; i++) {
            double m = Math.exp(LOOP_LN_MIN + i * LOOP_STEP);
            t[i] = toPhotons(m, 1) / (m * m * m);
        }
        return t;
    }

    private static double photonsTabulated(double mu) {
        double u = (Math.log(mu) - LOOP_LN_MIN) / LOOP_STEP;
        if (u <= 0 || u >= LOOP_POINTS - 1) {
            return toPhotons(mu, 1);
        }
        int i = (int) u;
        double f = u - i;
        return (LOOP_TABLE[i] + f * (LOOP_TABLE[i + 1] - LOOP_TABLE[i])) * mu * mu * mu;
    }
}

package org.darkcheck.physics.detection;

import static org.darkcheck.physics.constants.Constants.ALPHA;
import static org.darkcheck.physics.constants.Constants.ELECTRON_MASS;

import org.darkcheck.physics.DarkMatterType;
import org.darkcheck.physics.MediatorType;
import org.darkcheck.physics.ModelSnapshot;
import org.darkcheck.physics.Value;
import org.darkcheck.physics.constants.Constants;
import org.darkcheck.physics.decay.VectorCouplings;
import org.darkcheck.physics.units.Quantities;

/**
 * Dark matter - electron and dark matter - proton elastic cross sections through
 * t-channel mediator exchange (FORMULAS.md 8; Essig, Mardon, Volansky
 * arXiv:1108.5383; Essig et al. arXiv:1509.01598). Cross sections in GeV^-2
 * internally, cm^2 at the accessors named so.
 *
 * <pre>
 *   sigma_e = 16 pi mu_chi-e^2 alpha_D (x_e^2/4pi) / (m_med^2 + alpha^2 m_e^2)^2     (dark photon: x_e^2/4pi = alpha eps^2)
 *   sigma_p = 16 pi mu_chi-p^2 alpha_D (x_p^2/4pi) / m_med^4                          (heavy mediator, per proton)
 * </pre>
 *
 * x_e and x_p = 2 x_u + x_d are the mediator's couplings to the electron and the
 * proton (L_mu - L_tau: the loop-induced x_e at q^2 = 0, x_p = -x_e; B - L: -g, g).
 * The dark scalar exchanges a Higgs-like scalar: sigma = mu^2 y_chi^2 g_f^2/(pi m^4)
 * with g_e = sin m_e/v and g_p = sin f_N m_p/v, f_N = {@link #HIGGS_NUCLEON_COUPLING}
 * (an input of DarkCheck, not of FORMULAS.md), and y_chi^2 = 4 pi alpha_D (complex
 * scalar: (A/2m)^2 = pi alpha_D).
 * Majorana through a vector (axial current) and pseudo-Dirac above the
 * inelastic-kinematics threshold are suppressed: 0 with the reason (FORMULAS.md 8.3).
 */
public final class DirectDetection {

    /** Higgs-nucleon coupling f_N (Hoferichter et al. PRL 119 (2017) 181803: 0.308(18)). */
    public static final double HIGGS_NUCLEON_COUPLING = 0.30;
    /** Maximal dark-matter speed in the lab, escape plus Earth velocity, 800 km/s in units of c. */
    public static final double MAX_SPEED = 2.67e-3;
    /** Mediator heavier than this: F_DM = 1 curves apply [GeV]. */
    public static final double HEAVY_MEDIATOR_FROM = 1e-3;
    /** Mediator lighter than this: F_DM = (alpha m_e/q)^2 curves apply [GeV]. */
    public static final double LIGHT_MEDIATOR_BELOW = 1e-6;

    /** Which electron-recoil limit curves apply, by the mediator mass (FORMULAS.md 8.1). */
    public enum FormFactor {
        /** m_med &gt; 1 MeV: F_DM = 1. */
        HEAVY_MEDIATOR,
        /** m_med &lt; 1 keV: F_DM = (alpha m_e/q)^2. */
        LIGHT_MEDIATOR,
        /** in between: undecidable, neither set of curves applies. */
        INTERMEDIATE
    }

    private DirectDetection() {
    }

    /** The form-factor regime of the model's mediator. */
    public static FormFactor formFactor(double mediatorMass) {
        if (mediatorMass > HEAVY_MEDIATOR_FROM) {
            return FormFactor.HEAVY_MEDIATOR;
        }
        return mediatorMass < LIGHT_MEDIATOR_BELOW ? FormFactor.LIGHT_MEDIATOR : FormFactor.INTERMEDIATE;
    }

    /** F_DM(q) = (m^2 + alpha^2 m_e^2)/(m^2 + q^2), q in GeV. */
    public static double formFactorAt(double mediatorMass, double q) {
        double ref = ALPHA * ELECTRON_MASS;
        return (mediatorMass * mediatorMass + ref * ref) / (mediatorMass * mediatorMass + q * q);
    }

    private static double reduced(double a, double b) {
        return a * b / (a + b);
    }

    /** sigma_e for a dark photon [cm^2] (FORMULAS.md 8.1). */
    public static double sigmaElectronDarkPhotonCm2(double mChi, double mA, double epsilon, double alphaD) {
        double mu = reduced(mChi, ELECTRON_MASS);
        double d = mA * mA + ALPHA * ALPHA * ELECTRON_MASS * ELECTRON_MASS;
        return 16 * Math.PI * mu * mu * ALPHA * epsilon * epsilon * alphaD / (d * d) * Constants.GEV2_TO_CM2;
    }

    /** sigma_p for a dark photon [cm^2] (FORMULAS.md 8.2), heavy mediator. */
    public static double sigmaProtonDarkPhotonCm2(double mChi, double mA, double epsilon, double alphaD) {
        double mu = reduced(mChi, Constants.PROTON_MASS);
        return 16 * Math.PI * mu * mu * ALPHA * epsilon * epsilon * alphaD / Math.pow(mA, 4) * Constants.GEV2_TO_CM2;
    }

    /** Largest splitting a pseudo-Dirac pair can up-scatter across, (1/2) mu v_max^2 [GeV]. */
    public static double maxInelasticSplitting(double reducedMass) {
        return 0.5 * reducedMass * MAX_SPEED * MAX_SPEED;
    }

    /** sigma-bar_e [cm^2] of the model, with its validity. */
    public static Value sigmaElectronCm2(ModelSnapshot model) {
        return cross(model, true);
    }

    /** sigma_p [cm^2] of the model (per proton), with its validity. */
    public static Value sigmaProtonCm2(ModelSnapshot model) {
        return cross(model, false);
    }

    private static Value cross(ModelSnapshot model, boolean electron) {
        if (!model.hasDarkMatter()) {
            return Value.notApplicable("no dark-matter particle");
        }
        double mChi = model.darkMatterMass();
        double target = electron ? ELECTRON_MASS : Constants.PROTON_MASS;
        double mu = reduced(mChi, target);
        MediatorType mediator = model.mediator();
        DarkMatterType kind = model.darkMatter();
        if (mediator.isVector()) {
            if (kind == DarkMatterType.MAJORANA) {
                return suppressed("Majorana (axial coupling): velocity- and spin-suppressed, no direct-detection verdict");
            }
            if (kind == DarkMatterType.PSEUDO_DIRAC && model.splitting() > maxInelasticSplitting(mu)) {
                return suppressed("pseudo-Dirac splitting " + Quantities.formatMass(model.splitting())
                        + " exceeds the largest up-scattering splitting " + Quantities.formatMass(maxInelasticSplitting(mu))
                        + " for this target: no scattering");
            }
        }
        double m = model.mediatorMass();
        double coupling = model.coupling();
        double sigma;
        if (mediator.isVector()) {
            VectorCouplings x = VectorCouplings.of(mediator, 0);
            double xt = electron ? x.e() : 2 * x.u() + x.d();
            double xt2 = coupling * coupling * xt * xt;
            double d = electron ? m * m + ALPHA * ALPHA * ELECTRON_MASS * ELECTRON_MASS : m * m;
            sigma = 16 * Math.PI * mu * mu * model.alphaD() * xt2 / (4 * Math.PI) / (d * d);
        } else {
            double gTarget = electron ? coupling * ELECTRON_MASS / Constants.HIGGS_VEV
                    : coupling * HIGGS_NUCLEON_COUPLING * Constants.PROTON_MASS / Constants.HIGGS_VEV;
            double yChi2 = kind == DarkMatterType.COMPLEX_SCALAR ? Math.PI * model.alphaD() : 4 * Math.PI * model.alphaD();
            double d = electron ? m * m + ALPHA * ALPHA * ELECTRON_MASS * ELECTRON_MASS : m * m;
            sigma = mu * mu * yChi2 * gTarget * gTarget / (Math.PI * d * d);
        }
        String problem = null;
        if (!electron) {
            double q = 2 * mu * MAX_SPEED;
            if (m < 3 * q) {
                problem = "m_med = " + Quantities.formatMass(m) + " is not heavy compared with the momentum transfer "
                        + Quantities.formatMass(q) + ": the contact-interaction sigma_p overestimates the rate";
            }
        } else if (formFactor(m) == FormFactor.INTERMEDIATE) {
            problem = "m_med = " + Quantities.formatMass(m)
                    + " is between 1 keV and 1 MeV: neither the heavy- nor the light-mediator curves apply";
        }
        if (!mediator.isVector()) {
            String fn = electron ? null : "f_N = 0.30 assumed for the Higgs-nucleon coupling";
            problem = problem == null ? fn : fn == null ? problem : problem + "; " + fn;
        }
        return Value.checked(sigma * Constants.GEV2_TO_CM2, problem);
    }

    private static Value suppressed(String reason) {
        return new Value(0, Value.Status.OUT_OF_VALIDITY, reason);
    }
}

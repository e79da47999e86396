package org.darkcheck.physics.consistency;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.darkcheck.physics.DarkMatterType;
import org.darkcheck.physics.DerivedQuantities;
import org.darkcheck.physics.ModelSnapshot;
import org.darkcheck.physics.Value;
import org.darkcheck.physics.annihilation.Annihilation;
import org.darkcheck.physics.consistency.Check.Severity;
import org.darkcheck.physics.constants.Constants;
import org.darkcheck.physics.cosmology.BbnBounds;
import org.darkcheck.physics.decay.MediatorDecays;
import org.darkcheck.physics.decay.ScalarDecays;
import org.darkcheck.physics.dynamics.DarkSectorDynamics;
import org.darkcheck.physics.units.Quantities;

/**
 * The model checked against itself: the conditions of FORMULAS.md 15, each with
 * its stable id, severity and a one-sentence message with the numbers in it.
 * Only the failed conditions are returned. Cheap (no relic abundance).
 */
public final class ConsistencyChecks {

    /** Relative velocity of the partial-wave unitarity check (Griest-Kamionkowski). */
    static final double UNITARITY_VELOCITY = 0.3;

    private ConsistencyChecks() {
    }

    private static String f(double x) {
        return Quantities.formatNumber(x);
    }

    public static List<Check> evaluate(DerivedQuantities d) {
        List<Check> out = new ArrayList<>();
        ModelSnapshot model = d.model();
        MediatorDecays decays = d.decays();
        double m = model.mediatorMass();
        double alphaD = model.alphaD();
        boolean dm = model.hasDarkMatter();
        if (dm && alphaD >= 1) {
            out.add(new Check("PERT", Severity.ERROR, () -> "alpha_D = " + f(alphaD) + " >= 1: non-perturbative"));
        } else if (dm && alphaD > 0.5) {
            out.add(new Check("PERT", Severity.WARN, () -> "alpha_D = " + f(alphaD)
                    + " > 0.5: perturbativity / Landau-pole concerns (alpha_D > 1 non-perturbative)"));
        }
        if (model.coupling() >= 1) {
            out.add(new Check("PERT_SM", Severity.ERROR, () -> model.mediator().couplingName() + " = " + f(model.coupling())
                    + " >= 1: outside validity"));
        }
        if (dm && decays.invisible() == 0) {
            out.add(new Check("INV", Severity.INFO, () -> "m_med = " + Quantities.formatMass(m)
                    + " is below the dark-matter pair threshold: the mediator cannot decay to dark matter; visible searches apply, invisible ones do not"));
        }
        if (dm && decays.invisible() > 0 && decays.brInvisible() < 0.99) {
            out.add(new Check("INVDOM", Severity.WARN, () -> String.format(Locale.ROOT,
                    "invisible limits assume BR_inv ~ 1; BR_inv = %.3g", decays.brInvisible())));
        }
        double widthRatio = decays.total() / m;
        if (widthRatio > 0.3) {
            out.add(new Check("NWA", Severity.ERROR, () -> String.format(Locale.ROOT,
                    "broad mediator (Gamma/m = %.2g > 0.3): narrow-width production/recast formulas unreliable", widthRatio)));
        } else if (widthRatio > 0.1) {
            out.add(new Check("NWA", Severity.WARN, () -> String.format(Locale.ROOT,
                    "broad mediator (Gamma/m = %.2g > 0.1): narrow-width production/recast formulas unreliable", widthRatio)));
        }
        if (dm) {
            double mChi = model.darkMatterMass();
            double r = (m * m - 4 * mChi * mChi) / (4 * mChi * mChi);
            if (r >= 0 && r <= 0.3) {
                out.add(new Check("RES", Severity.INFO, () -> String.format(Locale.ROOT,
                        "near resonance ((m_med^2 - 4 m_chi^2)/(4 m_chi^2) = %.3g): only the Gondolo-Gelmini average is used, a and b are information", r)));
            }
            if (m < mChi) {
                out.add(new Check("SECL", Severity.INFO, () -> "m_med < m_chi: secluded annihilation chi chi -> mediator pairs"
                        + " dominates; relic independent of the coupling, a thermal target in y is not meaningful"));
            }
            Annihilation an = Annihilation.of(model);
            Value secluded = an.secludedSigmaV();
            double sigmaV = an.sigmaV(UNITARITY_VELOCITY) + (secluded.isValid() ? secluded.number() : 0);
            double bound = 4 * Math.PI / (mChi * mChi * UNITARITY_VELOCITY);
            if (sigmaV > bound) {
                out.add(new Check("UNIT", Severity.ERROR, () -> String.format(Locale.ROOT,
                        "annihilation exceeds the unitarity bound (sigma v = %.2g > 4 pi/(m_chi^2 v) = %.2g GeV^-2 at v = 0.3)",
                        sigmaV, bound)));
            }
            Value sidm = d.sigmaTransferPerMassCm2PerG();
            if (m < 0.1 * mChi && sidm.isApplicable() && sidm.number() > DarkSectorDynamics.SIDM_LIMIT_CM2_PER_G) {
                out.add(new Check("SIDM", Severity.WARN, () -> String.format(Locale.ROOT,
                        "self-interaction too large: sigma_T/m = %.2g cm^2/g > 1 cm^2/g at cluster velocities", sidm.number())));
            }
            // the BBN + N_eff bound is for dark matter that was in equilibrium with the Standard Model (thermal)
            if (mChi < BbnBounds.BBN_PLUS_CMB && model.thermal()) {
                out.add(new Check("BBN", Severity.WARN, () -> "m_chi = " + Quantities.formatMass(mChi)
                        + " < 3.7 MeV: thermal dark matter in conflict with BBN/N_eff (Sabti et al. 2019)"));
            }
            if (model.darkMatter() == DarkMatterType.PSEUDO_DIRAC && model.splitting() >= 2 * Constants.ELECTRON_MASS) {
                out.add(new Check("LIFE", Severity.WARN, () -> "pseudo-Dirac splitting " + Quantities.formatMass(model.splitting())
                        + " >= 2 m_e: the excited state decays chi2 -> chi1 e+ e-, possibly during or after BBN"));
            }
            if (model.mediator().isVector()
                    && (model.darkMatter() == DarkMatterType.MAJORANA || model.darkMatter() == DarkMatterType.PSEUDO_DIRAC)) {
                out.add(new Check("DDTYPE", Severity.INFO, () -> "direct detection suppressed (" + model.darkMatter().key()
                        + ": axial or inelastic coupling): direct-detection curves are not applied"));
            }
        }
        String bbnMediator = BbnBounds.mediatorProblem(model.mediator(), m, decays);
        if (bbnMediator != null) {
            out.add(new Check("BBN", Severity.WARN, () -> bbnMediator + ": in conflict with BBN/N_eff"));
        }
        if (model.mediator() == org.darkcheck.physics.MediatorType.DARK_SCALAR && m > ScalarDecays.CHPT_VALID_UP_TO
                && m < ScalarDecays.HADRONIC_PERTURBATIVE_FROM) {
            out.add(new Check("VMD", Severity.WARN, () -> "m_S = " + Quantities.formatMass(m)
                    + " between 0.6 and 2.5 GeV: scalar hadronic width uncertain (factor ~3)"));
        }
        if (m > 10) {
            out.add(new Check("EWMIX", Severity.WARN, () -> "m_med = " + Quantities.formatMass(m)
                    + " > 10 GeV: Z-mixing corrections neglected"));
        }
        return out;
    }
}

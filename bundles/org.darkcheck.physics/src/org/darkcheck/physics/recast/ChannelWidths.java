package org.darkcheck.physics.recast;

import java.util.List;
import java.util.Set;

import org.darkcheck.physics.MediatorType;
import org.darkcheck.physics.constants.Constants;
import org.darkcheck.physics.decay.DarkPhotonDecays;
import org.darkcheck.physics.decay.HadronicRatio;
import org.darkcheck.physics.decay.VectorBosonDecays;
import org.darkcheck.physics.decay.VectorCouplings;

/**
 * Partial widths of a vector mediator per unit global coupling squared [GeV],
 * addressed by DarkCast's state names (arXiv:1801.04847 eqs. 2.13-2.18):
 * "e_e", "mu_mu", "tau_tau", "nue_nue", "numu_numu", "nutau_nutau", "c_c", "b_b",
 * "gamma_gamma_gamma", the exclusive hadronic states ("pi+_pi-", "K_K", ...; see
 * {@link HadronicRatio#isHadronicFinalState}), "hadrons" (light hadrons, VMD) and
 * "visible" (every Standard-Model state, neutrinos included, as DarkCast counts them).
 * "invisible" and "none" are known states but carry no Standard-Model width here;
 * {@link VectorRecast} gives them their meaning. Masses in GeV (PDG, {@link Constants}).
 */
final class ChannelWidths {

    private static final Set<String> SPECIAL = Set.of("invisible", "none", "visible", "hadrons", "gamma_gamma_gamma");
    private static final List<String> FERMIONS = List.of("e", "mu", "tau", "nue", "numu", "nutau", "u", "d", "s",
            "c", "b");

    private ChannelWidths() {
    }

    static boolean isKnownState(String state) {
        return SPECIAL.contains(state) || HadronicRatio.isHadronicFinalState(state) || fermionPair(state) != null;
    }

    /** The fermion of a state "f_f", or null. */
    private static String fermionPair(String state) {
        String[] p = state.split("_");
        return p.length == 2 && p[0].equals(p[1]) && FERMIONS.contains(p[0]) ? p[0] : null;
    }

    /** Gamma(state) / g^2 [GeV] of mediator {@code type} at mass m [GeV]; 0 for "invisible" and "none". */
    static double unitWidth(MediatorType type, String state, double m) {
        VectorCouplings x = VectorCouplings.of(type, m);
        switch (state) {
            case "invisible":
            case "none":
                return 0;
            case "visible":
                return VectorBosonDecays.smWidthUnitCoupling(type, m);
            case "hadrons":
                return HadronicRatio.darkCast().width(m, x.u(), x.d(), x.s());
            case "gamma_gamma_gamma":
                return DarkPhotonDecays.threePhotons(m, x.e());
            default:
                break;
        }
        if (HadronicRatio.isHadronicFinalState(state)) {
            return HadronicRatio.darkCast().finalStateWidth(state, m, x.u(), x.d(), x.s());
        }
        String f = fermionPair(state);
        if (f == null) {
            throw new IllegalArgumentException("state: unknown DarkCast state '" + state + "'");
        }
        switch (f) {
            case "e":
                return DarkPhotonDecays.vectorToFermions(m, x.e(), 1, Constants.ELECTRON_MASS);
            case "mu":
                return DarkPhotonDecays.vectorToFermions(m, x.mu(), 1, Constants.MUON_MASS);
            case "tau":
                return DarkPhotonDecays.vectorToFermions(m, x.tau(), 1, Constants.TAU_MASS);
            case "nue":
                return DarkPhotonDecays.vectorToFermions(m, x.nuE(), 0.5, 0);
            case "numu":
                return DarkPhotonDecays.vectorToFermions(m, x.nuMu(), 0.5, 0);
            case "nutau":
                return DarkPhotonDecays.vectorToFermions(m, x.nuTau(), 0.5, 0);
            case "c":
                return DarkPhotonDecays.vectorToFermions(m, x.c(), 3, Constants.CHARM_MASS_DARKCAST);
            case "b":
                return DarkPhotonDecays.vectorToFermions(m, x.b(), 3, Constants.BOTTOM_MASS_DARKCAST);
            default:
                // light quarks as free pairs are not a DarkCast decay state (the VMD data cover them)
                throw new IllegalArgumentException("state: '" + state + "' is not a decay state; use hadrons");
        }
    }

    /** The sum of {@link #unitWidth} over {@code states} [GeV]. */
    static double unitWidth(MediatorType type, List<String> states, double m) {
        double sum = 0;
        for (String s : states) {
            sum += unitWidth(type, s, m);
        }
        return sum;
    }

    /** Gamma(nu nubar)/g^2 summed over flavours [GeV]: the part of the visible width that a detector misses. */
    static double unitNeutrinoWidth(MediatorType type, double m) {
        return unitWidth(type, "nue_nue", m) + unitWidth(type, "numu_numu", m) + unitWidth(type, "nutau_nutau", m);
    }
}

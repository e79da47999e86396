package org.darkcheck.physics.tests;

import static org.darkcheck.physics.tests.Tolerance.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.darkcheck.physics.MediatorType;
import org.darkcheck.physics.constants.Constants;
import org.darkcheck.physics.decay.DarkPhotonDecays;
import org.darkcheck.physics.decay.HadronicRatio;
import org.darkcheck.physics.decay.VectorCouplings;
import org.darkcheck.physics.recast.DecayWindow;
import org.darkcheck.physics.recast.InvisibleWidth;
import org.darkcheck.physics.recast.Production;
import org.darkcheck.physics.recast.SearchSpec;
import org.darkcheck.physics.recast.SearchSpecs;
import org.darkcheck.physics.recast.VectorRecast;
import org.junit.jupiter.api.Test;

/** The pieces of the DarkCast recast (FORMULAS.md 9) against values derived by hand. */
class VectorRecastTest {

    private static final double E = Constants.E_CHARGE;

    @Test
    void pionDecayProductionOfBMinusLAtLowMassEqualsTheDarkPhotonsAtGEqualsEpsE() {
        // pi0 -> gamma X: amplitudes e/12 (dark photon) and g/12 (B - L) at m -> 0 (FORMULAS 9.1), so
        // sigma_BL(g = 1)/sigma_A'(eps = 1) = 1/e^2, i.e. equal production at g = eps e
        assertRelative(1 / (E * E), Production.parse("pi0_gamma").ratio(MediatorType.B_L, 1e-4), 1e-6);
    }

    @Test
    void etaDecayProductionOfBMinusLAtLowMass() {
        // eta -> gamma X: sum_V Tr(T_eta T_gamma T_V) Tr(x T_V) = 2e/9 (dark photon), 1/9 (B - L) at m -> 0
        assertRelative(1 / (4 * E * E), Production.parse("eta_gamma").ratio(MediatorType.B_L, 1e-4), 1e-6);
        // a channel with fraction 0 does not count
        assertRelative(1 / (4 * E * E),
                Production.parse("{eta_gamma: 1.0, eta'_gamma: 0.0}").ratio(MediatorType.B_L, 1e-4), 1e-6);
    }

    @Test
    void simpleMechanisms() {
        assertRelative(1 / (E * E), Production.parse("e_brem").ratio(MediatorType.B_L, 0.1), 1e-12);
        assertRelative(1 / (E * E), Production.parse("mu_brem").ratio(MediatorType.LMU_LTAU, 0.1), 1e-12);
        // proton bremsstrahlung: (2 x_u + x_d)^2 = e^2 (dark photon) and 1 (B - L)
        assertRelative(1 / (E * E), Production.parse("p_brem").ratio(MediatorType.B_L, 0.1), 1e-12);
        // phi -> eta X goes through the phi only: Tr(x T_phi)^2 = (g/(3 sqrt 2))^2 vs (eps e/(3 sqrt 2))^2
        assertRelative(1 / (E * E), Production.parse("phi_eta").ratio(MediatorType.B_L, 0.2), 1e-12);
    }

    @Test
    void tabulatedProductionSumsTheFractions() {
        // LHCb's table: the dark photon's fractions at 0.214 GeV sum to 0.9998 (first row of the file)
        Production lhcb = Production.parse("table limits/LHCb_Aaij2017rft.prd");
        assertRelative(0.6392 + 0.2391 + 0.02212 + 0.09830 + 0.001119, lhcb.ratio(MediatorType.DARK_PHOTON, 0.214),
                1e-9);
        // L_mu - L_tau couples to quarks and electrons like the photon, scaled by x_e/(-e): every channel
        // scales by (x_e/e)^2
        double xe = VectorCouplings.lmuLtauElectron(0.214);
        assertRelative(0.9998 * xe * xe / (E * E), lhcb.ratio(MediatorType.LMU_LTAU, 0.214), 1e-3);
    }

    @Test
    void promptElectronLimitForBMinusLBelowTheMuonThreshold() {
        // at 50 MeV the dark photon decays only to e+e- (BR 1); B - L to e+e- and 3 neutrino flavours
        // (Gamma_nu = 1.5 Gamma_ee): BR_ee = 1/2.5 (FORMULAS 5.1: 0.4000). Production x_e^2: 1 vs e^2.
        // So g = eps e sqrt(2.5) (threshold factor of the electron 1 - O(1e-8)).
        double g = VectorRecast.couplingLimit(SearchSpec.prompt("e_brem", "e_e"), MediatorType.B_L, 0.05, 1e-3, 0);
        assertRelative(1e-3 * E * Math.sqrt(2.5), g, 1e-6);
    }

    @Test
    void promptElectronLimitForBMinusLAtOneGeV() {
        // FORMULAS 2.4 and 5.1 worked values at 1 GeV: BR_ee = 0.3141 (dark photon), 0.2720 (B - L)
        double g = VectorRecast.couplingLimit(SearchSpec.prompt("e_e", "e_e"), MediatorType.B_L, 1.0, 2e-4, 0);
        assertRelative(2e-4 * E * Math.sqrt(0.3141 / 0.2720), g, 2e-3);
    }

    @Test
    void invisibleMuonBremsstrahlungLimitForLmuLtauCountsTheNeutrinos() {
        // below 2 m_mu the L_mu - L_tau boson decays to neutrinos (BR 0.99998, FORMULAS 4.1 at 100 MeV);
        // DarkCast's invisible limits assume BR_inv = 0.99 for the dark photon; production 1 vs e^2
        double g = VectorRecast.couplingLimit(SearchSpec.prompt("mu_brem", "invisible"), MediatorType.LMU_LTAU, 0.1,
                1e-3, 0);
        assertRelative(1e-3 * E * Math.sqrt(0.99 / 0.99998), g, 1e-4);
    }

    @Test
    void invisibleSearchGivesNoLimitWithoutAnInvisibleWidth() {
        // the dark photon itself has no neutrino width: without dark matter there is nothing to see
        assertEquals(Double.POSITIVE_INFINITY, VectorRecast.couplingLimit(
                SearchSpec.prompt("e_brem", "invisible"), MediatorType.DARK_PHOTON, 0.1, 1e-4, 0));
    }

    @Test
    void identityRecastReturnsThePublishedLimit() {
        SearchSpec kloe = SearchSpecs.forDarkCastFile("KLOE_Anastasi2015qla").orElseThrow();
        assertRelative(3e-4, VectorRecast.couplingLimit(kloe, MediatorType.DARK_PHOTON, 0.3, 3e-4, 0), 1e-9);
        SearchSpec e137 = SearchSpecs.forDarkCastFile("E137_Andreas2012mt").orElseThrow();
        double[] band = VectorRecast.band(e137, MediatorType.DARK_PHOTON, 0.05, 1e-8, 1e-6, 0);
        assertNotNull(band);
        assertRelative(1e-8, band[0], 1e-9);
        assertRelative(1e-6, band[1], 1e-9);
    }

    @Test
    void invisibleWidthEqualToTheVisibleAtTheLimitGivesTheGoldenRatio() {
        // prompt e+e- at 50 MeV for a dark photon with Gamma_inv = Gamma_ee(eps_lim):
        // g^2 g^2/(g^2 + eps^2) = eps^2  =>  g^2 = eps^2 (1 + sqrt 5)/2
        double eps = 1e-4;
        double inv = DarkPhotonDecays.toLeptons(0.05, eps, Constants.ELECTRON_MASS);
        double g = VectorRecast.couplingLimit(SearchSpec.prompt("e_brem", "e_e"), MediatorType.DARK_PHOTON, 0.05, eps,
                inv);
        assertRelative(eps * Math.sqrt((1 + Math.sqrt(5)) / 2), g, 1e-9);
    }

    @Test
    void anInvisibleWidthShrinksADisplacedBand() {
        SearchSpec e137 = SearchSpecs.forDarkCastFile("E137_Andreas2012mt").orElseThrow();
        double visible = DarkPhotonDecays.toLeptons(0.05, 1e-7, Constants.ELECTRON_MASS);
        double[] band = VectorRecast.band(e137, MediatorType.DARK_PHOTON, 0.05, 1e-8, 1e-6, visible);
        assertNotNull(band);
        assertTrue(band[0] > 1e-8 && band[1] < 1e-6, () -> "band " + List.of(band[0], band[1]));
        // an invisible width far above the visible one leaves too few visible decays: no band
        assertNull(VectorRecast.band(e137, MediatorType.DARK_PHOTON, 0.05, 1e-8, 1e-6, 1e6 * visible));
    }

    @Test
    void rValueGridRecastToTheDarkPhotonItselfKeepsTheExcludedCouplings() {
        // same model, same lifetime, same coupling: excluded exactly where r < 1 (interior points only,
        // so no extrapolation beyond the grid)
        SearchSpec lhcb = SearchSpecs.forDarkCastFile("LHCb_Aaij2017rft_displaced").orElseThrow();
        double[] eps = {1e-5, 2e-5, 3e-5, 4e-5};
        double[] r = {2, 0.5, 0.8, 3};
        double[] band = VectorRecast.bandFromRValues(lhcb, MediatorType.DARK_PHOTON, 0.3, eps, r,
                InvisibleWidth.fixed(0));
        assertNotNull(band);
        assertRelative(2e-5, band[0], 1e-9);
        assertRelative(3e-5, band[1], 1e-9);
        assertNull(VectorRecast.bandFromRValues(lhcb, MediatorType.DARK_PHOTON, 0.3, eps, new double[] {2, 2, 2, 2},
                InvisibleWidth.fixed(0)));
    }

    @Test
    void bMinusLHasNoIsovectorPionPairs() {
        // c_rho = 0 for x_u = x_d: no rho -> pi+ pi-; the KLOE pi+ pi- search does not constrain B - L
        assertEquals(0, HadronicRatio.darkCast().finalStateWidth("pi+_pi-", 0.7, 1.0 / 3, 1.0 / 3, 1.0 / 3));
        SearchSpec kloe = SearchSpecs.forDarkCastFile("KLOE_Anastasi2016ktq").orElseThrow();
        assertEquals(Double.POSITIVE_INFINITY, VectorRecast.couplingLimit(kloe, MediatorType.B_L, 0.7, 1e-3, 0));
    }

    @Test
    void exclusiveHadronicWidthsAddUpToTheTotal() {
        HadronicRatio r = HadronicRatio.darkCast();
        String[] states = {"pi+_pi-", "pi+_pi-_pi+_pi-", "pi+_pi-_pi0_pi0", "pi+_pi-_pi0", "pi0_gamma", "K_K",
            "K_K_pi", "other"};
        for (double m : new double[] {0.5, 0.78, 1.02, 1.5}) {
            double sum = 0;
            for (String f : states) {
                sum += r.finalStateWidth(f, m, 2 * E / 3, -E / 3, -E / 3);
            }
            assertRelative(r.width(m, 2 * E / 3, -E / 3, -E / 3), sum, 1e-9, "m = " + m);
        }
    }

    @Test
    void specsFromConstraintProperties() {
        SearchSpec s = SearchSpec.fromProperties("e_brem", "[e_e, mu_mu]", "1.14");
        assertEquals(List.of("e_e", "mu_mu"), s.finalStates());
        assertEquals(new DecayWindow.Displaced(1.14), s.window());
        SearchSpec p = SearchSpec.fromProperties("table limits/LHCb_Aaij2017rft.prd", "mu_mu", null);
        assertTrue(p.window() instanceof DecayWindow.Prompt);
        assertRelative(204.0 / 179.0, ((DecayWindow.Displaced) SearchSpecs.forDarkCastFile("E137_Andreas2012mt")
                .orElseThrow().window()).lengthRatio(), 1e-12);
        assertTrue(SearchSpecs.forDarkCastFile("ATLAS_Aad2014yea_br10a").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> SearchSpec.fromProperties("e_brem", "[e_e, foo]", null));
        assertThrows(IllegalArgumentException.class, () -> Production.parse("kaon_soup"));
    }

    @Test
    void invalidInputsAreNamed() {
        SearchSpec s = SearchSpec.prompt("e_brem", "e_e");
        assertMessage("massGeV", () -> VectorRecast.couplingLimit(s, MediatorType.B_L, Double.NaN, 1e-3, 0));
        assertMessage("epsilonLimit", () -> VectorRecast.couplingLimit(s, MediatorType.B_L, 0.1, -1e-3, 0));
        assertMessage("extraInvisibleWidthGeV",
                () -> VectorRecast.couplingLimit(s, MediatorType.B_L, 0.1, 1e-3, Double.NaN));
        assertMessage("target", () -> VectorRecast.couplingLimit(s, MediatorType.DARK_SCALAR, 0.1, 1e-3, 0));
        SearchSpec d = SearchSpec.displaced("e_brem", 1, "e_e");
        assertMessage("epsUpper", () -> VectorRecast.band(d, MediatorType.B_L, 0.1, 1e-6, 1e-7, 0));
        assertMessage("epsLower", () -> VectorRecast.band(d, MediatorType.B_L, 0.1, Double.NaN, 1e-7, 0));
        assertMessage("factor", () -> InvisibleWidth.proportionalToVisible(-1));
    }

    private static void assertMessage(String name, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(name), () -> "message should name " + name + ": " + e.getMessage());
    }
}

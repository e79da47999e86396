package org.darkcheck.physics.tests;

import static org.darkcheck.physics.tests.Tolerance.DATA;
import static org.darkcheck.physics.tests.Tolerance.FORMULA;
import static org.darkcheck.physics.tests.Tolerance.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.darkcheck.physics.DarkMatterType;
import org.darkcheck.physics.MediatorType;
import org.darkcheck.physics.constants.Constants;
import org.darkcheck.physics.decay.DarkPhotonDecays;
import org.darkcheck.physics.decay.HadronicRatio;
import org.darkcheck.physics.decay.MediatorDecays;
import org.darkcheck.physics.decay.VectorBosonDecays;
import org.darkcheck.physics.decay.VectorCouplings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Worked values of FORMULAS.md sections 4 (L_mu - L_tau) and 5 (B - L), and the generalised VMD hadrons. */
class VectorBosonDecaysTest {

    private static MediatorDecays of(MediatorType t, double m, double g) {
        return VectorBosonDecays.of(t, m, g, DarkMatterType.NONE, 0, 0, 0);
    }

    @ParameterizedTest
    @CsvSource({"0.1, 2.653e-9, 0, 0.99998, 2.047e-5, 7.439e-8", "0.3, 1.501e-8, 0.4697, 0.5302, 1.480e-5, 1.315e-8",
        "1.0, 5.303e-8, 0.4998, 0.5002, 5.34e-6, 3.721e-9"})
    void lmuLtauBoson(double m, double total, double brMuMu, double brNuNu, double brEe, double ctau) {
        MediatorDecays d = of(MediatorType.LMU_LTAU, m, 1e-3);
        assertRelative(total, d.total(), FORMULA);
        assertEquals(brMuMu, d.brMuons(), 1e-4);
        assertRelative(brNuNu, d.brNeutrinos(), FORMULA);
        assertRelative(brEe, d.brElectrons(), 2e-3);
        assertRelative(ctau, d.ctauMeters(), FORMULA);
    }

    @ParameterizedTest
    @CsvSource({"0.010, -4.372e-3", "0.100, -4.524e-3", "0.200, -5.501e-3", "0.500, -4.231e-3"})
    void lmuLtauLoopElectronCoupling(double m, double xeOverG) {
        assertRelative(xeOverG, VectorCouplings.lmuLtauElectron(m), FORMULA);
    }

    @Test
    void lmuLtauLoopMixingAtZeroMomentum() {
        // eps(0) = -(e g/(12 pi^2)) ln(m_tau^2/m_mu^2) = -0.014433 g, i.e. x_e/g = eps e = -4.3706e-3
        assertRelative(-4.3706e-3, VectorCouplings.lmuLtauElectron(0), FORMULA);
        assertRelative(-0.014433 * Constants.E_CHARGE, VectorCouplings.lmuLtauElectron(1e-6), FORMULA);
    }

    @Test
    void lmuLtauNeutrinoWidthIsOneHelicityPerFlavour() {
        // Gamma(nu nubar, total) = g^2 m/(12 pi)
        double m = 0.05;
        assertRelative(1e-6 * m / (12 * Math.PI), of(MediatorType.LMU_LTAU, m, 1e-3).neutrinos(), 1e-12);
    }

    @ParameterizedTest
    @CsvSource({"0.050, 3.316e-11, 0.4000, 0, 0.6000, 0, 5.951e-6", "0.500, 4.626e-10, 0.2867, 0.2831, 0.4301, 1.459e-4, 4.266e-7",
        "0.780, 8.199e-9, 0.0252, 0.0252, 0.0379, 0.9117, 2.407e-8", "1.00, 9.753e-10, 0.2720, 0.2718, 0.4079, 0.0483, 2.023e-7",
        "1.02, 1.309e-8, 0.0207, 0.0207, 0.0310, 0.9277, 1.508e-8", "1.50, 1.668e-9, 0.2386, 0.2386, 0.3579, 0.1649, 1.183e-7"})
    void bMinusLBoson(double m, double total, double brEe, double brMuMu, double brNuNu, double brHad, double ctau) {
        MediatorDecays d = of(MediatorType.B_L, m, 1e-4);
        assertRelative(total, d.total(), FORMULA);
        assertEquals(brEe, d.brElectrons(), 1e-4);
        assertEquals(brMuMu, d.brMuons(), 1e-4);
        assertEquals(brNuNu, d.brNeutrinos(), 1e-4);
        if (brHad == 0) {
            assertEquals(0.0, d.brHadrons());
        } else {
            assertRelative(brHad, d.brHadrons(), DATA);
        }
        assertRelative(ctau, d.ctauMeters(), FORMULA);
    }

    @Test
    void bMinusLHasNoRhoAndTheOmegaLikeIsoscalarCombination() {
        // c_rho = 0, c_omega = 2 g, c_phi = g: Gamma = m g^2/(12 pi) [4 R_omega + R_phi + 4 R_omega-phi]
        HadronicRatio r = HadronicRatio.darkCast();
        for (double m : new double[] {0.6, 0.78, 1.02, 1.3}) {
            double g = 1e-4;
            double expected = m * g * g / (12 * Math.PI) * (4 * r.omega(m) + r.phi(m) + 4 * r.omegaPhi(m));
            assertRelative(expected, r.width(m, g / 3, g / 3, g / 3), 1e-12);
        }
    }

    @Test
    void generalisedRatioReproducesTheDarkPhoton() {
        HadronicRatio r = HadronicRatio.darkCast();
        double e = Constants.E_CHARGE;
        for (double m = 0.3; m < 2.2; m += 0.0173) {
            double viaCouplings = r.width(m, 2 * e / 3, -e / 3, -e / 3);
            double viaR = Constants.ALPHA * m / 3 * r.darkPhoton(m);
            assertEquals(viaR, viaCouplings, 1e-12 * Math.max(viaR, 1e-12), "at m = " + m);
        }
    }

    @Test
    void smoothHadronsFollowTheLinearInterpolation() {
        // the spline used inside thermal averages stays within 1 % of DarkCast's linear interpolation
        HadronicRatio r = HadronicRatio.darkCast();
        double e = Constants.E_CHARGE;
        for (double m = 0.35; m < 1.9; m += 0.00137) {
            double lin = r.width(m, 2 * e / 3, -e / 3, -e / 3);
            double smooth = r.widthSmooth(m, 2 * e / 3, -e / 3, -e / 3);
            assertEquals(lin, smooth, 1e-2 * lin + 1e-12, "at m = " + m);
        }
    }

    @Test
    void darkPhotonThroughTheGenericPathIsUnchanged() {
        MediatorDecays generic = VectorBosonDecays.of(MediatorType.DARK_PHOTON, 0.5, 1e-3, DarkMatterType.NONE, 0, 0, 0);
        MediatorDecays direct = DarkPhotonDecays.of(0.5, 1e-3, DarkMatterType.NONE, 0, 0, 0);
        assertEquals(direct, generic);
        assertRelative(3.031e-9, VectorBosonDecays.smWidthUnitCoupling(MediatorType.DARK_PHOTON, 0.5) * 1e-6, FORMULA);
    }

    @Test
    void neutrinosAreInvisibleButNotDarkMatter() {
        MediatorDecays d = of(MediatorType.B_L, 0.05, 1e-4);
        assertEquals(0.0, d.invisible());
        assertEquals(0.6, d.brInvisible(), 1e-4);
        assertEquals(0.4, d.brVisible(), 1e-4);
        assertEquals(d.total(), d.visible() + d.invisibleWithNeutrinos(), 1e-20);
    }

    @Test
    void decayProbabilityInsideAWindow() {
        // FORMULAS.md 2.4: P = exp(-L1/L) - exp(-L2/L)
        assertRelative(Math.exp(-1) - Math.exp(-2), MediatorDecays.decayProbability(100, 100, 200), 1e-12);
    }
}

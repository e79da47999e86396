package org.darkcheck.physics.tests;

import static org.darkcheck.physics.tests.Tolerance.FORMULA;
import static org.darkcheck.physics.tests.Tolerance.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.darkcheck.physics.DarkMatterType;
import org.darkcheck.physics.constants.Constants;
import org.darkcheck.physics.decay.MediatorDecays;
import org.darkcheck.physics.decay.ScalarDecays;
import org.darkcheck.physics.decay.ScalarProduction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Worked values of FORMULAS.md section 3 (dark scalar, sin theta = 1e-3). */
class ScalarDecaysTest {

    private static MediatorDecays visible(double m) {
        return ScalarDecays.of(m, 1e-3, DarkMatterType.NONE, 0, 0, 0);
    }

    @Test
    void electronWidthAndDecayLengthAt50MeV() {
        assertRelative(8.564e-21, ScalarDecays.toLeptons(0.050, 1e-3, Constants.ELECTRON_MASS), FORMULA);
        assertRelative(2.304e4, visible(0.050).ctauMeters(), FORMULA);
    }

    @Test
    void widthsAt300MeV() {
        MediatorDecays d = visible(0.3);
        assertRelative(5.141e-20, d.electrons(), FORMULA);
        assertRelative(7.861e-16, d.muons(), FORMULA);
        assertRelative(1.154e-15, d.hadrons(), FORMULA);
        assertRelative(1.940e-15, d.total(), FORMULA);
        assertRelative(0.1017, d.ctauMeters(), FORMULA);
    }

    @Test
    void widthsAt500MeV() {
        MediatorDecays d = visible(0.5);
        assertRelative(2.727e-15, d.muons(), FORMULA);
        assertRelative(5.145e-15, d.hadrons(), FORMULA);
        assertRelative(7.872e-15, d.total(), FORMULA);
        assertRelative(0.02507, d.ctauMeters(), FORMULA);
    }

    @Test
    void leptonWidthIsPWaveAtThreshold() {
        double m = 2 * Constants.MUON_MASS * 1.0001;
        double beta = Math.sqrt(1 - 4 * Constants.MUON_MASS * Constants.MUON_MASS / (m * m));
        double full = 1e-6 * Constants.MUON_MASS * Constants.MUON_MASS * m / (8 * Math.PI * Constants.HIGGS_VEV * Constants.HIGGS_VEV);
        assertRelative(full * beta * beta * beta, ScalarDecays.toLeptons(m, 1e-3, Constants.MUON_MASS), 1e-9);
        assertEquals(0.0, ScalarDecays.toLeptons(0.2, 1e-3, Constants.MUON_MASS));
    }

    @Test
    void photonWidthIsNegligibleAboveTwoElectronMassesAndTheOnlyChannelBelow() {
        MediatorDecays at50 = visible(0.050);
        assertTrue(at50.photons() < 1e-2 * at50.electrons(), "gamma gamma must be < 1 % of e+ e- above 2 m_e");
        MediatorDecays below = visible(0.5e-3);
        assertEquals(0.0, below.electrons());
        assertTrue(below.photons() > 0);
        assertEquals(1.0, below.brPhotons(), 1e-12);
    }

    @Test
    void photonWidthHeavyLoopLimit() {
        // m_S << all loop masses except the light quarks: Djouadi's A_1/2 -> 4/3, A_1 -> -7 for heavy loops.
        // Scaling with m^3 at fixed loops (between 1 and 2 keV only the electron loop changes, by < 1e-6).
        double w1 = ScalarDecays.toPhotons(1e-6, 1e-3);
        double w2 = ScalarDecays.toPhotons(2e-6, 1e-3);
        assertRelative(8, w2 / w1, 1e-4);
    }

    @Test
    void annihilationWidthUsesTheSameStandardModelWidths() {
        // Gamma-hat_SM of the annihilation integrals (gamma gamma loop sum tabulated) = the decay widths at sin theta = 1
        for (double m = 1e-4; m < 20; m *= 1.37) {
            MediatorDecays d = ScalarDecays.of(m, 1, DarkMatterType.NONE, 0, 0, 0);
            assertRelative(d.visible(), ScalarDecays.smWidthUnitCoupling(m), 1e-3, "m = " + m);
        }
    }

    @ParameterizedTest
    @CsvSource({"0, 0.4982", "0.1, 0.4983", "1.0, 0.5066", "2.0, 0.5322"})
    void bToKScalar(double mS, double brOverSin2) {
        assertRelative(brOverSin2, ScalarProduction.brBToKS(mS, 1e-3) / 1e-6, FORMULA);
    }

    @ParameterizedTest
    @CsvSource({"0, 1.774e-3", "0.1, 1.681e-3", "0.3, 8.30e-4"})
    void kToPiScalar(double mS, double brOverSin2) {
        assertRelative(brOverSin2, ScalarProduction.brKToPiS(mS, 1e-3) / 1e-6, FORMULA);
    }

    @Test
    void seedTalkKaonLimit() {
        assertRelative(2.056e-3, ScalarProduction.brKToPiSSeedTalk(1e-3) / 1e-6, FORMULA);
    }

    @Test
    void mesonDecaysCloseAtTheKinematicLimit() {
        assertEquals(0.0, ScalarProduction.brBToKS(Constants.CHARGED_B_MASS - Constants.CHARGED_KAON_MASS, 1e-3));
        assertEquals(0.0, ScalarProduction.brKToPiS(0.36, 1e-3));
        assertTrue(ScalarProduction.brKToPiS(0.35, 1e-3) > 0);
    }

    @Test
    void invisibleWidthOfDiracDarkMatterIsTheYukawaFormula() {
        // FORMULAS.md 3.1: y^2 m/(8 pi) (1 - 4 m_chi^2/m^2)^(3/2) with y^2 = 4 pi alpha_D
        double m = 0.3;
        double mChi = 0.1;
        double alphaD = 0.2;
        double expected = 4 * Math.PI * alphaD * m / (8 * Math.PI) * Math.pow(1 - 4 * mChi * mChi / (m * m), 1.5);
        assertRelative(expected, ScalarDecays.toDarkMatter(m, DarkMatterType.DIRAC, mChi, 0, alphaD), 1e-12);
        assertRelative(expected / 2, ScalarDecays.toDarkMatter(m, DarkMatterType.MAJORANA, mChi, 0, alphaD), 1e-12);
        assertRelative(expected, ScalarDecays.toDarkMatter(m, DarkMatterType.PSEUDO_DIRAC, mChi, 0, alphaD), 1e-12);
        assertEquals(0.0, ScalarDecays.toDarkMatter(0.19, DarkMatterType.DIRAC, 0.1, 0, alphaD));
    }
}

package org.darkcheck.physics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.darkcheck.physics.DarkMatterType;
import org.darkcheck.physics.constants.Constants;
import org.darkcheck.physics.decay.DarkPhotonDecays;
import org.darkcheck.physics.decay.HadronicRatio;
import org.darkcheck.physics.decay.MediatorDecays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Worked values of shared/physics/FORMULAS.md section 2 (dark photon). */
class DarkPhotonDecaysTest {

    private static void assertRelative(double expected, double actual, double tolerance) {
        assertEquals(expected, actual, Math.abs(expected) * tolerance,
                () -> "expected " + expected + " within " + tolerance + " relative, got " + actual);
    }

    private static MediatorDecays visibleOnly(double m, double epsilon) {
        return DarkPhotonDecays.of(m, epsilon, DarkMatterType.NONE, 0, 0, 0);
    }

    @Test
    void electronWidthAt100MeV() {
        assertRelative(2.432e-10, DarkPhotonDecays.toLeptons(0.100, 1e-3, Constants.ELECTRON_MASS), 1e-3);
    }

    @Test
    void properDecayLengthAt100MeV() {
        assertRelative(8.112e-7, visibleOnly(0.100, 1e-3).ctauMeters(), 1e-3);
    }

    @Test
    void totalWidthAndBranchingRatiosAt500MeV() {
        MediatorDecays d = visibleOnly(0.500, 1e-3);
        assertRelative(3.031e-9, d.total(), 1e-3);
        assertRelative(0.4013, d.brElectrons(), 1e-3);
        assertRelative(0.3961, d.brMuons(), 1e-3);
        assertRelative(0.2026, d.brHadrons(), 1e-2);
    }

    @Test
    void totalWidthAndBranchingRatiosAtTheRho() {
        MediatorDecays d = visibleOnly(0.800, 1e-3);
        assertRelative(1.690e-8, d.total(), 1e-2);
        assertRelative(0.1152, d.brElectrons(), 1e-2);
        assertRelative(0.1149, d.brMuons(), 1e-2);
        assertRelative(0.7699, d.brHadrons(), 1e-2);
    }

    @Test
    void branchingRatiosAt1GeV() {
        MediatorDecays d = visibleOnly(1.000, 1e-3);
        assertRelative(0.3141, d.brElectrons(), 1e-2);
        assertRelative(0.3138, d.brMuons(), 1e-2);
        assertRelative(0.3721, d.brHadrons(), 1e-2);
    }

    @ParameterizedTest
    @CsvSource({"0.3, 0.01705", "0.5, 0.5049", "0.7, 4.926", "0.9, 1.827", "1.0, 1.185", "1.2, 1.033",
        "1.5, 2.240", "2.0, 2.180"})
    void darkCastRRatio(double m, double expected) {
        assertRelative(expected, HadronicRatio.darkCast().darkPhoton(m), 1e-2);
    }

    @Test
    void noHadronsBelowThePiZeroGammaThreshold() {
        assertEquals(0.0, HadronicRatio.darkCast().darkPhoton(0.13), 1e-12);
    }

    @Test
    void visibleWidthAt60MeV() {
        assertRelative(1.459e-10, visibleOnly(0.060, 1e-3).visible(), 1e-3);
    }

    @Test
    void invisibleWidthsAt60MeVFor20MeVDarkMatter() {
        double m = 0.060;
        double mChi = 0.020;
        MediatorDecays dirac = DarkPhotonDecays.of(m, 1e-3, DarkMatterType.DIRAC, mChi, 0, 0.5);
        assertRelative(9.110e-3, dirac.invisible(), 1e-3);
        assertRelative(1.60e-8, dirac.brVisible(), 1e-2);
        MediatorDecays scalar = DarkPhotonDecays.of(m, 1e-3, DarkMatterType.COMPLEX_SCALAR, mChi, 0, 0.5);
        assertRelative(1.035e-3, scalar.invisible(), 1e-3);
        assertRelative(1.41e-7, scalar.brVisible(), 1e-2);
        MediatorDecays majorana = DarkPhotonDecays.of(m, 1e-3, DarkMatterType.MAJORANA, mChi, 0, 0.5);
        assertRelative(2.070e-3, majorana.invisible(), 1e-3);
        assertRelative(7.05e-8, majorana.brVisible(), 1e-2);
        MediatorDecays pseudoDirac = DarkPhotonDecays.of(m, 1e-3, DarkMatterType.PSEUDO_DIRAC, mChi, 0.002, 0.5);
        assertRelative(8.876e-3, pseudoDirac.invisible(), 1e-3);
    }

    @Test
    void pseudoDiracWithoutSplittingIsDirac() {
        double dirac = DarkPhotonDecays.toDarkMatter(0.06, DarkMatterType.DIRAC, 0.02, 0, 0.5);
        double pseudo = DarkPhotonDecays.toDarkMatter(0.06, DarkMatterType.PSEUDO_DIRAC, 0.02, 0, 0.5);
        assertRelative(dirac, pseudo, 1e-12);
    }

    @Test
    void noInvisibleWidthBelowThreshold() {
        assertEquals(0.0, DarkPhotonDecays.toDarkMatter(0.06, DarkMatterType.DIRAC, 0.031, 0, 0.5));
        assertEquals(0.0, DarkPhotonDecays.toDarkMatter(0.06, DarkMatterType.PSEUDO_DIRAC, 0.029, 0.003, 0.5));
    }

    @Test
    void lifetimeAndDecayLengthsAt20MeV() {
        MediatorDecays d = visibleOnly(0.020, 1e-6);
        assertRelative(4.865e-17, d.total(), 1e-3);
        assertRelative(1.353e-8, d.lifetimeSeconds(), 1e-3);
        assertRelative(4.056, d.ctauMeters(), 1e-3);
        assertRelative(2028, d.decayLengthLabMeters(0.020, 10), 1e-3);
    }

    @Test
    void threePhotonWidthBelowTwoElectronMasses() {
        // FORMULAS.md 12: m_V = 100 keV, eps = 1e-12: LO 2.867e-50 GeV, DarkCast form 2.919e-50 GeV
        assertRelative(2.919e-50, DarkPhotonDecays.toThreePhotons(100e-6, 1e-12), 1e-3);
        assertEquals(0.0, DarkPhotonDecays.toThreePhotons(0.002, 1e-3));
    }
}

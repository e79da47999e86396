package org.darkcheck.physics.tests;

import static org.darkcheck.physics.tests.Tolerance.FORMULA;
import static org.darkcheck.physics.tests.Tolerance.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.darkcheck.physics.DarkMatterType;
import org.darkcheck.physics.MediatorType;
import org.darkcheck.physics.constants.Constants;
import org.darkcheck.physics.cosmology.BbnBounds;
import org.darkcheck.physics.cosmology.CmbEnergyInjection;
import org.darkcheck.physics.cosmology.DarkPhotonDarkMatter;
import org.darkcheck.physics.decay.DarkPhotonDecays;
import org.darkcheck.physics.decay.MediatorDecays;
import org.junit.jupiter.api.Test;

/** FORMULAS.md sections 10 (CMB, BBN) and 12 (dark-photon dark matter). */
class CosmologyTest {

    @Test
    void sWaveDiracOnItsThermalLineIsExcludedByTheCmb() {
        // a = 8.263e-26 cm^3/s at 100 MeV: p_ann(f_eff = 1) = 4.13e-25; at 10 MeV a = 7.619e-26: 3.81e-24
        assertRelative(4.13e-25, CmbEnergyInjection.pAnn(DarkMatterType.DIRAC, 0.1, 0, 8.263e-26, 0, 1, 1e4).number(), 2e-3);
        assertRelative(3.81e-24, CmbEnergyInjection.pAnn(DarkMatterType.DIRAC, 0.01, 0, 7.619e-26, 0, 1, 1e4).number(), 2e-3);
        assertTrue(4.13e-25 > CmbEnergyInjection.PLANCK_BOUND);
    }

    @Test
    void pWaveComplexScalarOnItsThermalLineEscapes() {
        // b = 3.806e-25: <v^2> = 3.316e-13, <sigma v>_CMB = 1.262e-37, p_ann(kappa = 1/2) = 6.31e-37
        assertRelative(3.316e-13, CmbEnergyInjection.meanVelocitySquared(0.1, 1e4), FORMULA);
        assertRelative(1.262e-37, 3.806e-25 * CmbEnergyInjection.meanVelocitySquared(0.1, 1e4), FORMULA);
        double p = CmbEnergyInjection.pAnn(DarkMatterType.COMPLEX_SCALAR, 0.1, 0, 0, 3.806e-25, 1, 1e4).number();
        assertRelative(6.31e-37, p, FORMULA);
        assertTrue(p < CmbEnergyInjection.PLANCK_BOUND);
    }

    @Test
    void selfConjugateCountsTwice() {
        double majorana = CmbEnergyInjection.pAnn(DarkMatterType.MAJORANA, 0.1, 0, 1e-26, 0, 1, 1e4).number();
        double dirac = CmbEnergyInjection.pAnn(DarkMatterType.DIRAC, 0.1, 0, 1e-26, 0, 1, 1e4).number();
        assertEquals(2, majorana / dirac, 1e-12);
    }

    @Test
    void pseudoDiracWithLargeSplittingDoesNotAnnihilateAtRecombination() {
        assertEquals(0.0, CmbEnergyInjection.pAnn(DarkMatterType.PSEUDO_DIRAC, 0.1, 1e-3, 1e-24, 0, 1, 1e4).number());
        assertFalse(CmbEnergyInjection.pAnn(DarkMatterType.NONE, 0.1, 0, 1e-24, 0, 1, 1e4).isApplicable());
    }

    @Test
    void photonDepositionEfficiency() {
        assertEquals(0.144, CmbEnergyInjection.fEffPhotons(1.05e-3), 1e-12);
        assertEquals(0.721, CmbEnergyInjection.fEffPhotons(77.2e-3), 1e-12);
        assertEquals(0.872, CmbEnergyInjection.fEffPhotons(1e-7), 1e-12);
        double mid = CmbEnergyInjection.fEffPhotons(Math.sqrt(229e-3 * 662e-3));
        assertEquals((0.629 + 0.451) / 2, mid, 1e-9); // linear in log E
    }

    @Test
    void bbnBounds() {
        assertEquals(3.7e-3, BbnBounds.darkMatterLowerBoundGeV(DarkMatterType.DIRAC, MediatorType.DARK_PHOTON).number());
        assertEquals(3.7e-3, BbnBounds.darkMatterLowerBoundGeV(DarkMatterType.COMPLEX_SCALAR, MediatorType.LMU_LTAU).number());
        assertEquals(0.4e-3, BbnBounds.BBN_ONLY);
        assertFalse(BbnBounds.darkMatterLowerBoundGeV(DarkMatterType.NONE, MediatorType.DARK_PHOTON).isApplicable());
        assertEquals(4, BbnBounds.degreesOfFreedom(DarkMatterType.DIRAC));
        assertEquals(2, BbnBounds.degreesOfFreedom(DarkMatterType.MAJORANA));
        // a dark photon of 20 MeV at eps = 1e-6 lives 1.35e-8 s: fine; at eps = 1e-11: 135 s, too long
        MediatorDecays shortLived = DarkPhotonDecays.of(0.02, 1e-6, DarkMatterType.NONE, 0, 0, 0);
        assertNull(BbnBounds.mediatorProblem(MediatorType.DARK_PHOTON, 0.02, shortLived));
        MediatorDecays longLived = DarkPhotonDecays.of(0.02, 1e-11, DarkMatterType.NONE, 0, 0, 0);
        assertNotNull(BbnBounds.mediatorProblem(MediatorType.DARK_PHOTON, 0.02, longLived));
    }

    @Test
    void darkPhotonDarkMatterLifetime() {
        // m_V = 100 keV, eps = 1e-12: Gamma_LO = 2.867e-50 GeV (DarkCast form 2.919e-50), tau_LO = 2.296e25 s = 5.28e7 t_0
        assertRelative(2.867e-50, DarkPhotonDecays.toThreePhotonsLeadingOrder(100e-6, 1e-12), FORMULA);
        assertRelative(2.919e-50, DarkPhotonDarkMatter.widthThreePhotonsGeV(100e-6, 1e-12).number(), FORMULA);
        double tauLO = Constants.HBAR_GEV_S / DarkPhotonDecays.toThreePhotonsLeadingOrder(100e-6, 1e-12);
        assertRelative(2.296e25, tauLO, FORMULA);
        assertRelative(5.28e7, tauLO / Constants.AGE_OF_UNIVERSE_S, 2e-3);
        // m_V = 1 keV: Gamma = 2.867e-68 GeV, tau = 2.296e43 s
        assertRelative(2.867e-68, DarkPhotonDarkMatter.widthThreePhotonsGeV(1e-6, 1e-12).number(), FORMULA);
        assertRelative(2.296e43, DarkPhotonDarkMatter.lifetimeSeconds(1e-6, 1e-12).number(), FORMULA);
        // m_V = 1 MeV, eps = 1e-13: LO 2.867e-43, DarkCast form 1.448e-42
        assertRelative(2.867e-43, DarkPhotonDecays.toThreePhotonsLeadingOrder(1e-3, 1e-13), FORMULA);
        assertRelative(1.448e-42, DarkPhotonDarkMatter.widthThreePhotonsGeV(1e-3, 1e-13).number(), FORMULA);
        // above 2 m_e the dark photon is not stable dark matter: flagged
        assertFalse(DarkPhotonDarkMatter.widthThreePhotonsGeV(2e-3, 1e-13).isValid());
    }

    @Test
    void leadingOrderFactor() {
        // 2^7 3^6 5^3 pi^3 = 3.617e8, 17/that = 4.7006e-8
        double f = 17 / (Math.pow(2, 7) * Math.pow(3, 6) * Math.pow(5, 3) * Math.pow(Math.PI, 3));
        assertRelative(4.7006e-8, f, 1e-4);
        double m = 1e-5;
        double me = Constants.ELECTRON_MASS;
        assertRelative(f * Math.pow(Constants.ALPHA, 4) * 1e-20 * Math.pow(m, 9) / Math.pow(me, 8),
                DarkPhotonDecays.toThreePhotonsLeadingOrder(m, 1e-10), 1e-10);
    }

    @Test
    void inMediumMixing() {
        double eps = 1e-10;
        double m = 1e-6;
        assertEquals(eps * eps, DarkPhotonDarkMatter.effectiveMixingSquared(eps, m, 0, 0), 1e-30);
        // suppressed as m^4/Pi^2 when the plasma frequency is large
        assertRelative(eps * eps * 1e-8, DarkPhotonDarkMatter.effectiveMixingSquared(eps, m, 1e4 * m * m, 0), 1e-3);
        // resonant when Re Pi = m^2: only Im Pi limits it
        assertRelative(eps * eps * 1e4, DarkPhotonDarkMatter.effectiveMixingSquared(eps, m, m * m, 1e-2 * m * m), 1e-9);
    }
}

package org.darkcheck.physics.tests;

import static org.darkcheck.physics.tests.Tolerance.FORMULA;
import static org.darkcheck.physics.tests.Tolerance.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.darkcheck.physics.DarkMatterType;
import org.darkcheck.physics.MediatorType;
import org.darkcheck.physics.ModelSnapshot;
import org.darkcheck.physics.Value;
import org.darkcheck.physics.constants.Constants;
import org.darkcheck.physics.detection.DirectDetection;
import org.darkcheck.physics.detection.DirectDetection.FormFactor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** FORMULAS.md section 8. */
class DirectDetectionTest {

    private static ModelSnapshot dirac(double mChi, double mA, double eps, double alphaD) {
        return new ModelSnapshot(MediatorType.DARK_PHOTON, mA, eps, DarkMatterType.DIRAC, mChi, 0, alphaD);
    }

    @ParameterizedTest
    @CsvSource({"0.1, 0.3, 1e-3, 0.5, 2.279e-39, 7.200e-35", "0.1, 0.3, 1e-3, 0.1, 4.558e-40, 1.440e-35",
        "0.01, 0.03, 1e-3, 0.5, 2.084e-35, 8.632e-33", "0.01, 0.03, 1e-4, 0.5, 2.084e-37, 8.632e-35",
        "0.03, 0.09, 1e-4, 0.5, 2.748e-39, 9.198e-36", "1, 3, 1e-3, 0.5, 2.300e-43, 2.066e-37",
        "0.1, 0.01, 1e-5, 0.5, 1.846e-37, 5.832e-33"})
    void workedValues(double mChi, double mA, double eps, double alphaD, double sigmaE, double sigmaP) {
        assertRelative(sigmaE, DirectDetection.sigmaElectronCm2(dirac(mChi, mA, eps, alphaD)).number(), FORMULA);
        assertRelative(sigmaP, DirectDetection.sigmaProtonCm2(dirac(mChi, mA, eps, alphaD)).number(), FORMULA);
        assertRelative(sigmaE, DirectDetection.sigmaElectronDarkPhotonCm2(mChi, mA, eps, alphaD), FORMULA);
    }

    @Test
    void thermalLineValueInY() {
        // complex scalar m_chi = 100 MeV, y = 1.6465e-9: sigma_e = 16 pi alpha y mu^2/m^4 = 6.08e-40 cm^2
        double y = 1.6465e-9;
        double eps = Math.sqrt(y * 81 / 0.5);
        ModelSnapshot p = new ModelSnapshot(MediatorType.DARK_PHOTON, 0.3, eps, DarkMatterType.COMPLEX_SCALAR, 0.1, 0, 0.5);
        assertRelative(6.08e-40, DirectDetection.sigmaElectronCm2(p).number(), 2e-3);
    }

    @Test
    void formFactorRegimes() {
        assertEquals(FormFactor.HEAVY_MEDIATOR, DirectDetection.formFactor(0.01));
        assertEquals(FormFactor.LIGHT_MEDIATOR, DirectDetection.formFactor(1e-7));
        assertEquals(FormFactor.INTERMEDIATE, DirectDetection.formFactor(1e-4));
        double q = Constants.ALPHA * Constants.ELECTRON_MASS;
        assertEquals(1.0, DirectDetection.formFactorAt(1e-9, q), 1e-6);
        assertRelative(0.25, DirectDetection.formFactorAt(1e-12, 2 * q), 1e-6); // light: (alpha m_e/q)^2
        Value intermediate = DirectDetection.sigmaElectronCm2(dirac(0.1, 1e-4, 1e-6, 0.5));
        assertFalse(intermediate.isValid(), "intermediate mediator mass must be flagged");
    }

    @Test
    void majoranaAndSplitPseudoDiracAreSuppressed() {
        ModelSnapshot majorana = new ModelSnapshot(MediatorType.DARK_PHOTON, 0.3, 1e-3, DarkMatterType.MAJORANA, 0.1, 0, 0.5);
        assertEquals(0.0, DirectDetection.sigmaElectronCm2(majorana).number());
        assertFalse(DirectDetection.sigmaElectronCm2(majorana).isValid());
        ModelSnapshot split = new ModelSnapshot(MediatorType.DARK_PHOTON, 0.3, 1e-3, DarkMatterType.PSEUDO_DIRAC, 0.1, 1e-4, 0.5);
        assertEquals(0.0, DirectDetection.sigmaProtonCm2(split).number());
        ModelSnapshot tiny = new ModelSnapshot(MediatorType.DARK_PHOTON, 0.3, 1e-3, DarkMatterType.PSEUDO_DIRAC, 0.1, 1e-12, 0.5);
        assertTrue(DirectDetection.sigmaProtonCm2(tiny).number() > 0, "1 meV splitting can be up-scattered");
    }

    @Test
    void inelasticThresholds() {
        // FORMULAS.md 8.3: electrons 1.82 eV; nucleons 3.56e-6 mu (3.56 keV for mu = 1 GeV)
        assertRelative(1.82e-9, DirectDetection.maxInelasticSplitting(Constants.ELECTRON_MASS), 2e-3);
        assertRelative(3.56e-6, DirectDetection.maxInelasticSplitting(1), 2e-3);
    }

    @Test
    void noDarkMatterNotApplicable() {
        assertFalse(DirectDetection.sigmaElectronCm2(ModelSnapshot.darkPhoton(0.1, 1e-3)).isApplicable());
    }

    @Test
    void bMinusLCouplesToProtonsLikeADarkPhotonWithGEqualsEpsE() {
        // x_p = 2 x_u + x_d = g for B - L, e eps for the dark photon: same sigma_p when g = e eps
        double eps = 1e-4;
        ModelSnapshot bl = new ModelSnapshot(MediatorType.B_L, 0.3, eps * Constants.E_CHARGE, DarkMatterType.DIRAC, 0.1, 0, 0.5);
        assertRelative(DirectDetection.sigmaProtonCm2(dirac(0.1, 0.3, eps, 0.5)).number(),
                DirectDetection.sigmaProtonCm2(bl).number(), 1e-12);
    }
}

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
import org.darkcheck.physics.ModelSnapshot;
import org.darkcheck.physics.Value;
import org.darkcheck.physics.annihilation.Annihilation;
import org.darkcheck.physics.annihilation.ThermalAverage;
import org.darkcheck.physics.constants.Constants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Worked values and limits of FORMULAS.md section 6 (annihilation) and 7.2 (thermal average). */
class AnnihilationTest {

    private static final double CM3 = Constants.GEV2_TO_CM3_PER_S;

    private static Annihilation darkPhoton(DarkMatterType kind, double mChi, double ratio, double eps, double alphaD) {
        return Annihilation.of(new ModelSnapshot(MediatorType.DARK_PHOTON, ratio * mChi, eps, kind, mChi, 0, alphaD));
    }

    /** FORMULAS.md 6 table: m_A' = 3 m_chi, alpha_D = 0.5, eps = 1e-3, running width. */
    @ParameterizedTest
    @CsvSource({"COMPLEX_SCALAR, 0.010, 0, 1.427e-22, 1.427e-28, 5.763e-23",
        "MAJORANA, 0.010, 0, 1.427e-22, 1.427e-28, 5.761e-23",
        "DIRAC, 0.010, 8.564e-22, 4.72e-22, 8.564e-22, 9.793e-22",
        "PSEUDO_DIRAC, 0.010, 8.564e-22, 4.72e-22, 8.564e-22, 9.793e-22",
        "COMPLEX_SCALAR, 0.100, 0, 1.427e-24, 1.427e-30, 7.055e-25",
        "MAJORANA, 0.100, 0, 1.427e-24, 1.427e-30, 7.051e-25",
        "DIRAC, 0.100, 8.564e-24, 4.77e-24, 8.564e-24, 1.076e-23",
        "PSEUDO_DIRAC, 0.100, 8.564e-24, 4.77e-24, 8.564e-24, 1.076e-23"})
    void workedValues(DarkMatterType kind, double mChi, double a, double b, double sigmaVToday, double thermalAt20) {
        Annihilation an = darkPhoton(kind, mChi, 3, 1e-3, 0.5);
        if (a == 0) {
            assertTrue(an.a() * CM3 < 1e-9 * b, "p-wave: a ~ 0");
            assertRelative(b, an.b() * CM3, FORMULA);
        } else {
            assertRelative(a, an.a() * CM3, FORMULA);
            assertRelative(b, an.b() * CM3, 0.05); // FORMULAS.md: 5 % for b(Dirac)
        }
        assertRelative(sigmaVToday, an.sigmaV(1e-3) * CM3, FORMULA);
        assertRelative(thermalAt20, new ThermalAverage(an).perPair(20) * CM3, 2e-3);
    }

    @Test
    void closedFormsOfTheElectronChannel() {
        // FORMULAS.md 6.2 closed forms (e+ e- only below 2 m_mu), exact to the running width
        double mChi = 0.010;
        double mA = 0.030;
        double me = Constants.ELECTRON_MASS;
        double pre = 8 * Math.PI * Constants.ALPHA * 0.5 * 1e-6;
        double d2 = (mA * mA - 4 * mChi * mChi) * (mA * mA - 4 * mChi * mChi);
        double bScalar = pre / 3 * (mChi * mChi + me * me / 2) * Math.sqrt(1 - me * me / (mChi * mChi)) / d2;
        double aDirac = pre * (2 * mChi * mChi + me * me) * Math.sqrt(1 - me * me / (mChi * mChi)) / d2;
        assertRelative(1.4273e-22, bScalar * CM3, 1e-4);
        assertRelative(8.5636e-22, aDirac * CM3, 1e-4);
        assertRelative(bScalar, darkPhoton(DarkMatterType.COMPLEX_SCALAR, mChi, 3, 1e-3, 0.5).b(), 1e-3);
        assertRelative(aDirac, darkPhoton(DarkMatterType.DIRAC, mChi, 3, 1e-3, 0.5).a(), 1e-4);
    }

    @Test
    void heavyMediatorLimitInY() {
        // m_A' >> m_chi >> m_e: sigma v -> (8 pi/3) alpha y v^2/m^2 (p-wave) and 16 pi alpha y/m^2 (s-wave)
        double mChi = 0.05;
        double ratio = 1000;
        double eps = 1e-3;
        double alphaD = 0.5;
        double y = eps * eps * alphaD / Math.pow(ratio, 4);
        double v = 1e-3;
        assertRelative(8 * Math.PI / 3 * Constants.ALPHA * y * v * v / (mChi * mChi),
                darkPhoton(DarkMatterType.COMPLEX_SCALAR, mChi, ratio, eps, alphaD).sigmaV(v), 1e-3);
        assertRelative(16 * Math.PI * Constants.ALPHA * y / (mChi * mChi),
                darkPhoton(DarkMatterType.DIRAC, mChi, ratio, eps, alphaD).sigmaV(v), 1e-3);
    }

    @Test
    void finiteRatioFactorOfTheYForm() {
        // (8 pi/3) alpha y/(m^2 (1 - 4/9)^2) = 1.4273e-22 cm^3/s at m_chi = 10 MeV, y = 6.173e-9
        double y = 1e-6 * 0.5 / 81;
        assertRelative(1.4273e-22, 8 * Math.PI / 3 * Constants.ALPHA * y / (1e-4 * Math.pow(1 - 4.0 / 9, 2)) * CM3, 1e-3);
    }

    @Test
    void noAnnihilationBelowThreshold() {
        Annihilation an = darkPhoton(DarkMatterType.DIRAC, 0.1, 3, 1e-3, 0.5);
        assertEquals(0.0, an.sigma(4 * 0.1 * 0.1));
        assertEquals(0.0, an.sigma(0.039));
        assertTrue(an.sigma(0.0401) > 0);
    }

    @Test
    void pseudoDiracWithoutSplittingIsDirac() {
        Annihilation dirac = darkPhoton(DarkMatterType.DIRAC, 0.05, 2.5, 1e-3, 0.3);
        Annihilation pseudo = darkPhoton(DarkMatterType.PSEUDO_DIRAC, 0.05, 2.5, 1e-3, 0.3);
        for (double s : new double[] {0.0101, 0.012, 0.02, 0.05}) {
            assertRelative(dirac.sigma(s), pseudo.sigma(s), 1e-9);
        }
    }

    @Test
    void secludedAnnihilation() {
        // FORMULAS.md 6.4 worked values [cm^3/s]
        assertRelative(3.111e-17, darkPhoton(DarkMatterType.DIRAC, 0.1, 0.5, 1e-3, 0.1).secludedSigmaV().number() * CM3, FORMULA);
        assertRelative(6.417e-17, darkPhoton(DarkMatterType.COMPLEX_SCALAR, 0.1, 0.5, 1e-3, 0.1).secludedSigmaV().number() * CM3, FORMULA);
        assertRelative(3.649e-19, darkPhoton(DarkMatterType.DIRAC, 1, 0.1, 1e-3, 0.1).secludedSigmaV().number() * CM3, FORMULA);
        assertRelative(7.298e-19, darkPhoton(DarkMatterType.COMPLEX_SCALAR, 1, 0.1, 1e-3, 0.1).secludedSigmaV().number() * CM3, FORMULA);
        // massless-mediator limits: Dirac pi alpha^2/m^2, scalar 2 pi alpha^2/m^2
        assertRelative(Math.PI * 0.01, darkPhoton(DarkMatterType.DIRAC, 1, 1e-5, 1e-3, 0.1).secludedSigmaV().number(), 1e-6);
        assertRelative(2 * Math.PI * 0.01, darkPhoton(DarkMatterType.COMPLEX_SCALAR, 1, 1e-5, 1e-3, 0.1).secludedSigmaV().number(), 1e-6);
        // closed when the mediator is heavier than chi; Majorana not provided and flagged
        assertEquals(0.0, darkPhoton(DarkMatterType.DIRAC, 0.1, 3, 1e-3, 0.1).secludedSigmaV().number());
        Value majorana = darkPhoton(DarkMatterType.MAJORANA, 0.1, 0.5, 1e-3, 0.1).secludedSigmaV();
        assertFalse(majorana.isValid());
        assertNotNull(majorana.note());
    }

    @Test
    void resonanceExample() {
        // complex scalar m_chi = 100 MeV, m_A' = 210 MeV, alpha_D = 0.1, eps = 1e-3
        Annihilation an = darkPhoton(DarkMatterType.COMPLEX_SCALAR, 0.1, 2.1, 1e-3, 0.1);
        assertRelative(4.961e-5, an.mediatorWidth(0.21), FORMULA);
        assertRelative(8.70e-21, new ThermalAverage(an).perPair(20) * CM3, 2e-3);
        assertNotNull(an.expansionProblem(), "a + b v^2 must be flagged near the resonance");
        assertNull(darkPhoton(DarkMatterType.COMPLEX_SCALAR, 0.1, 3, 1e-3, 0.1).expansionProblem());
    }

    @Test
    void thermalAverageApproachesTheNonRelativisticExpansion() {
        // far from the resonance and at large x, <sigma v> -> a + 6 b/x (FORMULAS.md 6.2); the Gondolo-Gelmini
        // average differs from it by a relativistic correction of order a/x, so the relative difference must fall
        // like 1/x (five times smaller from x = 2000 to 10000) and stay below 2/x
        Annihilation an = darkPhoton(DarkMatterType.DIRAC, 0.05, 10, 1e-3, 0.5);
        ThermalAverage average = new ThermalAverage(an);
        double d2000 = average.perPair(2000) / (an.a() + 6 * an.b() / 2000) - 1;
        double d10000 = average.perPair(10000) / (an.a() + 6 * an.b() / 10000) - 1;
        assertTrue(Math.abs(d2000) < 2.0 / 2000 && Math.abs(d10000) < 2.0 / 10000, d2000 + ", " + d10000);
        assertEquals(5, d2000 / d10000, 0.5);
        Annihilation scalar = darkPhoton(DarkMatterType.COMPLEX_SCALAR, 0.05, 10, 1e-3, 0.5);
        assertRelative(6 * scalar.b() / 2000, new ThermalAverage(scalar).perPair(2000), 2e-3);
    }

    @Test
    void thermalAverageOfAConstantIsTheConstant() {
        // a pure s-wave sigma v = const averages to itself at any x: check with a mediator far above threshold
        // (sigma v varies by (1 + O(v^2)) only); at x = 1e3 the average must equal a within 1e-4
        Annihilation an = darkPhoton(DarkMatterType.DIRAC, 0.03, 50, 1e-3, 0.5);
        assertRelative(an.a(), new ThermalAverage(an).perPair(1e4), 1e-4);
    }

    @Test
    void otherMediatorsAnnihilateThroughTheirOwnWidths() {
        // L_mu - L_tau below 2 m_mu: chi chibar -> nu nubar and the loop-induced e+ e-. At threshold (s = 4 m^2)
        // Dirac sigma v = 2 g_D^2 (s + 2 m^2)/sqrt(s) g^2 Gamma-hat(sqrt s)/(s - M^2)^2, Gamma-hat from FORMULAS.md 4.1
        double mChi = 0.02;
        double mZ = 0.06;
        double g = 1e-3;
        Annihilation an = Annihilation.of(new ModelSnapshot(MediatorType.LMU_LTAU, mZ, g, DarkMatterType.DIRAC, mChi, 0, 0.5));
        double rootS = 2 * mChi;
        double s = rootS * rootS;
        double xe = org.darkcheck.physics.decay.VectorCouplings.lmuLtauElectron(rootS);
        double r = Constants.ELECTRON_MASS * Constants.ELECTRON_MASS / s;
        double gammaHat = rootS / (12 * Math.PI) * (1 + xe * xe * (1 + 2 * r) * Math.sqrt(1 - 4 * r));
        double expected = 2 * 4 * Math.PI * 0.5 * (s + 2 * mChi * mChi) / rootS * g * g * gammaHat
                / ((s - mZ * mZ) * (s - mZ * mZ));
        assertRelative(expected, an.a(), 1e-4);
    }
}

package org.darkcheck.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.darkcheck.engine.Diagnosis;
import org.darkcheck.engine.Status;
import org.darkcheck.engine.Verdict;
import org.darkcheck.physics.DarkMatterType;
import org.darkcheck.physics.ModelSnapshot;
import org.junit.jupiter.api.Test;

/**
 * The CMB bound on a thermal subcomponent: energy injection goes as n_chi^2, so p_ann is weighed by f^2,
 * f = Omega h^2 / 0.120 (Slatyer, arXiv:1506.03811, eq. 2), when the model says chi is not all of the dark matter.
 */
class CmbFractionTest {

    private static final String CMB = "CMB-PLANCK-2018-PANN";

    @Test
    void aThermalSubcomponentIsWeighedByItsFractionSquared() {
        // Dirac chi of 20 MeV through a 60 MeV dark photon with eps = 1e-3: far above its thermal target, Omega h^2 << 0.12
        ModelSnapshot all = ModelSnapshot.darkPhoton(0.06, 1e-3).withDarkMatter(DarkMatterType.DIRAC, 0.02, 0, 0.5)
                .withAssumptions(false, true, true);
        ModelSnapshot part = all.withAssumptions(false, false, true);
        Diagnosis dAll = BuiltInEngine.get().check(all);
        Diagnosis dPart = BuiltInEngine.get().check(part);
        Verdict vAll = dAll.verdict(CMB).orElseThrow();
        Verdict vPart = dPart.verdict(CMB).orElseThrow();
        double omega = dPart.derived().omegaH2().number();
        assertTrue(omega < 0.01, "the model is under-abundant: Omega h^2 = " + omega);
        double f = omega / 0.120;
        assertEquals(Status.EXCLUDED, vAll.status(), vAll.reason());
        assertEquals(vAll.r() * f * f, vPart.r(), 1e-9 * vAll.r() * f * f, vPart.reason());
        assertTrue(vPart.reason().startsWith("Chi is a fraction f = "), vPart.reason());
    }
}

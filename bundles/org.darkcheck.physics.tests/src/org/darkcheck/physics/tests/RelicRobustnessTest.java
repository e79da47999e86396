package org.darkcheck.physics.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.darkcheck.physics.DarkMatterType;
import org.darkcheck.physics.MediatorType;
import org.darkcheck.physics.ModelSnapshot;
import org.darkcheck.physics.Value;
import org.darkcheck.physics.relic.RelicAbundance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The relic solver over a grid of every mediator, kind, mass, ratio and coupling:
 * it never throws and never returns a silent non-finite number; outside its range it says so.
 */
class RelicRobustnessTest {

    @ParameterizedTest
    @EnumSource(MediatorType.class)
    void gridOfModels(MediatorType mediator) {
        for (DarkMatterType kind : new DarkMatterType[] {DarkMatterType.COMPLEX_SCALAR, DarkMatterType.MAJORANA,
            DarkMatterType.DIRAC, DarkMatterType.PSEUDO_DIRAC}) {
            for (double mChi : new double[] {3e-4, 2e-3, 0.02, 0.2, 1.0, 4.0}) {
                for (double ratio : new double[] {0.5, 1.5, 2.05, 3}) {
                    for (double coupling : new double[] {1e-7, 1e-3}) {
                        ModelSnapshot p = new ModelSnapshot(mediator, ratio * mChi, coupling, kind, mChi,
                                kind == DarkMatterType.PSEUDO_DIRAC ? 1e-5 : 0, 0.3);
                        Value omega = assertDoesNotThrow(() -> RelicAbundance.of(p).omegaH2(), p::toString);
                        assertTrue(omega.isValid() ? Double.isFinite(omega.number()) && omega.number() > 0
                                : omega.note() != null, p + " -> " + omega);
                    }
                }
            }
        }
    }

    @Test
    void throughTheQcdTransitionWithAWeakCoupling() {
        // Y_eq grows with x where g_*s falls fast (T ~ 150 MeV): no quasi-static solution there; the solver must
        // start out of equilibrium instead of failing (this point once threw)
        ModelSnapshot p = new ModelSnapshot(MediatorType.DARK_SCALAR, 1.156853, 2.011e-6, DarkMatterType.DIRAC, 0.3134, 0, 0.1078);
        Value omega = RelicAbundance.of(p).omegaH2();
        assertTrue(Double.isFinite(omega.number()) && omega.number() > 1, omega.toString());
    }

    @Test
    void thermalTargetsAcrossRatios() {
        for (double ratio : new double[] {1.2, 2.02, 2.2, 5, 20}) {
            ModelSnapshot p = new ModelSnapshot(MediatorType.DARK_PHOTON, ratio * 0.05, 1e-4, DarkMatterType.COMPLEX_SCALAR, 0.05, 0, 0.5);
            RelicAbundance.ThermalTarget t = assertDoesNotThrow(() -> RelicAbundance.thermalTarget(p));
            assertTrue(t.coupling().number() > 0 && t.coupling().number() < 1, ratio + ": " + t.coupling());
        }
    }
}

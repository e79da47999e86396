package org.darkcheck.physics.tests;

import static org.darkcheck.physics.tests.Tolerance.FORMULA;
import static org.darkcheck.physics.tests.Tolerance.assertRelative;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.darkcheck.physics.MediatorType;
import org.darkcheck.physics.constants.Constants;
import org.darkcheck.physics.loops.MagneticMoments;
import org.junit.jupiter.api.Test;

/** FORMULAS.md section 11. */
class MagneticMomentsTest {

    private static final double ME = Constants.ELECTRON_MASS;
    private static final double MMU = Constants.MUON_MASS;

    @Test
    void darkPhoton() {
        assertRelative(1.960e-12, MagneticMoments.of(MediatorType.DARK_PHOTON, 0.010, 1e-3, ME).number(), FORMULA);
        assertRelative(9.090e-10, MagneticMoments.of(MediatorType.DARK_PHOTON, 0.010, 1e-3, MMU).number(), FORMULA);
        assertRelative(2.020e-14, MagneticMoments.of(MediatorType.DARK_PHOTON, 0.100, 1e-3, ME).number(), FORMULA);
        assertRelative(2.571e-10, MagneticMoments.of(MediatorType.DARK_PHOTON, 0.100, 1e-3, MMU).number(), FORMULA);
    }

    @Test
    void lmuLtau() {
        assertRelative(7.009e-8, MagneticMoments.of(MediatorType.LMU_LTAU, 0.100, 5e-3, MMU).number(), FORMULA);
        assertRelative(2.478e-7, MagneticMoments.of(MediatorType.LMU_LTAU, 0.010, 5e-3, MMU).number(), FORMULA);
        // the electron couples only through the loop: suppressed by (x_e/g)^2 ~ 2e-5
        double e = MagneticMoments.of(MediatorType.LMU_LTAU, 0.100, 5e-3, ME).number();
        assertTrue(e > 0 && e < 1e-15, "Delta a_e = " + e);
    }

    @Test
    void darkHiggsAndScalar() {
        assertRelative(1.337e-23, MagneticMoments.of(MediatorType.DARK_SCALAR, 0.100, 1e-3, ME).number(), FORMULA);
        assertRelative(1.214e-15, MagneticMoments.of(MediatorType.DARK_SCALAR, 0.100, 1e-3, MMU).number(), FORMULA);
        assertRelative(6.594e-9, MagneticMoments.scalar(1e-3, 0.100, MMU), FORMULA);
    }

    @Test
    void limits() {
        double alpha = Constants.ALPHA;
        // light vector: alpha eps^2/(2 pi) = 1.1614e-9 at eps = 1e-3
        assertRelative(1.1614e-9, MagneticMoments.vector(1e-3 * Constants.E_CHARGE, 1e-9, MMU), 1e-4);
        // heavy vector for e at M = 100 MeV: (alpha_g/2pi)(2 m^2/(3 M^2)) = 2.0218e-14 (exact 2.0204e-14)
        assertRelative(2.0218e-14, alpha * 1e-6 / (2 * Math.PI) * 2 * ME * ME / (3 * 0.01), 1e-4);
        assertRelative(2.0204e-14, MagneticMoments.vector(1e-3 * Constants.E_CHARGE, 0.1, ME), 2e-4);
        // scalar: light (3/2) y^2/(8 pi^2); heavy (y^2/8pi^2)(m^2/M^2)[ln(M^2/m^2) - 7/6]
        double y = 1e-3;
        assertRelative(1.5 * y * y / (8 * Math.PI * Math.PI), MagneticMoments.scalar(y, 1e-9, MMU), 1e-4);
        double r = 1e6;
        double heavy = y * y / (8 * Math.PI * Math.PI) / r * (Math.log(r) - 7.0 / 6);
        assertRelative(heavy, MagneticMoments.scalar(y, MMU * 1e3, MMU), 1e-3);
    }

    @Test
    void quadratureMatchesAdaptiveReference() {
        for (double lr = -10; lr <= 10; lr += 0.5) {
            double m = MMU * Math.pow(10, lr / 2);
            assertRelative(MagneticMoments.vectorReference(1, m, MMU), MagneticMoments.vector(1, m, MMU), 1e-5, "vector r=1e" + lr);
            assertRelative(MagneticMoments.scalarReference(1, m, MMU), MagneticMoments.scalar(1, m, MMU), 1e-5, "scalar r=1e" + lr);
        }
    }
}

package org.darkcheck.physics.tests;

import static org.darkcheck.physics.tests.Tolerance.FORMULA;
import static org.darkcheck.physics.tests.Tolerance.assertRelative;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.darkcheck.physics.Value;
import org.darkcheck.physics.constants.Constants;
import org.darkcheck.physics.dynamics.DarkSectorDynamics;
import org.junit.jupiter.api.Test;

/** FORMULAS.md section 13. */
class DarkSectorDynamicsTest {

    @Test
    void sommerfeld() {
        // m_chi = 1 GeV, m_V = 10 MeV
        assertRelative(13.61, DarkSectorDynamics.sommerfeld(0.01, 1, 0.01, 1e-3), FORMULA);
        assertRelative(31.42, DarkSectorDynamics.sommerfeldCoulomb(0.01, 1e-3), FORMULA);
        assertRelative(59.98, DarkSectorDynamics.sommerfeld(0.1, 1, 0.01, 1e-3), FORMULA);
        assertRelative(314.2, DarkSectorDynamics.sommerfeldCoulomb(0.1, 1e-3), FORMULA);
        assertRelative(1.609, DarkSectorDynamics.sommerfeld(0.1, 1, 0.01, 0.3), FORMULA);
        assertRelative(1.613, DarkSectorDynamics.sommerfeldCoulomb(0.1, 0.3), FORMULA);
        // scale invariance: m_chi = 100 GeV, m_V = 1 GeV
        assertRelative(13.61, DarkSectorDynamics.sommerfeld(0.01, 100, 1, 1e-3), FORMULA);
    }

    @Test
    void sommerfeldLimits() {
        // massless mediator = Coulomb; heavy mediator (eps_phi large) -> no enhancement
        assertRelative(DarkSectorDynamics.sommerfeldCoulomb(0.05, 1e-3), DarkSectorDynamics.sommerfeld(0.05, 1, 1e-12, 1e-3), 1e-6);
        assertRelative(1, DarkSectorDynamics.sommerfeld(0.01, 1, 10, 0.1), 0.02);
    }

    @Test
    void boundStates() {
        assertTrue(DarkSectorDynamics.boundStatesExist(0.5, 3.5, 0.3));
        assertFalse(DarkSectorDynamics.boundStatesExist(0.1, 1, 0.1));
        assertFalse(DarkSectorDynamics.wavefunctionAtOrigin(0.1, 1, 0.1).isApplicable());
        // Coulomb limit of R(0): 2 a0^(-3/2)
        double a0 = 2 / (0.5 * 3.5);
        assertRelative(2 * Math.pow(a0, -1.5), DarkSectorDynamics.wavefunctionAtOrigin(0.5, 3.5, 1e-12).number(), 1e-9);
    }

    @Test
    void selfInteractionBorn() {
        // alpha_D = 1e-3, m_chi = 1 GeV, m_V = 30 MeV: 1000 km/s sigma_T = 15.26 GeV^-2, 3.334e-3 cm^2/g; 30 km/s 3.389e-3
        double c = Constants.SPEED_OF_LIGHT_M_PER_S / 1000;
        assertRelative(15.26, DarkSectorDynamics.transferCrossSection(1e-3, 1, 0.03, 1000 / c).number(), FORMULA);
        assertRelative(3.334e-3, DarkSectorDynamics.transferCrossSectionPerMassCm2PerG(1e-3, 1, 0.03, 1000).number(), FORMULA);
        assertRelative(3.389e-3, DarkSectorDynamics.transferCrossSectionPerMassCm2PerG(1e-3, 1, 0.03, 30).number(), FORMULA);
        assertRelative(7.00e-4, DarkSectorDynamics.transferCrossSectionPerMassCm2PerG(1e-4, 10, 0.01, 1000).number(), 2e-3);
        assertRelative(4578.2, Constants.CM2_PER_G_IN_GEV3, 1e-4);
    }

    @Test
    void selfInteractionLowVelocityLimitAndBornRegime() {
        // sigma_T -> 4 pi alpha^2 m^2/m_V^4
        double alpha = 1e-3;
        assertRelative(4 * Math.PI * alpha * alpha / Math.pow(0.03, 4),
                DarkSectorDynamics.transferCrossSection(alpha, 1, 0.03, 1e-9).number(), 1e-6);
        Value outside = DarkSectorDynamics.transferCrossSection(0.1, 10, 0.01, 1e-3);
        assertFalse(outside.isValid(), "alpha_D m/m_V = 100: outside the Born regime");
    }
}

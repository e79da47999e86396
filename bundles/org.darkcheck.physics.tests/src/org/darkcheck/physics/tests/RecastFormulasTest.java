package org.darkcheck.physics.tests;

import static org.darkcheck.physics.tests.Tolerance.FORMULA;
import static org.darkcheck.physics.tests.Tolerance.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.darkcheck.physics.MediatorType;
import org.darkcheck.physics.constants.Constants;
import org.darkcheck.physics.recast.RecastFormulas;
import org.darkcheck.physics.recast.RecastFormulas.Mechanism;
import org.junit.jupiter.api.Test;

/** FORMULAS.md section 9. */
class RecastFormulasTest {

    @Test
    void invisibleLimitInTheYPlane() {
        // eps_lim = 1e-4 at m_A' = 30 MeV, alpha_D = 0.5, m_A' = 3 m_chi: y_lim(10 MeV) = 6.173e-11; alpha_D = 0.1: 1.235e-11
        assertRelative(6.173e-11, RecastFormulas.yFromEpsilon(1e-4, 0.5, 3), FORMULA);
        assertRelative(1.235e-11, RecastFormulas.yFromEpsilon(1e-4, 0.1, 3), FORMULA);
        assertRelative(1e-4, RecastFormulas.epsilonFromY(6.173e-11, 0.5, 3), FORMULA);
    }

    @Test
    void rescalingYLimitsWithAlphaD() {
        assertRelative(1.235e-11, RecastFormulas.rescaleMissingEnergyY(6.173e-11, 0.5, 0.1), FORMULA);
        // production and scattering: y ~ sqrt(alpha_D); smaller alpha_D gives a stronger limit
        double y = RecastFormulas.rescaleScatteringY(1e-10, 0.5, 0.05);
        assertRelative(1e-10 * Math.sqrt(0.1), y, 1e-12);
    }

    @Test
    void pionDecayProductionPerUnitCoupling() {
        // pi0 -> gamma X at m -> 0: both the dark photon (e/12) and B - L (g/12) amplitudes
        double e = Constants.E_CHARGE;
        assertRelative(e * e / 144, RecastFormulas.mesonDecayProduction(RecastFormulas.T_PI0, MediatorType.DARK_PHOTON, 1e-6), 1e-6);
        assertRelative(1.0 / 144, RecastFormulas.mesonDecayProduction(RecastFormulas.T_PI0, MediatorType.B_L, 1e-6), 1e-6);
    }

    @Test
    void breitWignerTendsToOneAndPeaksAtTheResonance() {
        double[][] rho = {{1, Constants.CHARGED_PION_MASS, Constants.CHARGED_PION_MASS}};
        double[] low = RecastFormulas.breitWigner(Constants.RHO_MASS, Constants.RHO_WIDTH, rho, 1e-6);
        assertEquals(1, low[0], 1e-9);
        assertEquals(0, low[1], 1e-9);
        double[] peak = RecastFormulas.breitWigner(Constants.RHO_MASS, Constants.RHO_WIDTH, rho, Constants.RHO_MASS);
        // on the pole: |BW| = m_V/Gamma_V (k = 1)
        assertRelative(Constants.RHO_MASS / Constants.RHO_WIDTH, Math.hypot(peak[0], peak[1]), 1e-9);
    }

    @Test
    void productionRatiosPerMechanism() {
        double e = Constants.E_CHARGE;
        assertRelative(e * e, RecastFormulas.production(Mechanism.ELECTRON, MediatorType.DARK_PHOTON, 0.1), 1e-12);
        assertRelative(1, RecastFormulas.production(Mechanism.ELECTRON, MediatorType.B_L, 0.1), 1e-12);
        assertRelative(1, RecastFormulas.production(Mechanism.MUON, MediatorType.LMU_LTAU, 0.1), 1e-12);
        // proton bremsstrahlung: (2 x_u + x_d)^2 = e^2 for the dark photon, g^2 for B - L
        assertRelative(e * e, RecastFormulas.production(Mechanism.PROTON_BREMSSTRAHLUNG, MediatorType.DARK_PHOTON, 0.1), 1e-12);
        assertRelative(1, RecastFormulas.production(Mechanism.PROTON_BREMSSTRAHLUNG, MediatorType.B_L, 0.1), 1e-12);
    }

    @Test
    void couplingLimits() {
        // prompt: equal production and BR -> same limit; a model with half the BR needs sqrt 2 more coupling
        assertRelative(1e-4, RecastFormulas.promptCouplingLimit(1e-4, 1, 0.5, 1, 0.5), 1e-12);
        assertRelative(Math.sqrt(2) * 1e-4, RecastFormulas.promptCouplingLimit(1e-4, 1, 0.5, 1, 0.25), 1e-12);
        assertRelative(2e-4, RecastFormulas.invisibleCouplingLimit(1e-4, 1, 1, 0.25), 1e-12);
        assertRelative(1e-4, RecastFormulas.lifetimeWindowUpperEdge(2e-4, 1, 4), 1e-12);
        double acc = RecastFormulas.acceptance(1, 2, 1);
        assertRelative(Math.exp(-1) - Math.exp(-2), acc, 1e-12);
        assertTrue(RecastFormulas.acceptance(0, Double.POSITIVE_INFINITY, 3) == 1);
    }
}

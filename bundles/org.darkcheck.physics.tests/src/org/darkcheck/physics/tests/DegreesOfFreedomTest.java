package org.darkcheck.physics.tests;

import static org.darkcheck.physics.tests.Tolerance.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.darkcheck.physics.relic.DegreesOfFreedom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** FORMULAS.md 7.4: the g_*(T), g_*s(T) table and its Akima interpolant. */
class DegreesOfFreedomTest {

    private final DegreesOfFreedom dof = DegreesOfFreedom.standardModel();

    /** The rows below 1 MeV, computed here from the ideal gas, against FORMULAS.md's own computation. */
    @ParameterizedTest
    @CsvSource({"1e-6, 3.363, 3.909", "3e-5, 3.363, 3.909", "5e-5, 3.385, 3.930", "7e-5, 3.571, 4.101", "1e-4, 4.301, 4.780",
        "1.5e-4, 5.949, 6.302", "2e-4, 7.310, 7.547", "3e-4, 8.885, 8.989", "5e-4, 10.01, 10.03", "7e-4, 10.36, 10.37"})
    void idealGasBelowOneMeV(double t, double gStar, double gStarS) {
        assertRelative(gStar, dof.gStar(t), 1e-3);
        assertRelative(gStarS, dof.gStarS(t), 1e-3);
    }

    /** The lattice rows (Borsanyi et al. 2016 Table S2), converted as in FORMULAS.md. */
    @ParameterizedTest
    @CsvSource({"1.000e-3, 10.71, 10.69", "3.981e-2, 13.68, 13.39", "1.000e-1, 17.61, 17.21", "1.585e-1, 29.84, 27.74",
        "1.000e0, 73.48, 72.20", "1.000e2, 102.17, 101.41", "2.818e2, 104.98, 104.96"})
    void latticeRows(double t, double gStar, double gStarS) {
        assertRelative(gStar, dof.gStar(t), 1e-3);
        assertRelative(gStarS, dof.gStarS(t), 1e-3);
    }

    @Test
    void interpolantWorkedValues() {
        assertRelative(3.341, dof.sqrtGStarEffective(0.3e-3), 1e-3);
        assertRelative(0.3237, dof.dLnGStarSdLnT(0.3e-3), 1e-3);
        assertRelative(3.281, dof.sqrtGStarEffective(10e-3), 1e-3);
        assertRelative(7.790, dof.sqrtGStarEffective(150e-3), 1e-3);
    }

    @Test
    void limitsOfTheIdealGas() {
        // T >> m_e: photons 2 + e+- 3.5 + three neutrinos 5.25 = 10.75; T << m_e: 2 + 5.25 (4/11)^(4/3), 2 + 5.25 (4/11)
        double[] hot = DegreesOfFreedom.idealGas(0.5);
        assertEquals(10.75, hot[0], 1e-4);
        assertEquals(10.75, hot[1], 1e-4);
        double[] cold = DegreesOfFreedom.idealGas(1e-6);
        assertEquals(2 + 5.25 * Math.pow(4.0 / 11, 4.0 / 3), cold[0], 1e-4);
        assertEquals(2 + 5.25 * 4.0 / 11, cold[1], 1e-4);
    }

    @Test
    void clampedOutsideTheTable() {
        assertEquals(dof.gStar(1e-6), dof.gStar(1e-9), 1e-12);
        assertEquals(dof.gStarS(281.8), dof.gStarS(1e4), 1e-3);
        assertEquals(0.0, dof.dLnGStarSdLnT(1e4));
    }
}

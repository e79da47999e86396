package org.darkcheck.physics.tests;

import static org.darkcheck.physics.tests.Tolerance.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.darkcheck.physics.Value;
import org.darkcheck.physics.math.Bessel;
import org.darkcheck.physics.math.GaussKronrod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The numerical building blocks: Bessel K, Gauss-Kronrod, and the validity-flagged Value. */
class NumericsTest {

    /** K_1, K_2 reference values (Abramowitz and Stegun Table 9.8; scipy.special.kv). */
    @ParameterizedTest
    @CsvSource({"0.1, 9.853844780870606, 199.5039646421141", "1, 0.6019072301972346, 1.6248388986351774",
        "2, 0.13986588181652246, 0.2537597545660559", "5, 0.004044613445452164, 0.00530894371222346",
        "10, 1.8648773453825585e-05, 2.1509817006932767e-05", "20, 5.883057969557037e-10, 6.329543612292227e-10",
        "100, 4.67985373563691e-45, 4.750225303888641e-45"})
    void besselK(double x, double k1, double k2) {
        assertRelative(k1, Bessel.k1(x), 3e-7);
        assertRelative(k2, Bessel.k2(x), 3e-7);
    }

    @Test
    void scaledBesselStaysFiniteAtLargeArgument() {
        // e^x K_nu(x) -> sqrt(pi/(2x)) (1 + (4 nu^2 - 1)/(8x)) for large x
        double x = 5000;
        assertRelative(Math.sqrt(Math.PI / (2 * x)) * (1 + 3.0 / (8 * x)), Bessel.k1e(x), 1e-6);
        assertRelative(Math.sqrt(Math.PI / (2 * x)) * (1 + 15.0 / (8 * x)), Bessel.k2e(x), 1e-6);
    }

    @Test
    void gaussKronrodHandlesPeaksAndEndpoints() {
        // a narrow Lorentzian and a square-root endpoint
        double w = 1e-3;
        GaussKronrod.Result r = GaussKronrod.integrate(x -> w / (Math.PI * (x * x + w * w)), -1, 1, 1e-8, 0);
        assertRelative(2 / Math.PI * Math.atan(1 / w), r.value(), 1e-7);
        assertTrue(r.converged());
        assertRelative(2.0 / 3, GaussKronrod.integrate(Math::sqrt, 0, 1, 1e-9, 0).value(), 1e-8);
    }

    @Test
    void valuesAreNeverSilentlyNotFinite() {
        Value nan = Value.of(Double.NaN);
        assertFalse(nan.isValid());
        assertTrue(nan.note().contains("NaN"));
        Value inf = Value.of(Double.POSITIVE_INFINITY);
        assertEquals(Value.Status.OUT_OF_VALIDITY, inf.status());
        assertNull(inf.orNull());
        Value na = Value.notApplicable("no dark matter");
        assertFalse(na.isApplicable());
        assertNull(na.orNull());
        assertThrows(IllegalArgumentException.class, () -> Value.outOfValidity(1, " "));
        Value ok = Value.of(2).flag("beyond the range");
        assertEquals(2, ok.number());
        assertEquals("beyond the range", ok.note());
        assertEquals(4, Value.of(2).map(x -> 2 * x).number());
    }
}

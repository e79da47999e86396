package org.darkcheck.physics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Relative comparisons with the worked values of shared/physics/FORMULAS.md. */
final class Tolerance {

    /** FORMULAS.md's default: 1e-3 relative. */
    static final double FORMULA = 1e-3;
    /** Interpolated hadronic data and ODE solutions: 1e-2. */
    static final double DATA = 1e-2;

    private Tolerance() {
    }

    static void assertRelative(double expected, double actual, double tolerance) {
        assertEquals(expected, actual, Math.abs(expected) * tolerance,
                () -> "expected " + expected + " within " + tolerance + " relative, got " + actual);
    }

    static void assertRelative(double expected, double actual, double tolerance, String what) {
        assertEquals(expected, actual, Math.abs(expected) * tolerance,
                () -> what + ": expected " + expected + " within " + tolerance + " relative, got " + actual);
    }
}

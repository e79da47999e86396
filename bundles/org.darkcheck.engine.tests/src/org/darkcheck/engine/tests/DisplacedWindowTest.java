package org.darkcheck.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.darkcheck.engine.recast.DisplacedWindow;
import org.junit.jupiter.api.Test;

/** The lifetime-window recast of beam-dump bands (FORMULAS.md 9.2). */
class DisplacedWindowTest {

    /** Gamma(A' -> e+ e-) per unit eps^2 at 20 MeV [GeV]: alpha m/3 (1 + 2r) sqrt(1 - 4r). */
    private static final double WIDTH_UNIT = 0.020 / (3 * 137.035999084) * (1 + 2 * 6.53e-4) * Math.sqrt(1 - 4 * 6.53e-4);

    @Test
    void withoutAnInvisibleWidthTheModelIsThePublishedDarkPhoton() {
        for (double lengthRatio : new double[] {0.07, 1, 1.14}) {
            double[] band = DisplacedWindow.band(3.3e-8, 1.9e-5, WIDTH_UNIT, 0, lengthRatio);
            assertEquals(3.3e-8, band[0], 3.3e-8 * 1e-3, "lower edge, L = " + lengthRatio);
            assertEquals(1.9e-5, band[1], 1.9e-5 * 1e-3, "upper edge, L = " + lengthRatio);
        }
    }

    @Test
    void theBandShrinksAsTheInvisibleWidthGrowsAndThenCloses() {
        double gammaUp = WIDTH_UNIT * 1.9e-5 * 1.9e-5;
        double previousLower = 0;
        double previousUpper = Double.POSITIVE_INFINITY;
        for (double fraction : new double[] {1e-9, 1e-6, 1e-3, 1e-2, 0.1}) {
            double[] band = DisplacedWindow.band(3.3e-8, 1.9e-5, WIDTH_UNIT, fraction * gammaUp, 1.14);
            assertTrue(band != null, "a band survives an invisible width of " + fraction + " Gamma(eps1)");
            assertTrue(band[0] >= previousLower * 0.999 && band[1] <= previousUpper * 1.001,
                    "the band does not widen at " + fraction);
            previousLower = band[0];
            previousUpper = band[1];
        }
        // the window opens at t0 = 22.2 tau(eps1) (solved independently in Python/scipy for this test);
        // once the invisible width alone makes the lifetime shorter than ~t0/22 no coupling gives enough decays
        assertNull(DisplacedWindow.band(3.3e-8, 1.9e-5, WIDTH_UNIT, 1.0 * gammaUp, 1.14),
                "an invisible width equal to the upper edge's total width leaves no band");
    }
}

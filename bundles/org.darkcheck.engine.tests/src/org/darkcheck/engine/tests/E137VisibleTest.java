package org.darkcheck.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.darkcheck.engine.Status;
import org.darkcheck.engine.Verdict;
import org.darkcheck.physics.DarkMatterType;
import org.darkcheck.physics.ModelSnapshot;
import org.junit.jupiter.api.Test;

/**
 * E137-2012-VISIBLE (arXiv:1209.6083), a two-sided band. At 20 MeV the file
 * darkcast/limits/E137_Andreas2012mt.lmt gives lower ~3.30e-8 and upper ~1.91e-5
 * (between 19.242 MeV and 20.858 MeV, read by hand).
 */
class E137VisibleTest {

    private static final String ID = "E137-2012-VISIBLE";

    private static Verdict verdict(ModelSnapshot model) {
        return BuiltInEngine.get().check(model).verdict(ID).orElseThrow();
    }

    @Test
    void excludesInsideTheBandWhereTheUpperEdgeDecides() {
        Verdict v = verdict(ModelSnapshot.darkPhoton(0.020, 1e-6));
        assertEquals(Status.EXCLUDED, v.status());
        assertEquals(19.1, v.r(), 0.4);
        assertEquals(1.91e-5, v.limitUpper(), 0.03e-5);
        assertEquals(3.30e-8, v.limit(), 0.03e-8);
    }

    @Test
    void excludesInsideTheBandWhereTheLowerEdgeDecides() {
        Verdict v = verdict(ModelSnapshot.darkPhoton(0.020, 1e-7));
        assertEquals(Status.EXCLUDED, v.status());
        assertEquals(1e-7 / 3.30e-8, v.r(), 0.05);
    }

    @Test
    void allowsAboveTheBand() {
        Verdict v = verdict(ModelSnapshot.darkPhoton(0.020, 1e-3));
        assertEquals(Status.ALLOWED, v.status());
        assertEquals(1.91e-5 / 1e-3, v.r(), 0.001);
        assertTrue(v.reason().contains("above"), v.reason());
    }

    @Test
    void allowsBelowTheBand() {
        Verdict v = verdict(ModelSnapshot.darkPhoton(0.020, 1e-8));
        assertEquals(Status.ALLOWED, v.status());
        assertEquals(1e-8 / 3.30e-8, v.r(), 0.01);
        assertTrue(v.reason().contains("below"), v.reason());
    }

    @Test
    void excludesNothingWhenTheAPrimeDecaysToDarkMatterBeforeTheDetector() {
        // Gamma_inv ~ 3e-3 GeV dwarfs the A' width at the upper edge (~1e-16 GeV): no coupling leaves a band
        ModelSnapshot invisible = ModelSnapshot.darkPhoton(0.020, 1e-6).withDarkMatter(DarkMatterType.DIRAC, 0.005, 0, 0.5);
        Verdict v = verdict(invisible);
        assertEquals(Status.ALLOWED, v.status());
        assertEquals(0.0, v.r());
        assertTrue(v.reason().contains("invisible width"), v.reason());
    }

    @Test
    void aTinyInvisibleWidthKeepsTheBandAndALargerOneNarrowsIt() {
        double gammaUp = DarkPhotonWidth.visible(0.020, 1.91e-5);
        // 1e-9 of the upper edge's width: the lifetime is unchanged -> band as published
        Verdict tiny = BuiltInEngine.get().check(ModelSnapshot.darkPhoton(0.020, 1e-6).withDarkMatter(DarkMatterType.DIRAC,
                0.005, 0, alphaDForInvisibleWidth(0.020, 0.005, 1e-9 * gammaUp))).verdict(ID).orElseThrow();
        assertEquals(3.30e-8, tiny.limit(), 0.1e-8);
        assertEquals(1.91e-5, tiny.limitUpper(), 0.05e-5);
        // 3e-5 of it (ten times the lower edge's visible width) while the A' still lives far longer than the
        // window start: visible decays in the volume go as BR_vis * Gamma_tot = Gamma_vis, so the lower edge stays
        Verdict longLived = BuiltInEngine.get().check(ModelSnapshot.darkPhoton(0.020, 1e-6).withDarkMatter(DarkMatterType.DIRAC,
                0.005, 0, alphaDForInvisibleWidth(0.020, 0.005, 3e-5 * gammaUp))).verdict(ID).orElseThrow();
        assertEquals(3.30e-8, longLived.limit(), 0.05e-8);
        // 10 % of it: the lifetime approaches the window start, both edges move in. Expected edges solved
        // independently (Python/scipy, eqs. of FORMULAS.md 9.2 with L = 1): 7.26e-8 and 1.80e-5
        Verdict narrowed = BuiltInEngine.get().check(ModelSnapshot.darkPhoton(0.020, 1e-6).withDarkMatter(DarkMatterType.DIRAC,
                0.005, 0, alphaDForInvisibleWidth(0.020, 0.005, 0.1 * gammaUp))).verdict(ID).orElseThrow();
        assertEquals(7.26e-8, narrowed.limit(), 7.26e-8 * 0.05);
        assertEquals(1.80e-5, narrowed.limitUpper(), 1.80e-5 * 0.02);
    }

    @Test
    void appliesWhenTheDarkMatterIsTooHeavyForTheAPrimeToDecayIntoIt() {
        ModelSnapshot visible = ModelSnapshot.darkPhoton(0.020, 1e-6).withDarkMatter(DarkMatterType.DIRAC, 0.015, 0, 0.5);
        assertEquals(Status.EXCLUDED, verdict(visible).status());
    }

    @Test
    void overallIsExcludedByALimit() {
        assertEquals(Status.EXCLUDED, BuiltInEngine.get().check(ModelSnapshot.darkPhoton(0.020, 1e-6)).overall());
    }

    /** Gamma(A' -> Dirac pair) = alpha_D m/3 (1 + 2r) sqrt(1 - 4r): the alpha_D that gives a wanted invisible width. */
    private static double alphaDForInvisibleWidth(double m, double mChi, double width) {
        double r = mChi * mChi / (m * m);
        return width / (m / 3 * (1 + 2 * r) * Math.sqrt(1 - 4 * r));
    }

    /** Gamma(A' -> e+ e-) below the muon threshold: (alpha eps^2 m/3)(1 + 2 me^2/m^2) sqrt(1 - 4 me^2/m^2). */
    private static final class DarkPhotonWidth {
        static double visible(double m, double eps) {
            double me = 0.51099895e-3;
            double r = me * me / (m * m);
            return eps * eps * m / (3 * 137.035999084) * (1 + 2 * r) * Math.sqrt(1 - 4 * r);
        }
    }
}

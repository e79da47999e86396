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
    void doesNotApplyWhenTheAPrimeDecaysToDarkMatter() {
        ModelSnapshot invisible = ModelSnapshot.darkPhoton(0.020, 1e-6).withDarkMatter(DarkMatterType.DIRAC, 0.005, 0, 0.5);
        Verdict v = verdict(invisible);
        assertEquals(Status.NOT_APPLICABLE, v.status());
        assertTrue(v.reason().contains("BR_vis"), v.reason());
    }

    @Test
    void appliesWhenTheDarkMatterIsTooHeavyForTheAPrimeToDecayIntoIt() {
        ModelSnapshot visible = ModelSnapshot.darkPhoton(0.020, 1e-6).withDarkMatter(DarkMatterType.DIRAC, 0.015, 0, 0.5);
        assertEquals(Status.EXCLUDED, verdict(visible).status());
    }

    @Test
    void overallIsExcludedByALimit() {
        assertEquals(Status.EXCLUDED, BuiltInEngine.get().check(ModelSnapshot.darkPhoton(0.020, 1e-6)).overall());
        assertEquals(Status.ALLOWED, BuiltInEngine.get().check(ModelSnapshot.darkPhoton(0.020, 1e-3)).overall());
    }
}

package org.darkcheck.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.darkcheck.engine.Diagnosis;
import org.darkcheck.engine.Status;
import org.darkcheck.engine.Verdict;
import org.darkcheck.physics.DarkMatterType;
import org.darkcheck.physics.ModelSnapshot;
import org.junit.jupiter.api.Test;

/**
 * NA64-2019-INVISIBLE (arXiv:1906.00176) on fixture points. The expected limit
 * is read off darkcast/limits/NA64_NA642019imj.lmt by hand: between
 * (57.19 MeV, 1.8122e-4) and (62.739 MeV, 2.0092e-4), so about 1.91e-4 at 60 MeV.
 */
class Na64InvisibleTest {

    private static final String ID = "NA64-2019-INVISIBLE";

    private static Verdict verdict(ModelSnapshot model) {
        Diagnosis d = BuiltInEngine.get().check(model);
        return d.verdict(ID).orElseThrow();
    }

    private static ModelSnapshot diracPoint(double epsilon) {
        return ModelSnapshot.darkPhoton(0.060, epsilon).withDarkMatter(DarkMatterType.DIRAC, 0.020, 0, 0.5);
    }

    @Test
    void excludesTheSkeletonBenchmarkWithRNearFivePointTwo() {
        Verdict v = verdict(diracPoint(1e-3));
        assertEquals(Status.EXCLUDED, v.status());
        assertEquals(5.23, v.r(), 0.05);
        assertEquals(1.91e-4, v.limit(), 0.01e-4);
        assertTrue(v.reason().contains("BR_inv = 1.00"), v.reason());
        assertTrue(v.reason().contains("60 MeV"), v.reason());
        assertEquals("darkcast/limits/NA64_NA642019imj.lmt", v.constraint().upstream());
        assertEquals("1906.00176", v.constraint().reference().arxiv());
    }

    @Test
    void allowsACouplingBelowTheLimit() {
        Verdict v = verdict(diracPoint(1e-4));
        assertEquals(Status.ALLOWED, v.status());
        assertEquals(0.523, v.r(), 0.01);
    }

    @Test
    void doesNotApplyWithoutDarkMatter() {
        Verdict v = verdict(ModelSnapshot.darkPhoton(0.060, 1e-3));
        assertEquals(Status.NOT_APPLICABLE, v.status());
        assertNull(v.r());
        assertTrue(v.reason().contains("no dark-matter particle"), v.reason());
    }

    @Test
    void doesNotApplyWhenTheDarkMatterIsTooHeavyToBeADecayProduct() {
        ModelSnapshot heavy = ModelSnapshot.darkPhoton(0.060, 1e-3).withDarkMatter(DarkMatterType.DIRAC, 0.040, 0, 0.5);
        assertEquals(Status.NOT_APPLICABLE, verdict(heavy).status());
    }

    @Test
    void weakensTheLimitBySquareRootOfTheInvisibleBranchingRatio() {
        // alpha_D tiny: Gamma_inv comparable to Gamma_vis, so BR_inv is well below 1
        ModelSnapshot partlyInvisible = ModelSnapshot.darkPhoton(0.060, 1e-3)
                .withDarkMatter(DarkMatterType.DIRAC, 0.020, 0, 1.6e-8);
        Diagnosis d = BuiltInEngine.get().check(partlyInvisible);
        double brInv = d.derived().decays().brInvisible();
        assertTrue(brInv > 0.3 && brInv < 0.7, "BR_inv = " + brInv);
        Verdict v = d.verdict(ID).orElseThrow();
        assertEquals(1.91e-4 / Math.sqrt(brInv), v.limit(), 0.02e-4 / Math.sqrt(brInv));
    }

    @Test
    void isOutOfRangeAboveTheCurve() {
        Verdict v = verdict(ModelSnapshot.darkPhoton(5.0, 1e-3).withDarkMatter(DarkMatterType.DIRAC, 1.0, 0, 0.5));
        assertEquals(Status.OUT_OF_RANGE, v.status());
    }
}

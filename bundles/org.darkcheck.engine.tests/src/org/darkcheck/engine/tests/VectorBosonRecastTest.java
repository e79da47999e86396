package org.darkcheck.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.darkcheck.engine.Constraint;
import org.darkcheck.engine.Diagnosis;
import org.darkcheck.engine.Status;
import org.darkcheck.engine.Verdict;
import org.darkcheck.physics.DarkMatterType;
import org.darkcheck.physics.MediatorType;
import org.darkcheck.physics.ModelSnapshot;
import org.junit.jupiter.api.Test;

/**
 * DarkCast's dark-photon limits recast to the B - L and L_mu - L_tau bosons through the rules
 * (Recipe.VECTOR_RECAST). The oracle comparison with DarkCast's own recasts, file by file, is in
 * org.darkcheck.physics.tests (DarkCastRecastOracleTest); fixture points from those files are in
 * fixtures/constraint-points-handwritten.csv. Here: that the rules reach every recastable file, and the
 * two places where the model's own decays matter.
 */
class VectorBosonRecastTest {

    private static ModelSnapshot bMinusL(double massGeV, double g) {
        return new ModelSnapshot(MediatorType.B_L, massGeV, g, DarkMatterType.NONE, 0, 0, 0, false, false, false);
    }

    private static Verdict verdict(ModelSnapshot model, String id) {
        Diagnosis d = BuiltInEngine.get().check(model);
        return d.verdict(id).orElseThrow(() -> new AssertionError(id + " has no verdict"));
    }

    /**
     * Every DarkCast limit of a visible, displaced, invisible or g-2 search is applied to B - L by a rule; the
     * engine declines only LHCb's displaced searches, published as r-values on a lifetime grid (DarkCast's own
     * B - L recast of them gives no limit either).
     */
    @Test
    void everyRecastableDarkCastLimitIsAppliedToBMinusL() {
        List<String> undecided = new ArrayList<>();
        int recast = 0;
        for (double m : new double[] {0.003, 0.03, 0.3, 3}) {
            Diagnosis d = BuiltInEngine.get().check(bMinusL(m, 1e-5));
            for (Verdict v : d.verdicts()) {
                Constraint c = v.constraint();
                String upstream = c.upstream() == null ? "" : c.upstream();
                String search = c.property("search", "");
                if (!upstream.startsWith("darkcast/limits/") || search.contains("higgs")) {
                    continue;
                }
                boolean rValueGrid = v.reason().contains("r-values on a lifetime grid"); // LHCb displaced: declined
                if (!rValueGrid && (v.reason().contains("is not implemented") || v.reason().startsWith("No rule says"))) {
                    undecided.add(c.id() + " at " + m + ": " + v.reason());
                }
                if (v.reason().contains("arXiv:1801.04847")) {
                    recast++;
                }
            }
        }
        assertEquals(List.of(), undecided, "DarkCast limits without a B-L rule");
        assertTrue(recast > 40, "recast verdicts: " + recast);
    }

    /**
     * A missing-energy search sees the B - L boson's decays to neutrinos: at 10 MeV BR(nu nubar) = 1.5/2.5 = 0.6
     * (three flavours, one helicity each, against e+e-); electron bremsstrahlung produces it as a dark photon of
     * eps e = g (the A' couples to electrons with eps e, the B - L boson with g times the charge -1), and DarkCast's
     * published limit assumed BR_inv = 0.99: g_lim = eps_lim e sqrt(0.99/0.6), e = sqrt(4 pi/137.036).
     */
    @Test
    void aMissingEnergySearchCountsTheNeutrinosOfBMinusL() {
        double m = 0.01;
        Constraint na64 = BuiltInEngine.get().catalog().stream().filter(c -> c.id().equals("NA64-2019-INVISIBLE"))
                .findFirst().orElseThrow();
        double published = na64.curve().lowerAt(m);
        Verdict v = verdict(bMinusL(m, 1e-4), "NA64-2019-INVISIBLE");
        assertNotNull(v.limit(), v.reason());
        double e = Math.sqrt(4 * Math.PI / 137.036);
        assertEquals(published * e * Math.sqrt(0.99 / 0.6), v.limit(), 0.01 * v.limit(), v.reason());
        assertEquals(Status.EXCLUDED, v.status(), v.reason());
    }

    /** Decays to dark matter dilute the visible branching fraction: the recast BaBar limit on g weakens. */
    @Test
    void darkMatterDecaysWeakenAVisibleLimit() {
        ModelSnapshot plain = bMinusL(0.49982, 3e-4);
        ModelSnapshot withDarkMatter = plain.withDarkMatter(DarkMatterType.DIRAC, 0.1, 0, 0.5)
                .withAssumptions(false, false, false);
        Verdict without = verdict(plain, "BABAR-2014-VISIBLE");
        Verdict with = verdict(withDarkMatter, "BABAR-2014-VISIBLE");
        assertEquals(Status.EXCLUDED, without.status(), without.reason());
        assertTrue(with.limit() > 3 * without.limit(), without.limit() + " -> " + with.limit() + ": " + with.reason());
        assertEquals(Status.ALLOWED, with.status(), with.reason());
    }

    /** A beam dump's band closes when the boson decays to dark matter before it can reach the detector. */
    @Test
    void aBeamDumpBandClosesWhenTheBosonDecaysInvisiblyFirst() {
        ModelSnapshot model = bMinusL(0.049915, 1e-7).withDarkMatter(DarkMatterType.DIRAC, 0.01, 0, 0.5)
                .withAssumptions(false, false, false);
        Verdict v = verdict(model, "E137-2009-VISIBLE");
        assertEquals(Status.ALLOWED, v.status(), v.reason());
        assertTrue(v.reason().contains("sets no limit"), v.reason());
    }
}

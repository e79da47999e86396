package org.darkcheck.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.darkcheck.engine.DarkCheckEngine;
import org.darkcheck.engine.Verdict;
import org.darkcheck.physics.DarkMatterType;
import org.darkcheck.physics.MediatorType;
import org.darkcheck.physics.ModelSnapshot;
import org.darkcheck.rules.BuiltInKnowledge;
import org.junit.jupiter.api.Test;

/**
 * The engine remembers recent lifetime-window recasts (they depend on the mass and the widths, not on the
 * coupling). Whatever was remembered, a verdict must be the one a fresh computation gives: a grid of models
 * with decays to dark matter (dark photon and B - L) is judged by one engine in grid order and by a second,
 * fresh engine in shuffled order, and every status, r and limit must agree.
 */
class RememberedRecastTest {

    @Test
    void verdictsDoNotDependOnWhatWasCheckedBefore() {
        List<ModelSnapshot> models = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            double m = 0.003 * Math.pow(100, i / 11.0);
            for (int j = 0; j < 6; j++) {
                double g = Math.pow(10, -8 + j);
                models.add(ModelSnapshot.darkPhoton(m, g).withDarkMatter(DarkMatterType.DIRAC, m / 3, 0, 0.5)
                        .withAssumptions(false, true, false));
                models.add(new ModelSnapshot(MediatorType.B_L, m, g, DarkMatterType.DIRAC, m / 3, 0, 0.5, false, true,
                        false));
            }
        }
        DarkCheckEngine inOrder = BuiltInEngine.get();
        DarkCheckEngine fresh = DarkCheckEngine.build(List.of(BuiltInKnowledge.source()));
        List<Integer> shuffled = new ArrayList<>();
        for (int k = 0; k < models.size(); k++) {
            shuffled.add(k);
        }
        Collections.shuffle(shuffled, new java.util.Random(7));
        List<List<Verdict>> second = new ArrayList<>(Collections.nCopies(models.size(), null));
        for (int k : shuffled) {
            second.set(k, fresh.check(models.get(k)).verdicts());
        }
        int compared = 0;
        for (int k = 0; k < models.size(); k++) {
            List<Verdict> a = inOrder.check(models.get(k)).verdicts();
            List<Verdict> b = second.get(k);
            assertEquals(a.size(), b.size());
            for (int v = 0; v < a.size(); v++) {
                String where = models.get(k) + " " + a.get(v).id();
                assertEquals(a.get(v).status(), b.get(v).status(), where);
                assertEquals(a.get(v).r(), b.get(v).r(), where);
                assertEquals(a.get(v).limit(), b.get(v).limit(), where);
                assertEquals(a.get(v).limitUpper(), b.get(v).limitUpper(), where);
                compared++;
            }
        }
        assertTrue(compared > 10_000, "verdicts compared: " + compared);
    }
}

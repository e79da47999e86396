package org.darkcheck.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.darkcheck.engine.Constraint;
import org.darkcheck.engine.DarkCheckEngine;
import org.darkcheck.engine.Status;
import org.darkcheck.engine.catalog.KnowledgeProblem;
import org.darkcheck.engine.catalog.KnowledgeSource;
import org.darkcheck.engine.catalog.NamedText;
import org.darkcheck.physics.ModelSnapshot;
import org.darkcheck.rules.BuiltInKnowledge;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {

    @Test
    void builtInKnowledgeLoadsWithoutProblems() {
        DarkCheckEngine engine = BuiltInEngine.get();
        assertEquals(List.of(), engine.problems());
        assertTrue(engine.catalog().size() >= 2);
        for (Constraint c : engine.catalog()) {
            assertTrue(c.reference().citation() != null && !c.reference().citation().isBlank(), c.id());
            assertTrue(c.licence() != null && !c.licence().isBlank(), c.id() + " has no licence");
        }
    }

    @Test
    void everyConstraintHasARuleThatDecidesIt() {
        DarkCheckEngine engine = BuiltInEngine.get();
        for (ModelSnapshot model : List.of(ModelSnapshot.darkPhoton(0.05, 1e-4),
                ModelSnapshot.darkPhoton(0.05, 1e-4).withDarkMatter(org.darkcheck.physics.DarkMatterType.DIRAC, 0.01, 0, 0.5))) {
            engine.check(model).verdicts().forEach(v -> assertTrue(!v.reason().startsWith("No rule says"),
                    v.id() + " is decided by no rule: " + v.reason()));
        }
    }

    private static final String GOOD_LIMIT = String.join("\n",
            "id: TEST-GOOD", "title: t", "experiment: T", "kind: limit", "plane: epsilon-vs-mass",
            "quantity: epsilon", "citation: nobody", "columns: mass lower", "x-unit: GeV", "---",
            "0.01 1e-4", "0.1 1e-4", "");

    @Test
    void aMalformedLimitFileIsReportedWithItsLineAndTheRestStillWorks() {
        String bad = GOOD_LIMIT.replace("TEST-GOOD", "TEST-BAD").replace("0.1 1e-4", "0.1 1e-4 7");
        KnowledgeSource user = new KnowledgeSource("user",
                List.of(new NamedText("user/bad.limit", bad), new NamedText("user/good.limit", GOOD_LIMIT)), List.of());
        DarkCheckEngine engine = DarkCheckEngine.build(List.of(BuiltInKnowledge.source(), user));
        assertEquals(1, engine.problems().size());
        KnowledgeProblem p = engine.problems().get(0);
        assertEquals("user/bad.limit", p.file());
        assertEquals(12, p.line());
        assertTrue(p.message().contains("columns"), p.message());
        assertTrue(engine.catalog().stream().anyMatch(c -> c.id().equals("TEST-GOOD")));
        assertEquals(Status.EXCLUDED, engine.check(ModelSnapshot.darkPhoton(0.020, 1e-6)).verdict("E137-2012-VISIBLE")
                .orElseThrow().status());
    }

    @Test
    void aRuleThatDoesNotCompileIsReportedAndTheBuiltInRulesStillWork() {
        String broken = "package user.rules\n\nrule \"broken\"\nwhen\n    NoSuchFact( )\nthen\nend\n";
        KnowledgeSource user = new KnowledgeSource("user", List.of(), List.of(new NamedText("user/broken.drl", broken)));
        DarkCheckEngine engine = DarkCheckEngine.build(List.of(BuiltInKnowledge.source(), user));
        assertEquals(1, engine.problems().size(), engine.problems().toString());
        assertEquals("user/broken.drl", engine.problems().get(0).file());
        assertTrue(engine.problems().get(0).line() > 0, engine.problems().toString());
        assertEquals(Status.EXCLUDED, engine.check(ModelSnapshot.darkPhoton(0.020, 1e-6)).verdict("E137-2012-VISIBLE")
                .orElseThrow().status());
    }
}

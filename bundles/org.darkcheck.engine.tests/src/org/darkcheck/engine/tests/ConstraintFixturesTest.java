package org.darkcheck.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.darkcheck.engine.Constraint;
import org.darkcheck.engine.ConstraintKind;
import org.darkcheck.engine.Diagnosis;
import org.darkcheck.engine.Status;
import org.darkcheck.engine.Verdict;
import org.darkcheck.physics.DarkMatterType;
import org.darkcheck.physics.MediatorType;
import org.darkcheck.physics.ModelSnapshot;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One test per constraint: committed fixture model points on both sides of
 * every limit (inside and outside every band or region) with the status and r
 * they must get. fixtures/constraint-points.csv is written by
 * rules/tools/make_fixtures.py from the curves (points at a tabulated mass, in
 * the model the curve was drawn for, at a chosen multiple of the limit);
 * fixtures/constraint-points-handwritten.csv holds the number, formula and
 * consistency constraints with values from FORMULAS.md.
 */
class ConstraintFixturesTest {

    private static final String[] FILES = {"constraint-points.csv", "constraint-points-handwritten.csv"};

    /** One fixture row. */
    record Fixture(String constraint, ModelSnapshot model, String status, Double r, double tolerance, String reason,
            String why, int line, String file) {

        @Override
        public String toString() {
            return constraint + " " + status + (r == null ? "" : " r=" + r) + " (" + file + ":" + line + ")";
        }
    }

    static List<Fixture> fixtures() throws IOException {
        List<Fixture> out = new ArrayList<>();
        for (String file : FILES) {
            String text;
            try (InputStream in = ConstraintFixturesTest.class.getResourceAsStream("/fixtures/" + file)) {
                assertNotNull(in, "fixtures/" + file + " is missing from the test bundle");
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String[] lines = text.split("\\r?\\n");
            boolean header = true;
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] c = line.split(",", -1);
                assertEquals(16, c.length, file + ":" + (i + 1) + " has " + c.length + " cells");
                MediatorType mediator = MediatorType.ofKey(c[1]);
                DarkMatterType dm = DarkMatterType.ofKey(c[4]);
                assertNotNull(mediator, file + ":" + (i + 1) + " mediator " + c[1]);
                assertNotNull(dm, file + ":" + (i + 1) + " dm " + c[4]);
                ModelSnapshot model = new ModelSnapshot(mediator, Double.parseDouble(c[2]), Double.parseDouble(c[3]), dm,
                        Double.parseDouble(c[5]), Double.parseDouble(c[6]), Double.parseDouble(c[7]),
                        Boolean.parseBoolean(c[8]), Boolean.parseBoolean(c[9]), Boolean.parseBoolean(c[10]));
                out.add(new Fixture(c[0], model, c[11], c[12].isEmpty() ? null : Double.valueOf(c[12]),
                        Double.parseDouble(c[13]), c[14], c[15], i + 1, file));
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyFixturePointGetsItsStatusAndR() throws IOException {
        return fixtures().stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> {
            Diagnosis d = BuiltInEngine.get().check(f.model());
            Verdict v = d.verdict(f.constraint()).orElseThrow(() -> new AssertionError(f.constraint() + " gave no verdict"));
            String context = f + " [" + f.why() + "]: " + v.status() + " r=" + v.r() + " - " + v.reason();
            if (!f.status().equals("*")) {
                assertEquals(f.status(), v.status().name(), context);
            }
            if (f.r() == null) {
                if (!f.status().equals("*")) {
                    assertNull(v.r(), context);
                }
            } else {
                assertNotNull(v.r(), context);
                assertEquals(f.r(), v.r(), Math.abs(f.r()) * f.tolerance(), context);
            }
            if (!f.reason().isEmpty()) {
                assertTrue(v.reason().contains(f.reason()), context);
            }
        }));
    }

    @Test
    void everyConstraintHasFixturePointsOnBothSides() throws IOException {
        Map<String, List<Fixture>> byId = new TreeMap<>();
        for (Fixture f : fixtures()) {
            byId.computeIfAbsent(f.constraint(), k -> new ArrayList<>()).add(f);
        }
        List<String> missing = new ArrayList<>();
        for (Constraint c : BuiltInEngine.get().catalog()) {
            List<Fixture> points = byId.getOrDefault(c.id(), List.of());
            boolean notApplicableOnly = !points.isEmpty() && points.stream().allMatch(p -> p.status().equals("NOT_APPLICABLE"));
            boolean bothSides = points.stream().anyMatch(p -> p.r() == null || p.r() > 1 || !p.status().equals("ALLOWED"))
                    && points.stream().anyMatch(p -> p.status().equals("ALLOWED") || p.status().equals("*"));
            if (points.isEmpty() || !(bothSides || notApplicableOnly)) {
                missing.add(c.id() + " (" + points.size() + " points)");
            }
        }
        assertEquals(List.of(), missing, "constraints without fixture points on both sides of their limit");
    }

    /**
     * No projection ever excludes: a sweep over masses from 1 keV to 10 GeV and couplings from 1e-10 to 0.5,
     * for the minimal dark photon, an invisibly decaying one, the dark scalar and the B-L boson.
     */
    @Test
    void noProjectionEverExcludes() {
        List<ModelSnapshot> models = new ArrayList<>();
        for (int i = 0; i <= 16; i++) {
            double m = Math.pow(10, -6 + 7.0 * i / 16);
            for (int j = 0; j <= 9; j++) {
                double g = Math.pow(10, -10 + 9.7 * j / 9);
                models.add(ModelSnapshot.darkPhoton(m, g));
                // not thermal: the sweep is about projections, the relic abundance need not be solved
                models.add(ModelSnapshot.darkPhoton(m, g).withDarkMatter(DarkMatterType.DIRAC, m / 3, 0, 0.5)
                        .withAssumptions(false, true, false));
                models.add(new ModelSnapshot(MediatorType.DARK_SCALAR, m, g, DarkMatterType.NONE, 0, 0, 0, false, false, false));
                models.add(new ModelSnapshot(MediatorType.B_L, m, g, DarkMatterType.NONE, 0, 0, 0, false, false, false));
            }
        }
        int projections = 0;
        int withinReach = 0;
        for (ModelSnapshot model : models) {
            for (Verdict v : BuiltInEngine.get().check(model).verdicts()) {
                if (v.constraint().kind() == ConstraintKind.PROJECTION) {
                    projections++;
                    assertTrue(v.status() != Status.EXCLUDED, v.id() + " excluded " + model + ": " + v.reason());
                    if (v.r() != null && v.r() > 1) {
                        withinReach++;
                        assertTrue(v.reason().startsWith("Within reach of") || v.reason().contains("Within reach of"), v.reason());
                    }
                }
            }
        }
        assertTrue(withinReach > 100, "the sweep reaches into projections (" + withinReach + " of " + projections + ")");
    }
}

package org.darkcheck.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ./darkcheck relic-target against shared/CLI.md and the thermal targets of FORMULAS.md 7.7. */
class RelicTargetCommandTest {

    private static List<String> lines(String text) {
        return text.lines().toList();
    }

    private static void assertNear(double expected, double actual, double tolerance) {
        assertEquals(expected, actual, Math.abs(expected) * tolerance, "expected " + expected + ", got " + actual);
    }

    @Test
    void diracLineMatchesTheReferenceTargets() {
        CommandLineRun run = CommandLineRun.of("relic-target", "--set", "dm=dirac", "--set", "alpha-d=0.5", "--ratio", "3",
                "--from", "10MeV", "--to", "100 MeV", "--points", "2");
        assertEquals(0, run.status(), run.err());
        List<String> lines = lines(run.out());
        assertEquals("dm_mass_GeV,mediator_mass_GeV,coupling,Y", lines.get(0));
        assertEquals(3, lines.size(), run.out());
        String[] first = lines.get(1).split(",");
        assertNear(0.01, Double.parseDouble(first[0]), 1e-9);
        assertNear(0.03, Double.parseDouble(first[1]), 1e-9);
        // FORMULAS.md 7.7, Dirac, alpha_D = 0.5: 10 MeV eps = 9.432e-6, y = 5.492e-13; 100 MeV eps = 9.823e-5, y = 5.956e-11
        assertNear(9.432e-6, Double.parseDouble(first[2]), 0.02);
        assertNear(5.492e-13, Double.parseDouble(first[3]), 0.02);
        String[] second = lines.get(2).split(",");
        assertNear(9.823e-5, Double.parseDouble(second[2]), 0.02);
        assertNear(5.956e-11, Double.parseDouble(second[3]), 0.02);
    }

    @Test
    void defaultIsFiftyLogSpacedPoints() {
        CommandLineRun run = CommandLineRun.of("relic-target", "--set", "dm=complex-scalar", "--ratio", "3", "--from", "1MeV",
                "--to", "1GeV");
        assertEquals(0, run.status(), run.err());
        List<String> lines = lines(run.out());
        assertEquals(51, lines.size());
        double m1 = Double.parseDouble(lines.get(1).split(",")[0]);
        double m2 = Double.parseDouble(lines.get(2).split(",")[0]);
        assertNear(Math.pow(1000, 1.0 / 49), m2 / m1, 1e-5);
        assertNear(1.0, Double.parseDouble(lines.get(50).split(",")[0]), 1e-5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dark-photon", "lmu-ltau", "b-l", "dark-scalar"})
    void everyMediator(String mediator) {
        CommandLineRun run = CommandLineRun.of("relic-target", "--set", "mediator=" + mediator, "--set", "dm=majorana",
                "--ratio", "2.5", "--from", "20MeV", "--to", "200MeV", "--points", "3");
        assertEquals(0, run.status(), run.err());
        assertEquals(4, lines(run.out()).size(), run.out());
        for (String row : lines(run.out()).subList(1, 4)) {
            assertEquals(4, row.split(",", -1).length, row);
        }
    }

    @Test
    void everyKindWithPseudoDiracSplitting() {
        CommandLineRun run = CommandLineRun.of("relic-target", "--set", "dm=pseudo-dirac", "--set", "dm.splitting=10keV",
                "--set", "alpha-d=0.1", "--ratio", "3", "--from", "100MeV", "--to", "100MeV");
        assertEquals(0, run.status(), run.err());
        // FORMULAS.md 7.7, alpha_D = 0.1, pseudo-Dirac 100 MeV: y = 5.937e-11
        assertNear(5.937e-11, Double.parseDouble(lines(run.out()).get(1).split(",")[3]), 0.02);
    }

    @Test
    void nonPerturbativeCouplingsAreWarnedAbout() {
        // the dark scalar couples to electrons with sin theta m_e/v: its thermal sin theta exceeds 1 at 10 MeV
        CommandLineRun run = CommandLineRun.of("relic-target", "--set", "mediator=dark-scalar", "--set", "dm=dirac",
                "--ratio", "3", "--from", "10MeV", "--to", "10MeV");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().contains("warning"), run.err());
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> badInputs() {
        return java.util.stream.Stream.<String[]>of(new String[] {"--ratio", "0.5"}, new String[] {"--ratio", "abc"},
                new String[] {"--from", "1GeV", "--to", "1MeV"}, new String[] {"--points", "1"},
                new String[] {"--from", "5 furlongs"}, new String[] {"--set", "dm.mass=1GeV"},
                new String[] {"--set", "colour=blue"}, new String[] {"--set", "dm=none"},
                new String[] {"--set", "mediator=axion"}, new String[] {"--set", "alpha-d=2"},
                new String[] {"--set", "dm.splitting=1MeV"}, new String[] {"--frobnicate", "3"}, new String[] {"extra.darkside"})
                .map(a -> org.junit.jupiter.params.provider.Arguments.of((Object) a));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("badInputs")
    void badInputExitsWithTwoAndOneLine(String[] bad) {
        java.util.List<String> args = new java.util.ArrayList<>(List.of("relic-target", "--set", "dm=dirac", "--ratio", "3",
                "--from", "10MeV", "--to", "100MeV"));
        args.addAll(List.of(bad));
        CommandLineRun run = CommandLineRun.of(args.toArray(String[]::new));
        String what = String.join(" ", bad);
        assertEquals(2, run.status(), what + " -> " + run.out() + run.err());
        assertEquals(1, lines(run.err()).size(), run.err());
        assertTrue(run.err().startsWith("darkcheck: "), run.err());
        assertEquals("", run.out(), what);
    }

    @Test
    void missingDarkMatterKindIsBadInput() {
        CommandLineRun run = CommandLineRun.of("relic-target", "--ratio", "3", "--from", "10MeV", "--to", "100MeV");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("dm="), run.err());
    }
}

package org.darkcheck.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./darkcheck scan and check --format csv|html|bibtex --out. */
class ScanAndReportCommandTest {

    private static final String[] DIRAC = {"--set", "mediator.mass=60MeV", "--set", "mediator.coupling=1e-3", "--set",
        "dm=dirac", "--set", "dm.mass=20MeV", "--set", "alpha-d=0.5"};

    private static String[] args(String[] head, String... tail) {
        String[] all = new String[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    @Test
    void aTwoDimensionalScanWritesEveryPointAndTheMaps(@TempDir Path dir) throws Exception {
        String[] cmd = args(new String[] {"scan"}, DIRAC);
        CommandLineRun run = CommandLineRun.of(args(cmd, "--x", "mediator.mass=10MeV:100MeV:log:12", "--y",
                "mediator.coupling=1e-6:1e-2:log:9", "--threads", "2", "--out", dir.toString()));
        assertEquals(0, run.status(), run.err());
        List<String> lines = Files.readAllLines(dir.resolve("scan.csv"));
        assertEquals("mediator.mass,mediator.coupling,overall,strongest,r", lines.get(0));
        assertEquals(1 + 12 * 9, lines.size());
        // x varies fastest: the first row is (10 MeV, 1e-6), the last (100 MeV, 1e-2)
        String[] first = lines.get(1).split(",");
        assertEquals(0.01, Double.parseDouble(first[0]), 1e-9);
        assertEquals(1e-6, Double.parseDouble(first[1]), 1e-15);
        String[] last = lines.get(lines.size() - 1).split(",");
        assertEquals(0.1, Double.parseDouble(last[0]), 1e-9);
        assertEquals(1e-2, Double.parseDouble(last[1]), 1e-12);
        // with m_chi fixed at 20 MeV the A' decays invisibly above 40 MeV: NA64 (limit ~2e-4 at 60 MeV) excludes eps = 1e-2
        // there (r ~ 50), but Planck's p_ann is the strongest: Dirac s-wave annihilation with y = eps^2 alpha_D (m_chi/m_A')^4
        // = 5e-5 * 0.0123 ~ 6e-7, some 1e3 times the thermal y at 20 MeV, where even the thermal cross section is excluded
        assertEquals("EXCLUDED", last[2]);
        assertEquals("CMB-PLANCK-2018-PANN", last[3]);
        assertTrue(Double.parseDouble(last[4]) > 50, "r above NA64's: " + lines.get(lines.size() - 1));
        // eps = 1e-6 is far below every laboratory limit, but a thermal Dirac fermion then annihilates far too slowly:
        // y ~ 8e-15 against a thermal target ~ 2e-12, so Omega h^2 ~ 16 over-closes (r = Omega h^2 / 0.120 >> 1)
        String[] low = lines.stream().skip(1).map(l -> l.split(",")).filter(c -> Double.parseDouble(c[0]) > 0.05
                && Double.parseDouble(c[1]) < 2e-6).findFirst().orElseThrow();
        assertEquals("EXCLUDED", low[2]);
        assertEquals("RELIC-ABUNDANCE", low[3]);
        assertTrue(Double.parseDouble(low[4]) > 10, String.join(",", low));
        for (String f : new String[] {"allowed.png", "allowed.svg", "strongest.png", "strongest.svg"}) {
            assertTrue(Files.size(dir.resolve(f)) > 1000, f);
        }
        assertTrue(run.out().contains("108 of 108 points"), run.out());
    }

    @Test
    void aScanWithRelicAddsTheRelicAbundanceOfEveryPoint(@TempDir Path dir) throws Exception {
        CommandLineRun run = CommandLineRun.of(args(args(new String[] {"scan"}, DIRAC), "--x",
                "mediator.coupling=1e-6:1e-3:log:4", "--relic", "true", "--out", dir.toString()));
        assertEquals(0, run.status(), run.err());
        List<String> lines = Files.readAllLines(dir.resolve("scan.csv"));
        assertEquals("mediator.coupling,overall,strongest,r,omegaH2", lines.get(0));
        double previous = Double.POSITIVE_INFINITY;
        for (String line : lines.subList(1, lines.size())) {
            double omega = Double.parseDouble(line.substring(line.lastIndexOf(',') + 1));
            assertTrue(omega > 0 && omega < previous, "Omega h^2 falls as the coupling grows: " + lines);
            previous = omega;
        }
    }

    @Test
    void badAxesAreRefusedBeforeAnythingRuns(@TempDir Path dir) throws Exception {
        String[] cmd = args(new String[] {"scan"}, DIRAC);
        for (String[] bad : List.of(new String[] {"--x", "nonsense=1:2:log:3"}, new String[] {"--x", "mediator.mass=1MeV:1MeV:log:5"},
                new String[] {"--x", "mediator.mass=1MeV:1GeV:cubic:5"}, new String[] {"--x", "mediator.mass=-1MeV:1GeV:log:5"})) {
            CommandLineRun run = CommandLineRun.of(args(args(cmd, bad), "--out", dir.resolve("x").toString()));
            assertEquals(2, run.status(), String.join(" ", bad) + ": " + run.err());
            assertEquals(1, run.err().strip().lines().count(), run.err());
        }
        assertTrue(!Files.exists(dir.resolve("x").resolve("scan.csv")));
    }

    @Test
    void reportsInEveryFormatAreWrittenToTheirFile(@TempDir Path dir) throws Exception {
        for (String format : new String[] {"csv", "html", "bibtex", "json"}) {
            Path out = dir.resolve("report." + format);
            CommandLineRun run = CommandLineRun.of(args(args(new String[] {"check"}, DIRAC), "--format", format, "--out",
                    out.toString()));
            assertEquals(0, run.status(), format + ": " + run.err());
            assertTrue(run.out().isEmpty(), "--out writes nothing to standard output");
            String text = Files.readString(out);
            switch (format) {
                case "csv" -> assertTrue(text.startsWith("id,title,experiment,kind,plane,status,r,"), text);
                case "html" -> assertTrue(text.contains("<svg") && text.contains("NA64-2019-INVISIBLE"), format);
                case "bibtex" -> assertTrue(text.contains("NA64:2019imj"), text);
                default -> assertTrue(text.contains("\"overall\": \"EXCLUDED\""), text);
            }
        }
    }
}

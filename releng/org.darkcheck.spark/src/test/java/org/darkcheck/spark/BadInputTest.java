package org.darkcheck.spark;

import static org.darkcheck.spark.SparkTests.DIRAC;
import static org.darkcheck.spark.SparkTests.concat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input is refused before Spark starts, with the local scan's one-line message and
 * exit status 2: both command lines run on the same arguments and are compared.
 */
class BadInputTest {

    @Test
    void badInputGetsTheLocalScansMessageAndStatusBeforeSparkStarts(@TempDir Path dir) throws Exception {
        Path corrupt = dir.resolve("corrupt.darkside");
        Files.writeString(corrupt, "<darkside:Study xmlns:darkside=\"nonsense\"><points");
        String xy = "mediator.mass=1MeV:1GeV:log:10";
        List<String[]> bad = List.of(
                concat(DIRAC, new String[] {"--set", "mediator.colour=blue", "--x", xy}),         // unknown model key
                concat(DIRAC, new String[] {"--set", "mediator.mass=heavy", "--x", xy}),          // not a number
                concat(DIRAC, new String[] {"--x", "nonsense=1:2:log:3"}),                        // unknown axis key
                concat(DIRAC, new String[] {"--x", "mediator.mass=1MeV:1MeV:log:5"}),             // empty range
                concat(DIRAC, new String[] {"--x", "mediator.mass=1MeV:1GeV:cubic:5"}),           // spacing
                concat(DIRAC, new String[] {"--x", "mediator.mass=-1MeV:1GeV:log:5"}),            // negative mass
                concat(DIRAC, new String[] {"--x", xy, "--y", "mediator.mass=1MeV:2MeV:lin:3"}),  // same key twice
                concat(DIRAC, new String[] {"--x", xy, "--threads", "0"}),
                concat(DIRAC, new String[] {"--x", xy, "--relic", "maybe"}),
                concat(DIRAC, new String[] {"--x", xy, "--point", "BP7"}),
                concat(DIRAC, new String[] {"--x", xy, "--constraints", dir.resolve("none").toString()}),
                new String[] {dir.resolve("missing.darkside").toString(), "--x", xy},           // no such file
                new String[] {corrupt.toString(), "--x", xy},                                    // a corrupt file
                new String[] {"--x", xy},                                                        // no model
                concat(DIRAC, new String[] {"--y", xy}));                                        // no --x
        int sessions = SparkScanMain.sessionsRequested();
        for (String[] args : bad) {
            Path out = dir.resolve("out");
            SparkTests.Run local = SparkTests.localScan(concat(new String[] {"scan"}, args, new String[] {"--out", out.toString()}));
            SparkTests.Run spark = SparkTests.sparkScan(concat(new String[] {"scan"}, args, new String[] {"--out", out.toString(),
                "--engine", "spark", "--master", "local[2]"}));
            String what = String.join(" ", args);
            assertEquals(2, local.status(), what + ": " + local.err());
            assertEquals(2, spark.status(), what + ": " + spark.err());
            assertEquals(1, spark.err().strip().lines().count(), what + ": " + spark.err());
            assertEquals(local.err(), spark.err(), what);
            assertTrue(spark.out().isEmpty(), what);
            assertFalse(Files.exists(out.resolve("points")), what);
        }
        assertEquals(sessions, SparkScanMain.sessionsRequested(), "no Spark session was asked for");
    }

    @Test
    void badSparkOptionsAreRefusedBeforeSparkStartsToo(@TempDir Path dir) throws Exception {
        String xy = "mediator.mass=1MeV:1GeV:log:10";
        Path out = dir.resolve("out");
        // a folder that holds the points of another scan
        Files.createDirectories(out.resolve("points"));
        Files.writeString(out.resolve("points/_scan.txt"), "partitions=4\npoints=10\nknowledge=built-in\nbase=another model\n");
        List<String[]> bad = List.of(
                new String[] {"--axis", "nonsense=1:2:lin:2"},
                new String[] {"--axis", "mediator.mass=1MeV:2MeV:lin:2"},
                new String[] {"--map", "alpha-d"},
                new String[] {"--partitions", "0"},
                new String[] {"--engine", "flink"},
                new String[0]);
        int sessions = SparkScanMain.sessionsRequested();
        for (String[] extra : bad) {
            SparkTests.Run spark = SparkTests.sparkScan(concat(new String[] {"scan"}, DIRAC, new String[] {"--x", xy, "--out",
                out.toString()}, extra));
            String what = String.join(" ", extra);
            assertEquals(2, spark.status(), what + ": " + spark.err());
            assertEquals(1, spark.err().strip().lines().count(), what + ": " + spark.err());
            assertTrue(spark.err().startsWith("darkcheck: "), spark.err());
        }
        assertTrue(SparkTests.sparkScan(concat(new String[] {"scan"}, DIRAC, new String[] {"--x", xy, "--out", out.toString()}))
                .err().contains("holds the points of a different scan (base was another model"));
        assertEquals(sessions, SparkScanMain.sessionsRequested(), "no Spark session was asked for");
    }
}

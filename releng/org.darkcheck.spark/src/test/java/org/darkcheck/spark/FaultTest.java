package org.darkcheck.spark;

import static org.darkcheck.spark.SparkTests.DIRAC;
import static org.darkcheck.spark.SparkTests.concat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.spark.sql.Row;
import org.darkcheck.engine.scan.ScanPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A task that fails on its first attempt is retried by Spark; the result is complete and the local engine's. */
class FaultTest {

    @Test
    void aTaskThatThrowsOnItsFirstAttemptIsRetriedAndNothingIsLostOrDoubled(@TempDir Path dir) throws Exception {
        SparkTests.spark();
        String x = "mediator.mass=1MeV:1GeV:log:40";
        String y = "mediator.coupling=1e-7:1e-2:log:40";
        System.setProperty("darkcheck.spark.test.failFirstAttemptOf", "2");
        SparkTests.Run s;
        try {
            s = SparkTests.sparkScan(concat(new String[] {"scan"}, DIRAC, new String[] {"--x", x, "--y", y,
                "--partitions", "4", "--master", "local[2]", "--out", dir.toString()}));
        } finally {
            System.clearProperty("darkcheck.spark.test.failFirstAttemptOf");
        }
        assertEquals(0, s.status(), s.err());
        assertTrue(s.err().contains("1 task attempt(s) failed and were retried"), s.err());
        assertTrue(s.out().contains("1600 of 1600 points"), s.out());

        List<ScanPoint> local = SparkTests.localPoints(SparkTests.grid(DIRAC, x, y, false));
        List<Row> rows = SparkTests.sparkPoints(dir);
        assertEquals(local.size(), rows.size(), "every point once");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            assertEquals(i, r.getLong(r.fieldIndex("index")), "every index once, in order");
            assertEquals(local.get(i).overall().name(), r.getString(r.fieldIndex("overall")), "status at " + i);
            assertEquals(local.get(i).strongest(), r.getString(r.fieldIndex("strongest")), "strongest at " + i);
        }
    }
}

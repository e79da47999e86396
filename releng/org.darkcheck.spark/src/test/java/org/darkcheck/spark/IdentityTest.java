package org.darkcheck.spark;

import static org.darkcheck.spark.SparkTests.DIRAC;
import static org.darkcheck.spark.SparkTests.concat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.spark.sql.Row;
import org.darkcheck.engine.Status;
import org.darkcheck.engine.scan.ScanPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same scan through Spark (local[2]) and through the local engine gives the same
 * verdict at every point: Spark's Parquet against Scan.run point by point, and Spark's
 * scan.csv against the local command line's, byte for byte.
 */
class IdentityTest {

    static final String X = "mediator.mass=1MeV:1GeV:log:40";
    static final String Y = "mediator.coupling=1e-7:1e-2:log:40";

    @Test
    void aFortyByFortyDarkPhotonGridWithDiracDarkMatterMatchesTheLocalEngine(@TempDir Path dir) throws Exception {
        SparkTests.spark();
        Path sparkOut = dir.resolve("spark");
        Path localOut = dir.resolve("local");
        String[] axes = {"--x", X, "--y", Y, "--relic", "true"};
        SparkTests.Run s = SparkTests.sparkScan(concat(new String[] {"scan"}, DIRAC, axes,
                new String[] {"--engine", "spark", "--master", "local[2]", "--out", sparkOut.toString()}));
        assertEquals(0, s.status(), s.err());
        assertTrue(s.out().contains("1600 of 1600 points"), s.out());

        // point by point against the local engine's own scan
        Grid grid = SparkTests.grid(DIRAC, X, Y, true);
        List<ScanPoint> local = SparkTests.localPoints(grid);
        List<Row> rows = SparkTests.sparkPoints(sparkOut);
        assertEquals(1600, local.size());
        assertEquals(1600, rows.size());
        Set<String> strongest = new HashSet<>();
        Set<String> statuses = new HashSet<>();
        int withOmega = 0;
        for (int i = 0; i < 1600; i++) {
            ScanPoint p = local.get(i);
            Row r = rows.get(i);
            assertEquals(i, r.getLong(r.fieldIndex("index")));
            assertEquals(p.x(), r.getDouble(r.fieldIndex("mediator_mass")), "x at " + i);
            assertEquals(p.y(), r.getDouble(r.fieldIndex("mediator_coupling")), "y at " + i);
            assertEquals(p.overall().name(), r.getString(r.fieldIndex("overall")), "status at " + i);
            assertEquals(p.strongest(), r.getString(r.fieldIndex("strongest")), "strongest at " + i);
            assertEquals(p.r(), r.isNullAt(r.fieldIndex("r")) ? Double.NaN : r.getDouble(r.fieldIndex("r")), "r at " + i);
            assertEquals(p.omegaH2(), r.isNullAt(r.fieldIndex("omegaH2")) ? Double.NaN : r.getDouble(r.fieldIndex("omegaH2")),
                    "Omega h^2 at " + i);
            strongest.add(String.valueOf(p.strongest()));
            statuses.add(p.overall().name());
            withOmega += Double.isFinite(p.omegaH2()) ? 1 : 0;
        }
        // a comparison worth making: both verdicts, visible and invisible searches, the relic abundance everywhere
        assertEquals(Set.of("ALLOWED", "EXCLUDED"), statuses);
        assertTrue(strongest.contains("NA64-2019-INVISIBLE") && strongest.contains("E137-2012-VISIBLE"), strongest.toString());
        assertEquals(1600, withOmega);

        // scan.csv: the local command line's file, byte for byte
        SparkTests.Run l = SparkTests.localScan(concat(new String[] {"scan"}, DIRAC, axes,
                new String[] {"--threads", "2", "--out", localOut.toString()}));
        assertEquals(0, l.status(), l.err());
        assertArrayEquals(Files.readAllBytes(localOut.resolve("scan.csv")), Files.readAllBytes(sparkOut.resolve("scan.csv")));
        for (String f : new String[] {"allowed.png", "allowed.svg", "strongest.png", "strongest.svg", "cells.csv"}) {
            assertTrue(Files.size(sparkOut.resolve(f)) > 1000, f);
        }
        // one cell per point here: the cells are the points
        List<String> cells = Files.readAllLines(sparkOut.resolve("cells.csv"));
        assertEquals("mediator.mass,mediator.coupling,points,allowed,allowed_fraction,min_r,strongest,strongest_points", cells.get(0));
        assertEquals(1601, cells.size());
    }

    @Test
    void outerAxesRepeatTheLocalScanAndTheMapsAggregateThem(@TempDir Path dir) throws Exception {
        SparkTests.spark();
        String x = "mediator.mass=10MeV:300MeV:log:9";
        String y = "mediator.coupling=1e-6:1e-2:log:7";
        String a = "alpha-d=0.05:0.85:lin:3";
        String m = "dm.mass=5MeV:60MeV:log:2";
        SparkTests.Run s = SparkTests.sparkScan(concat(new String[] {"scan"}, DIRAC, new String[] {"--x", x, "--y", y,
            "--axis", a, "--axis", m, "--map", "mediator.mass,dm.mass", "--partitions", "5", "--out", dir.toString()}));
        assertEquals(0, s.status(), s.err());
        Grid grid = SparkTests.grid(DIRAC, x, y, false, a, m);
        assertEquals(9 * 7 * 3 * 2, grid.size());
        List<ScanPoint> local = SparkTests.localPoints(grid);
        List<Row> rows = SparkTests.sparkPoints(dir);
        assertEquals(local.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            double[] v = grid.values(i);
            assertEquals(v[2], r.getDouble(r.fieldIndex("alpha_d")), "alpha-d at " + i);
            assertEquals(v[3], r.getDouble(r.fieldIndex("dm_mass")), "dm.mass at " + i);
            assertEquals(local.get(i).overall().name(), r.getString(r.fieldIndex("overall")), "status at " + i);
            assertEquals(local.get(i).strongest(), r.getString(r.fieldIndex("strongest")), "strongest at " + i);
        }
        // no scan.csv with outer axes; the default map over x and y aggregates 6 points per cell
        assertTrue(!Files.exists(dir.resolve("scan.csv")));
        assertCells(dir.resolve("cells.csv"), local, grid, 0, 1);
        assertCells(dir.resolve("map-mediator.mass-dm.mass").resolve("cells.csv"), local, grid, 0, 3);
        for (String f : new String[] {"allowed.png", "strongest.svg", "allowed-fraction.png",
            "map-mediator.mass-dm.mass/allowed-fraction.svg"}) {
            assertTrue(Files.size(dir.resolve(f)) > 1000, f);
        }
    }

    /** cells.csv against the same aggregation of the local engine's points. */
    private static void assertCells(Path csv, List<ScanPoint> local, Grid grid, int ka, int kb) throws Exception {
        Map<String, long[]> counts = new HashMap<>();
        Map<String, Double> minR = new HashMap<>();
        Map<String, Map<String, Integer>> frequency = new HashMap<>();
        for (int i = 0; i < local.size(); i++) {
            ScanPoint p = local.get(i);
            String cell = grid.coordinate(i, ka) + "," + grid.coordinate(i, kb);
            long[] c = counts.computeIfAbsent(cell, k -> new long[2]);
            c[0]++;
            c[1] += p.overall() == Status.ALLOWED ? 1 : 0;
            if (!Double.isNaN(p.r())) {
                minR.merge(cell, p.r(), Math::min);
            }
            frequency.computeIfAbsent(cell, k -> new HashMap<>()).merge(String.valueOf(p.strongest()), 1, Integer::sum);
        }
        List<String> lines = Files.readAllLines(csv);
        assertEquals(1 + counts.size(), lines.size(), csv.toString());
        for (int line = 1; line < lines.size(); line++) {
            String[] c = lines.get(line).split(",", -1);
            int ia = (line - 1) % grid.axes().get(ka).n();
            int ib = (line - 1) / grid.axes().get(ka).n();
            String cell = ia + "," + ib;
            assertEquals(String.format(java.util.Locale.ROOT, "%.6g", grid.axes().get(ka).value(ia)), c[0]);
            assertEquals(counts.get(cell)[0], Long.parseLong(c[2]), "points in " + cell);
            assertEquals(counts.get(cell)[1], Long.parseLong(c[3]), "allowed in " + cell);
            if (minR.containsKey(cell)) {
                assertEquals(minR.get(cell), Double.parseDouble(c[5]), 1e-5 * minR.get(cell), "min r in " + cell);
            }
            int top = frequency.get(cell).values().stream().max(Integer::compare).orElseThrow();
            String id = c[6].isEmpty() ? "null" : c[6];
            assertEquals(top, frequency.get(cell).get(id), "the most frequent strongest constraint in " + cell);
            assertEquals(top, Integer.parseInt(c[7]));
        }
    }
}

package org.darkcheck.spark;

import static org.darkcheck.spark.SparkTests.DIRAC;
import static org.darkcheck.spark.SparkTests.concat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.spark.sql.Row;
import org.darkcheck.engine.scan.ScanPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan stopped part-way leaves its finished partitions readable; started again with the
 * same output folder it computes only the missing partitions, and the result is complete
 * and the local engine's.
 */
class ResumeTest {

    static final String X = "mediator.mass=1MeV:1GeV:log:30";
    static final String Y = "mediator.coupling=1e-7:1e-2:log:20";

    @Test
    void aStoppedScanResumesWithoutRecomputingFinishedPartitions(@TempDir Path dir) throws Exception {
        SparkTests.spark();
        String[] args = concat(new String[] {"scan"}, DIRAC, new String[] {"--x", X, "--y", Y, "--partitions", "8",
            "--master", "local[2]", "--out", dir.toString()});
        // stop the job as Ctrl-C does, once three tasks are done (tasks made slow so that the rest are not)
        System.setProperty("darkcheck.spark.test.cancelAfterTasks", "3");
        System.setProperty("darkcheck.spark.test.sleepMillis", "1500");
        SparkTests.Run first;
        try {
            first = SparkTests.sparkScan(args);
        } finally {
            System.clearProperty("darkcheck.spark.test.cancelAfterTasks");
            System.clearProperty("darkcheck.spark.test.sleepMillis");
        }
        assertEquals(0, first.status(), first.err());
        assertTrue(first.out().contains("scan: stopped"), first.out());
        Map<String, Object> written = committed(dir);
        assertTrue(written.size() >= 3 && written.size() < 8, "partitions written before the stop: " + written.keySet());
        assertFalse(Files.exists(dir.resolve("scan.csv")), "a stopped scan writes no scan.csv");
        // what is written is readable as it is
        long rows = SparkTests.spark().read().parquet(dir.resolve("points").toString()).count();
        assertEquals(written.size() * 600L / 8, rows, "whole partitions only");

        SparkTests.Run second = SparkTests.sparkScan(args);
        assertEquals(0, second.status(), second.err());
        assertTrue(second.out().contains(String.format("%d of 600 points", 600 - written.size() * 75)), second.out());
        assertTrue(second.out().contains(written.size() + " written before"), second.out());
        Map<String, Object> after = committed(dir);
        assertEquals(8, after.size());
        for (Map.Entry<String, Object> e : written.entrySet()) {
            assertEquals(e.getValue(), after.get(e.getKey()), e.getKey() + " was not written again");
        }
        assertSameAsLocal(dir);
        SparkTests.Run local = SparkTests.localScan(concat(new String[] {"scan"}, DIRAC, new String[] {"--x", X, "--y", Y,
            "--out", dir.resolve("local").toString()}));
        assertEquals(0, local.status(), local.err());
        assertArrayEquals(Files.readAllBytes(dir.resolve("local/scan.csv")), Files.readAllBytes(dir.resolve("scan.csv")));
    }

    @Test
    void ctrlCStopsTheDriverAndLeavesItsFinishedPartitionsReadable(@TempDir Path dir) throws Exception {
        SparkTests.spark();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(System.getProperty("darkcheck.spark.moduleOptions", "").split(" ")));
        command.removeIf(String::isBlank);
        command.addAll(List.of("-Xmx1g", "-Djava.awt.headless=true", "-Ddarkcheck.spark.test.sleepMillis=2000",
                "-Dlog4j2.configurationFile=" + System.getProperty("log4j2.configurationFile"),
                "-cp", System.getProperty("java.class.path"), SparkScanMain.class.getName()));
        command.addAll(List.of(concat(new String[] {"scan"}, DIRAC, new String[] {"--x", X, "--y", Y, "--partitions", "6",
            "--engine", "spark", "--master", "local[2]", "--out", dir.toString()})));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process driver = pb.start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(driver.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean sent = false;
            while ((line = in.readLine()) != null) {
                output.append(line).append('\n');
                if (!sent && line.startsWith("scan: 2/6 tasks")) {
                    // Ctrl-C
                    new ProcessBuilder("kill", "-INT", Long.toString(driver.pid())).start().waitFor();
                    sent = true;
                }
            }
        } finally {
            if (!driver.waitFor(60, TimeUnit.SECONDS)) {
                driver.destroyForcibly();
            }
        }
        assertTrue(output.toString().contains("scan: stopped; "), output.toString());
        Map<String, Object> written = committed(dir);
        assertTrue(written.size() >= 2 && written.size() < 6, written.keySet() + "\n" + output);
        assertEquals(written.size() * 100L, SparkTests.spark().read().parquet(dir.resolve("points").toString()).count());

        SparkTests.Run again = SparkTests.sparkScan(concat(new String[] {"scan"}, DIRAC, new String[] {"--x", X, "--y", Y,
            "--partitions", "6", "--out", dir.toString()}));
        assertEquals(0, again.status(), again.err());
        assertTrue(again.out().contains(written.size() + " written before"), again.out());
        assertSameAsLocal(dir);
    }

    private static void assertSameAsLocal(Path dir) throws Exception {
        List<ScanPoint> local = SparkTests.localPoints(SparkTests.grid(DIRAC, X, Y, false));
        List<Row> rows = SparkTests.sparkPoints(dir);
        assertEquals(local.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            assertEquals(i, r.getLong(r.fieldIndex("index")));
            assertEquals(local.get(i).overall().name(), r.getString(r.fieldIndex("overall")), "status at " + i);
            assertEquals(local.get(i).strongest(), r.getString(r.fieldIndex("strongest")), "strongest at " + i);
        }
    }

    /** The committed partition files and their identity (file key and modification time). */
    private static Map<String, Object> committed(Path dir) throws Exception {
        Map<String, Object> files = new HashMap<>();
        try (Stream<Path> list = Files.list(dir.resolve("points"))) {
            for (Path p : list.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith("part-") && name.endsWith(".parquet")) {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                    files.put(name, a.fileKey() + "@" + a.lastModifiedTime().toMillis() + File.separator + a.size());
                }
            }
        }
        return files;
    }
}

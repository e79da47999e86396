package org.darkcheck.spark;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code points/_scan.txt}: which grid the points in a folder belong to (base model,
 * axes, relic, knowledge base) and into how many partitions it was cut. A restarted
 * scan resumes only into a folder whose manifest names the same grid, and keeps its
 * partitioning, so that partition i means the same points in both runs.
 */
final class Manifest {

    static final String FILE = PointsParquet.FOLDER + "/_scan.txt";

    private final Map<String, String> entries;

    private Manifest(Map<String, String> entries) {
        this.entries = entries;
    }

    static Manifest read(OutputFolder out) throws IOException {
        if (!out.exists(FILE)) {
            return null;
        }
        Map<String, String> entries = new LinkedHashMap<>();
        for (String line : out.read(FILE).split("\n")) {
            int eq = line.indexOf('=');
            if (!line.startsWith("#") && eq > 0) {
                entries.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return new Manifest(entries);
    }

    static void write(OutputFolder out, Grid grid, Knowledge knowledge, int partitions) throws IOException {
        StringBuilder s = new StringBuilder();
        s.append("# DarkCheck scan points (releng/org.darkcheck.spark): a restarted scan resumes here only when\n");
        s.append("# every line but partitions is the same; partition i holds indices i*points/partitions ... \n");
        s.append("partitions=").append(partitions).append('\n');
        s.append("points=").append(grid.size()).append('\n');
        s.append("knowledge=").append(knowledge.fingerprint()).append('\n');
        s.append(grid.describe());
        out.write(FILE, s.toString());
    }

    int partitions() {
        return Integer.parseInt(entries.get("partitions"));
    }

    private static Map<String, String> expected(Grid grid, Knowledge knowledge) {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("points", Long.toString(grid.size()));
        e.put("knowledge", knowledge.fingerprint());
        for (String line : grid.describe().split("\n")) {
            int eq = line.indexOf('=');
            e.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return e;
    }

    boolean sameScan(Grid grid, Knowledge knowledge) {
        return difference(grid, knowledge) == null;
    }

    /** The first entry that differs, as "KEY was ..., now ...", or null. */
    String difference(Grid grid, Knowledge knowledge) {
        Map<String, String> now = expected(grid, knowledge);
        Map<String, String> was = new LinkedHashMap<>(entries);
        was.remove("partitions");
        for (Map.Entry<String, String> e : now.entrySet()) {
            String old = was.remove(e.getKey());
            if (!e.getValue().equals(old)) {
                return e.getKey() + " was " + old + ", now " + e.getValue();
            }
        }
        if (!was.isEmpty()) {
            String key = was.keySet().iterator().next();
            return key + " was " + was.get(key) + ", now none";
        }
        return null;
    }
}

package org.darkcheck.physics.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the committed DarkCast test resources ({@code resources/darkcast/}):
 * limit files as DarkCast's {@code Dataset}s read them (one value per distinct
 * mass, the last row wins; linear interpolation inside, edge values outside) and
 * r-value grids as columns per mass.
 */
final class DarkCastFiles {

    /** DarkCast's "no limit here" sentinel. */
    static final double SENTINEL = 1e5;

    private static final String ROOT = "/resources/darkcast/";

    private DarkCastFiles() {
    }

    /** A limit file: the header's column names and the rows. */
    record Table(List<String> columns, List<double[]> rows) {

        boolean isRValueGrid() {
            return columns.size() == 3 && columns.get(1).equals("g") && columns.get(2).equals("r");
        }

        boolean isTwoSided() {
            return columns.size() == 3 && columns.get(1).equals("lower") && columns.get(2).equals("upper");
        }

        /** Column {@code column} as a function of mass: distinct masses, last row wins. */
        Curve curve(int column) {
            TreeMap<Double, Double> map = new TreeMap<>();
            for (double[] r : rows) {
                map.put(r[0], r[column]);
            }
            return new Curve(map);
        }

        /** An r-value grid as mass -&gt; {couplings increasing, r}. */
        TreeMap<Double, double[][]> grid() {
            TreeMap<Double, TreeMap<Double, Double>> byMass = new TreeMap<>();
            for (double[] r : rows) {
                byMass.computeIfAbsent(r[0], k -> new TreeMap<>()).put(r[1], r[2]);
            }
            TreeMap<Double, double[][]> out = new TreeMap<>();
            for (Map.Entry<Double, TreeMap<Double, Double>> e : byMass.entrySet()) {
                double[] g = e.getValue().keySet().stream().mapToDouble(Double::doubleValue).toArray();
                double[] r = e.getValue().values().stream().mapToDouble(Double::doubleValue).toArray();
                out.put(e.getKey(), new double[][] {g, r});
            }
            return out;
        }
    }

    /** A piecewise-linear curve, edge values held outside (DarkCast's Dataset). */
    record Curve(TreeMap<Double, Double> points) {
        double at(double m) {
            Map.Entry<Double, Double> lo = points.floorEntry(m);
            Map.Entry<Double, Double> hi = points.ceilingEntry(m);
            if (lo == null) {
                return hi.getValue();
            }
            if (hi == null || lo.getKey().equals(hi.getKey())) {
                return lo.getValue();
            }
            double t = (m - lo.getKey()) / (hi.getKey() - lo.getKey());
            return lo.getValue() + t * (hi.getValue() - lo.getValue());
        }
    }

    /** The stems of the oracle files (one per line of recast/limits/FILES.txt). */
    static List<String> oracleStems() {
        List<String> out = new ArrayList<>();
        for (String line : lines("recast/limits/FILES.txt")) {
            if (!line.isBlank()) {
                out.add(line.trim());
            }
        }
        return out;
    }

    static Table published(String stem) {
        return table("limits/" + stem + ".lmt");
    }

    static Table oracle(String modelFolder, String stem) {
        return table("recast/limits/" + modelFolder + "/" + stem + ".lmt");
    }

    static Table table(String path) {
        List<String> columns = null;
        List<double[]> rows = new ArrayList<>();
        for (String line : lines(path)) {
            String t = line.trim();
            if (t.startsWith("#")) {
                if (columns == null) {
                    columns = List.of(t.substring(1).trim().split("\\s+"));
                }
                continue;
            }
            if (t.isEmpty()) {
                continue;
            }
            String[] cols = t.split("\\s+");
            double[] row = new double[cols.length];
            for (int i = 0; i < cols.length; i++) {
                row[i] = Double.parseDouble(cols[i]);
            }
            rows.add(row);
        }
        if (columns == null) {
            throw new IllegalStateException(path + ": no header line");
        }
        return new Table(columns, rows);
    }

    private static List<String> lines(String path) {
        String resource = ROOT + path;
        try (InputStream in = DarkCastFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            List<String> out = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                out.add(line);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}

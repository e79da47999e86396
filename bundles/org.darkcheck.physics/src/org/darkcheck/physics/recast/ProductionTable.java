package org.darkcheck.physics.recast;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * DarkCast's tabulated production fractions ({@code *.prd}: a header naming the
 * production channel of each column, then rows "mass [GeV] fraction...").
 * Fractions are interpolated linearly in mass and held at the edge values
 * outside the table, as DarkCast's {@code Datasets}. The files are read from the
 * physics bundle's {@code data/darkcast/prd/} by file name.
 */
final class ProductionTable {

    private static final String FOLDER = "/data/darkcast/prd/";
    private static final Map<String, ProductionTable> CACHE = new ConcurrentHashMap<>();

    private final List<String> channels;
    private final double[] mass;
    private final double[][] fractions;

    private ProductionTable(List<String> channels, double[] mass, double[][] fractions) {
        this.channels = List.copyOf(channels);
        this.mass = mass;
        this.fractions = fractions;
    }

    /** The table named by a DarkCast path such as "limits/LHCb_Aaij2017rft.prd" (only the file name is used). */
    static ProductionTable load(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (!name.endsWith(".prd") || name.contains("..")) {
            throw new IllegalArgumentException("production: not a DarkCast .prd table: '" + path + "'");
        }
        return CACHE.computeIfAbsent(name, ProductionTable::read);
    }

    List<String> channels() {
        return channels;
    }

    /** The fraction of {@code channel} at mass m [GeV]. */
    double fraction(String channel, double m) {
        double[] f = fractions[channels.indexOf(channel)];
        int n = mass.length;
        if (m <= mass[0]) {
            return f[0];
        }
        if (m >= mass[n - 1]) {
            return f[n - 1];
        }
        int i = Arrays.binarySearch(mass, m);
        if (i >= 0) {
            return f[i];
        }
        int hi = -i - 1;
        int lo = hi - 1;
        double t = (m - mass[lo]) / (mass[hi] - mass[lo]);
        return f[lo] + t * (f[hi] - f[lo]);
    }

    private static ProductionTable read(String name) {
        String path = FOLDER + name;
        try (InputStream in = ProductionTable.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("production: no bundled production table " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            String header = reader.readLine();
            if (header == null) {
                throw new IllegalStateException(path + ": empty");
            }
            String[] keys = header.replace("#", " ").trim().split("\\s+");
            List<String> channels = Arrays.asList(keys).subList(1, keys.length);
            List<double[]> rows = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                String t = line.split("#", -1)[0].trim();
                if (t.isEmpty()) {
                    continue;
                }
                String[] cols = t.split("\\s+");
                if (cols.length != keys.length) {
                    throw new IllegalStateException(path + ": row with " + cols.length + " columns, expected "
                            + keys.length);
                }
                double[] row = new double[cols.length];
                for (int i = 0; i < cols.length; i++) {
                    row[i] = Double.parseDouble(cols[i]);
                }
                rows.add(row);
            }
            rows.sort((a, b) -> Double.compare(a[0], b[0]));
            double[] mass = new double[rows.size()];
            double[][] fractions = new double[channels.size()][rows.size()];
            for (int r = 0; r < rows.size(); r++) {
                mass[r] = rows.get(r)[0];
                for (int c = 0; c < channels.size(); c++) {
                    fractions[c][r] = rows.get(r)[c + 1];
                }
            }
            if (mass.length < 1) {
                throw new IllegalStateException(path + ": no rows");
            }
            return new ProductionTable(channels, mass, fractions);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read production table " + path, e);
        }
    }
}

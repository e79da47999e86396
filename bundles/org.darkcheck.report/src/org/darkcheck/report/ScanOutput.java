package org.darkcheck.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.darkcheck.engine.scan.ScanAxis;
import org.darkcheck.engine.scan.ScanPoint;
import org.darkcheck.report.plots.ChartFiles;
import org.darkcheck.report.plots.ScanMaps;
import org.jfree.chart.JFreeChart;

/**
 * The files of a scan, the same from the command line, the workbench and a
 * distributed run: scan.csv (one row per point: the keys in GeV or plain
 * numbers, overall, the strongest constraint, its r) and the maps as PNG and SVG.
 */
public final class ScanOutput {

    public static final String CSV = "scan.csv";

    private ScanOutput() {
    }

    /** The CSV header line (with its line end). */
    public static String header(ScanAxis x, ScanAxis y) {
        return header(x, y, false);
    }

    /** The CSV header line (with its line end); with relic, a last column omegaH2. */
    public static String header(ScanAxis x, ScanAxis y, boolean relic) {
        List<String> cells = new ArrayList<>();
        cells.add(x.key());
        if (y != null) {
            cells.add(y.key());
        }
        cells.addAll(List.of("overall", "strongest", "r"));
        if (relic) {
            cells.add("omegaH2");
        }
        StringBuilder s = new StringBuilder();
        CsvReport.row(s, cells.toArray(new String[0]));
        return s.toString().replace("\r\n", "\n");
    }

    /** One CSV line (with its line end). */
    public static String line(ScanPoint p, boolean twoD) {
        return line(p, twoD, false);
    }

    /** One CSV line (with its line end); with relic, a last column omegaH2 (empty where it does not apply). */
    public static String line(ScanPoint p, boolean twoD, boolean relic) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%.6g", p.x()));
        if (twoD) {
            s.append(',').append(String.format(Locale.ROOT, "%.6g", p.y()));
        }
        s.append(',').append(p.overall()).append(',').append(p.strongest() == null ? "" : CsvReport.quote(p.strongest()))
                .append(',').append(Double.isFinite(p.r()) ? String.format(Locale.ROOT, "%.6g", p.r()) : "");
        if (relic) {
            s.append(',').append(Double.isFinite(p.omegaH2()) ? String.format(Locale.ROOT, "%.6g", p.omegaH2()) : "");
        }
        return s.append('\n').toString();
    }

    /** The maps of a finished scan, written beside the CSV; returns the files written. */
    public static List<Path> writeMaps(Path dir, ScanAxis x, ScanAxis y, List<ScanPoint> points) throws IOException {
        List<Path> files = new ArrayList<>();
        if (points.isEmpty()) {
            return files;
        }
        for (JFreeChart chart : maps(x, y, points)) {
            String name = chart.getTitle().getText().startsWith("Allowed") ? "allowed"
                    : y == null ? "strongest-r" : "strongest";
            Path png = dir.resolve(name + ".png");
            Path svg = dir.resolve(name + ".svg");
            Files.write(png, ChartFiles.png(chart, 900, 700));
            Files.writeString(svg, ChartFiles.svg(chart, 900, 700), StandardCharsets.UTF_8);
            files.add(png);
            files.add(svg);
        }
        return files;
    }

    /** The maps: allowed region and strongest constraint (2-D), or the strongest r along the axis (1-D). */
    public static List<JFreeChart> maps(ScanAxis x, ScanAxis y, List<ScanPoint> points) {
        return y == null ? List.of(ScanMaps.strongestR(x, points))
                : List.of(ScanMaps.allowed(x, y, points), ScanMaps.strongest(x, y, points));
    }
}

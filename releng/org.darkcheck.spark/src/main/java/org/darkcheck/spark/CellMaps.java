package org.darkcheck.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.darkcheck.engine.Status;
import org.darkcheck.engine.scan.ScanAxis;
import org.darkcheck.engine.scan.ScanPoint;
import org.darkcheck.report.CsvReport;
import org.darkcheck.report.ScanOutput;
import org.darkcheck.report.plots.ChartFiles;
import org.jfree.chart.JFreeChart;

/**
 * The aggregated maps of a distributed scan, computed in Spark from the points' Parquet
 * files: per cell of one or two chosen axes, the number of points, the number and
 * fraction allowed, the smallest r of the strongest constraint, and the most frequent
 * strongest constraint. Written as CSV and drawn by the local scan's own plotting code
 * ({@link ScanOutput#writeMaps}): each cell becomes one point, allowed where any of its
 * points is allowed, labelled with its most frequent strongest constraint and its
 * smallest r. For a grid without other axes a cell is one point, and the maps are those
 * of the local scan. Where cells hold several points, a map of the allowed fraction too.
 */
final class CellMaps {

    /** One cell of a map. */
    record Cell(int a, int b, long points, long allowed, double minR, String strongest, long strongestPoints) {
    }

    /** Files written for one map, and the allowed points over the whole grid. */
    record Written(List<String> files, long allowed) {
    }

    private final SparkSession spark;
    private final Grid grid;
    private final OutputFolder out;

    CellMaps(SparkSession spark, Grid grid, OutputFolder out) {
        this.spark = spark;
        this.grid = grid;
        this.out = out;
    }

    private Dataset<Row> points() {
        return spark.read().parquet(out.path(PointsParquet.FOLDER).toString());
    }

    /** The cells over axes (positions in grid.axes(), one or two), ordered with the first axis fastest. */
    List<Cell> cells(List<Integer> axes) {
        int ka = axes.get(0);
        Integer kb = axes.size() > 1 ? axes.get(1) : null;
        Dataset<Row> p = points()
                .withColumn("ca", expr(cellExpression(ka)))
                .withColumn("cb", kb == null ? lit(0) : expr(cellExpression(kb)));
        // per cell and strongest constraint, then per cell; the most frequent strongest constraint is the
        // largest (count, id) pair: ties go to the larger id, and any id wins over none (null sorts first)
        List<Row> rows = p.groupBy(col("ca"), col("cb"), col(PointsParquet.STRONGEST))
                .agg(count(lit(1)).as("n"),
                        sum(when(col(PointsParquet.OVERALL).equalTo(Status.ALLOWED.name()), 1).otherwise(0)).as("allowed"),
                        min(col(PointsParquet.R)).as("min_r"))
                .groupBy(col("ca"), col("cb"))
                .agg(sum("n").as("points"), sum("allowed").as("allowed"), min("min_r").as("min_r"),
                        max(struct(col("n"), col(PointsParquet.STRONGEST))).as("top"))
                .orderBy("cb", "ca")
                .collectAsList();
        List<Cell> cells = new ArrayList<>(rows.size());
        for (Row r : rows) {
            Row top = r.getAs("top");
            cells.add(new Cell(((Number) r.getAs("ca")).intValue(), ((Number) r.getAs("cb")).intValue(),
                    ((Number) r.getAs("points")).longValue(), ((Number) r.getAs("allowed")).longValue(),
                    r.isNullAt(r.fieldIndex("min_r")) ? Double.NaN : r.<Double>getAs("min_r"),
                    top.isNullAt(1) ? null : top.getString(1), top.getLong(0)));
        }
        return cells;
    }

    private String cellExpression(int k) {
        return "pmod(" + PointsParquet.INDEX + " div " + grid.stride(k) + ", " + grid.axes().get(k).n() + ")";
    }

    /** Writes cells.csv and the maps of one map, into {@code folder} ("" for the top of the output). */
    Written write(List<Integer> axes, String folder) throws IOException {
        List<Cell> cells = cells(axes);
        ScanAxis a = grid.axes().get(axes.get(0));
        ScanAxis b = axes.size() > 1 ? grid.axes().get(axes.get(1)) : null;
        String prefix = folder.isEmpty() ? "" : folder + "/";
        if (!folder.isEmpty()) {
            out.mkdirs(folder);
        }
        List<String> files = new ArrayList<>();
        files.add(out.write(prefix + "cells.csv", csv(a, b, cells)).toString());

        List<ScanPoint> asPoints = new ArrayList<>(cells.size());
        boolean several = false;
        long allowed = 0;
        for (Cell c : cells) {
            asPoints.add(new ScanPoint((long) c.b() * a.n() + c.a(), a.value(c.a()), b == null ? Double.NaN : b.value(c.b()),
                    c.allowed() > 0 ? Status.ALLOWED : Status.EXCLUDED, c.strongest(), c.minR(), Double.NaN));
            several |= c.points() > 1;
            allowed += c.allowed();
        }
        java.nio.file.Path local = out.localFolder();
        java.nio.file.Path target = local == null ? Files.createTempDirectory("darkcheck-maps") : local.resolve(folder);
        List<java.nio.file.Path> drawn = new ArrayList<>(ScanOutput.writeMaps(target, a, b, asPoints));
        if (several && b != null) {
            JFreeChart fraction = FractionMap.chart(a, b, cells);
            java.nio.file.Path png = target.resolve("allowed-fraction.png");
            java.nio.file.Path svg = target.resolve("allowed-fraction.svg");
            Files.write(png, ChartFiles.png(fraction, 900, 700));
            Files.writeString(svg, ChartFiles.svg(fraction, 900, 700), StandardCharsets.UTF_8);
            drawn.add(png);
            drawn.add(svg);
        }
        if (local == null) {
            out.copyFrom(target, folder.isEmpty() ? "." : folder);
            for (java.nio.file.Path f : drawn) {
                files.add(out.path(prefix + f.getFileName()).toString());
                Files.delete(f);
            }
            Files.delete(target);
        } else {
            drawn.forEach(f -> files.add(f.toString()));
        }
        return new Written(files, allowed);
    }

    private static String csv(ScanAxis a, ScanAxis b, List<Cell> cells) {
        StringBuilder s = new StringBuilder();
        List<String> header = new ArrayList<>();
        header.add(a.key());
        if (b != null) {
            header.add(b.key());
        }
        header.addAll(List.of("points", "allowed", "allowed_fraction", "min_r", "strongest", "strongest_points"));
        s.append(String.join(",", header)).append('\n');
        for (Cell c : cells) {
            s.append(number(a.value(c.a())));
            if (b != null) {
                s.append(',').append(number(b.value(c.b())));
            }
            s.append(',').append(c.points()).append(',').append(c.allowed()).append(',')
                    .append(number((double) c.allowed() / c.points())).append(',')
                    .append(Double.isFinite(c.minR()) ? number(c.minR()) : "").append(',')
                    .append(c.strongest() == null ? "" : CsvReport.quote(c.strongest())).append(',')
                    .append(c.strongestPoints()).append('\n');
        }
        return s.toString();
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }

    /**
     * scan.csv in exactly the local format ({@link ScanOutput#header}, {@link ScanOutput#line}),
     * rows in grid order: the partition files are read on the driver one after the other
     * (each holds a run of indices in order), one row at a time, never all at once.
     */
    String writeScanCsv(int partitions) throws IOException {
        ScanAxis x = grid.scan().x();
        ScanAxis y = grid.scan().y();
        boolean relic = grid.withRelic();
        String xc = PointsParquet.column(x.key());
        String yc = y == null ? null : PointsParquet.column(y.key());
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        long expected = 0;
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out.create(ScanOutput.CSV), StandardCharsets.UTF_8))) {
            w.write(ScanOutput.header(x, y, relic));
            for (int part = 0; part < partitions; part++) {
                Path file = PointsParquet.partFile(out.path(PointsParquet.FOLDER), part);
                try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(), file).withConf(conf).build()) {
                    for (Group g = reader.read(); g != null; g = reader.read()) {
                        long index = g.getLong(PointsParquet.INDEX, 0);
                        if (index != expected++) {
                            throw new IllegalStateException(file + " holds index " + index + " where " + (expected - 1)
                                    + " was expected");
                        }
                        double xv = g.getDouble(xc, 0);
                        double yv = yc == null ? Double.NaN : g.getDouble(yc, 0);
                        Status overall = Status.valueOf(g.getString(PointsParquet.OVERALL, 0));
                        String strongest = present(g, PointsParquet.STRONGEST) ? g.getString(PointsParquet.STRONGEST, 0) : null;
                        double r = present(g, PointsParquet.R) ? g.getDouble(PointsParquet.R, 0) : Double.NaN;
                        double omega = relic && present(g, PointsParquet.OMEGA) ? g.getDouble(PointsParquet.OMEGA, 0) : Double.NaN;
                        w.write(ScanOutput.line(new ScanPoint(index, xv, yv, overall, strongest, r, omega), y != null, relic));
                    }
                }
            }
        }
        if (expected != grid.size()) {
            throw new IllegalStateException("the points files hold " + expected + " of " + grid.size() + " points");
        }
        return out.path(ScanOutput.CSV).toString();
    }

    private static boolean present(Group g, String field) {
        return g.getFieldRepetitionCount(field) > 0;
    }
}

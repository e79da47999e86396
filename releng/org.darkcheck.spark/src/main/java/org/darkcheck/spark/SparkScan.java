package org.darkcheck.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;

/**
 * A scan on Apache Spark: the grid's point indices are generated inside Spark
 * ({@code spark.range}), each partition is diagnosed by {@link PartitionTask} with the
 * local per-point function and written as one Parquet file, then the per-cell maps
 * are aggregated in Spark from those files and rendered by the local scan's plotting
 * code ({@link CellMaps}); a 1-D or 2-D grid small enough also gets the local
 * {@code scan.csv}. The driver holds no points, only one summary row per partition
 * and one row per map cell.
 *
 * <p>Output folder: {@code points/part-NNNNN.parquet} and {@code points/_scan.txt}
 * (what grid the points belong to, for resuming), {@code cells.csv} and the maps
 * ({@code allowed}, {@code strongest} or {@code strongest-r}, and
 * {@code allowed-fraction} where cells hold several points) as PNG and SVG, extra maps
 * in {@code map-KEY-KEY/}, and {@code scan.csv}.
 */
public final class SparkScan {

    /** Spark's job group of the scan job (what Ctrl-C cancels). */
    public static final String JOB_GROUP = "darkcheck-scan";
    /** The largest grid that also gets scan.csv (through the driver, ordered by index). */
    public static final long DEFAULT_CSV_LIMIT = 1_000_000;

    /**
     * What to run.
     *
     * @param grid       the grid
     * @param knowledge  the knowledge base
     * @param out        the output folder (a path, or a URI such as hdfs://...)
     * @param partitions the number of partitions, or 0 for the default (tasks of a few seconds)
     * @param maps       the maps to aggregate: each a list of one or two axis positions in grid.axes();
     *                   the first is written at the top of the folder
     * @param csvLimit   the largest 1-D or 2-D grid that gets scan.csv
     * @param hooks      test-only faults
     */
    public record Job(Grid grid, Knowledge knowledge, String out, int partitions, List<List<Integer>> maps, long csvLimit,
            TestHooks hooks) {
    }

    /**
     * What happened.
     *
     * @param points          grid points
     * @param computed        points diagnosed in this run (the rest were written by an earlier run)
     * @param partitions      partitions of the grid
     * @param skipped         partitions written by an earlier run
     * @param written         partitions written now (all of them unless stopped)
     * @param failedAttempts  task attempts that failed and were retried
     * @param stopped         the job was cancelled (Ctrl-C); the partitions written so far are kept
     * @param jobSeconds      wall time of the scan job
     * @param outputSeconds   wall time of the maps (aggregated in Spark) and scan.csv
     * @param totalSeconds    wall time from the start of run() (maps and CSV included)
     * @param allowed         allowed points (when the scan finished)
     * @param ruleBaseBuilds  rule bases built during the job (one per executor JVM that had none)
     * @param ruleBaseMillis  mean time of one such build
     * @param computeSeconds  task time spent diagnosing and writing points, summed over tasks
     * @param files           files written besides the points
     */
    public record Result(long points, long computed, int partitions, int skipped, int written, int failedAttempts, boolean stopped,
            double jobSeconds, double outputSeconds, double totalSeconds, long allowed, int ruleBaseBuilds, double ruleBaseMillis,
            double computeSeconds, List<String> files) {
    }

    /** The output folder holds the points of a different grid: bad input, refused before anything runs. */
    public static final class DifferentScanException extends Exception {
        private static final long serialVersionUID = 1L;

        DifferentScanException(String message) {
            super(message);
        }
    }

    private final SparkSession spark;
    private final PrintStream err;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public SparkScan(SparkSession spark, PrintStream err) {
        this.spark = spark;
        this.err = err;
    }

    /**
     * Checks, before any Spark job, that an existing output folder holds points of this
     * same grid (or none).
     */
    public static void checkResumable(Job job, Configuration conf) throws IOException, DifferentScanException {
        OutputFolder out = new OutputFolder(job.out(), conf);
        Manifest existing = Manifest.read(out);
        if (existing != null && !existing.sameScan(job.grid(), job.knowledge())) {
            throw new DifferentScanException("--out: " + out + " holds the points of a different scan ("
                    + existing.difference(job.grid(), job.knowledge()) + "); choose another folder, or remove "
                    + PointsParquet.FOLDER + "/ there to start again");
        }
    }

    /** Cancels the running scan job (Ctrl-C): the partitions already written stay. */
    public void cancel() {
        cancelled.set(true);
        try {
            spark.sparkContext().cancelJobGroup(JOB_GROUP);
        } catch (RuntimeException e) {
            // the context is already stopping
        }
    }

    /**
     * Frees a broadcast; after Ctrl-C the shutdown hook may have stopped the context already (its block
     * manager is gone), and then there is nothing left to free.
     */
    private static void destroy(Broadcast<?> broadcast) {
        try {
            broadcast.destroy();
        } catch (RuntimeException e) {
            // the context is stopped: its broadcasts went with it
        }
    }

    public Result run(Job job) throws IOException, DifferentScanException {
        long t0 = System.nanoTime();
        SparkContext sc = spark.sparkContext();
        Configuration conf = sc.hadoopConfiguration();
        OutputFolder out = new OutputFolder(job.out(), conf);
        Grid grid = job.grid();

        Manifest manifest = Manifest.read(out);
        Partitioning partitioning;
        if (manifest != null) {
            if (!manifest.sameScan(grid, job.knowledge())) {
                throw new DifferentScanException("--out: " + out + " holds the points of a different scan ("
                        + manifest.difference(grid, job.knowledge()) + ")");
            }
            partitioning = new Partitioning(grid.size(), manifest.partitions());
        } else {
            partitioning = job.partitions() > 0 ? new Partitioning(grid.size(), (int) Math.min(job.partitions(), grid.size()))
                    : Partitioning.forGrid(grid.size(), grid.withRelic(), sc.defaultParallelism());
            out.mkdirs(PointsParquet.FOLDER);
            Manifest.write(out, grid, job.knowledge(), partitioning.partitions());
        }
        out.delete(PointsParquet.FOLDER + "/" + PointsParquet.ATTEMPTS);
        Set<Integer> before = out.committedPartitions();
        if (!before.isEmpty()) {
            err.println(String.format(Locale.ROOT, "scan: resuming: %d of %d partitions are written already in %s",
                    before.size(), partitioning.partitions(), out.path(PointsParquet.FOLDER)));
        }

        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(sc);
        Broadcast<Knowledge> knowledge = jsc.broadcast(job.knowledge());
        Broadcast<SerializableConfiguration> hadoop = jsc.broadcast(new SerializableConfiguration(conf));
        PartitionTask task = new PartitionTask(grid, partitioning, knowledge, hadoop,
                out.path(PointsParquet.FOLDER).toString(), job.hooks());
        ScanProgress progress = new ScanProgress(err, partitioning, before, JOB_GROUP, this::cancel,
                job.hooks().cancelAfterTasks());
        sc.addSparkListener(progress);
        List<PartitionResult> results;
        long j0 = System.nanoTime();
        try {
            sc.setJobGroup(JOB_GROUP, "DarkCheck scan of " + grid.size() + " points", true);
            Dataset<Long> indices = spark.range(0, grid.size(), 1, partitioning.partitions());
            results = indices.mapPartitions(task, Encoders.bean(PartitionResult.class)).collectAsList();
        } catch (Exception e) { // a cancelled job ends in a SparkException (checked in Java's eyes, so caught as Exception)
            if (!cancelled.get()) {
                throw e;
            }
            results = null;
        } finally {
            sc.clearJobGroup();
            sc.removeSparkListener(progress);
            destroy(knowledge);
            destroy(hadoop);
        }
        double jobSeconds = (System.nanoTime() - j0) / 1e9;
        if (results == null) {
            Set<Integer> now = out.committedPartitions();
            long written = 0;
            for (int p : now) {
                written += partitioning.size(p);
            }
            return new Result(grid.size(), written - sum(partitioning, before), partitioning.partitions(), before.size(),
                    now.size(), progress.failedAttempts(), true, jobSeconds, 0, (System.nanoTime() - t0) / 1e9, -1, 0, 0, 0, List.of());
        }
        long computed = 0;
        int skipped = 0;
        int builds = 0;
        long buildNanos = 0;
        long computeNanos = 0;
        for (PartitionResult r : results) {
            if (r.isSkipped()) {
                skipped++;
            } else {
                computed += r.getPoints();
                computeNanos += r.getComputeNanos();
            }
            if (r.getRuleBaseBuildNanos() > 0) {
                builds++;
                buildNanos += r.getRuleBaseBuildNanos();
            }
        }
        long o0 = System.nanoTime();
        CellMaps maps = new CellMaps(spark, grid, out);
        List<String> files = new ArrayList<>();
        long allowed = -1;
        for (int m = 0; m < job.maps().size(); m++) {
            CellMaps.Written w = maps.write(job.maps().get(m), m == 0 ? "" : mapFolder(grid, job.maps().get(m)));
            files.addAll(w.files());
            if (m == 0) {
                allowed = w.allowed();
            }
        }
        if (grid.outer().isEmpty() && grid.size() <= job.csvLimit()) {
            files.add(maps.writeScanCsv(partitioning.partitions()));
        }
        return new Result(grid.size(), computed, partitioning.partitions(), skipped, partitioning.partitions(),
                progress.failedAttempts(), false, jobSeconds, (System.nanoTime() - o0) / 1e9, (System.nanoTime() - t0) / 1e9, allowed, builds, builds == 0 ? 0 : buildNanos / 1e6 / builds,
                computeNanos / 1e9, files);
    }

    private static long sum(Partitioning partitioning, Set<Integer> partitions) {
        long n = 0;
        for (int p : partitions) {
            n += partitioning.size(p);
        }
        return n;
    }

    /** The folder of an extra map: map-KEY-KEY. */
    static String mapFolder(Grid grid, List<Integer> axes) {
        StringBuilder s = new StringBuilder("map");
        for (int k : axes) {
            s.append('-').append(grid.axes().get(k).key());
        }
        return s.toString();
    }
}

package org.darkcheck.spark.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.spark.sql.SparkSession;
import org.darkcheck.cli.SparkScanInput;
import org.darkcheck.engine.DarkCheckEngine;
import org.darkcheck.engine.Status;
import org.darkcheck.engine.scan.Scan;
import org.darkcheck.spark.Grid;
import org.darkcheck.spark.SparkScan;
import org.darkcheck.spark.SparkScanMain;
import org.darkcheck.spark.TestHooks;

/**
 * The scan benchmark (not a test): points per second of the same grid with the local
 * engine and with Spark, and Spark's fixed cost per job. Run by
 * releng/scripts/spark-benchmark.sh, which also times spark-submit on a standalone cluster.
 * <pre>
 *   ScanBenchmark local --threads N   scan ARGS...   the local scan (Scan.run), once per outer combination
 *   ScanBenchmark spark --master URL  scan ARGS...   the Spark scan in this JVM, then a 2-point job for the overhead
 * </pre>
 * ARGS are those of ./darkcheck scan ... --engine spark (--axis for the outer axes). One
 * result line per figure, "bench: NAME = VALUE UNIT", on standard output.
 */
public final class ScanBenchmark {

    private ScanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        String mode = rest.remove(0);
        String option = rest.remove(0);
        String value = rest.remove(0);
        if (!rest.remove(0).equals("scan")) {
            throw new IllegalArgumentException("usage: ScanBenchmark local --threads N | spark --master URL, then scan ARGS...");
        }
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        SparkScan.Job job;
        try {
            job = SparkScanMain.prepareForBenchmark(rest, System.err);
        } catch (SparkScanInput.BadInput e) {
            System.err.println("darkcheck: " + e.getMessage());
            System.exit(2);
            return;
        }
        Grid grid = job.grid();
        out.println(String.format(Locale.ROOT, "bench: grid = %d points (%s)", grid.size(),
                String.join(" x ", grid.axes().stream().map(a -> a.key() + ":" + a.n()).toList())));
        if (mode.equals("local") && option.equals("--threads")) {
            local(grid, Integer.parseInt(value), out);
        } else if (mode.equals("spark") && option.equals("--master")) {
            spark(job, value, out);
        } else {
            throw new IllegalArgumentException("unknown mode " + mode + " " + option);
        }
        System.exit(0);
    }

    /** The local engine: the local scan over x and y, looped over the outer axes, on `threads` threads. */
    private static void local(Grid grid, int threads, PrintStream out) throws InterruptedException {
        long b0 = System.nanoTime();
        DarkCheckEngine engine = DarkCheckEngine.build(List.of(org.darkcheck.rules.BuiltInKnowledge.source()));
        out.println(String.format(Locale.ROOT, "bench: local rule-base build = %.0f ms", (System.nanoTime() - b0) / 1e6));
        AtomicLong allowed = new AtomicLong();
        AtomicLong done = new AtomicLong();
        long outer = grid.size() / grid.scan().size();
        long t0 = System.nanoTime();
        long lastReport = t0;
        for (long o = 0; o < outer; o++) {
            Scan inner = grid.innerScan(o);
            done.addAndGet(inner.run(engine, threads, new AtomicBoolean(), p -> {
                if (p.overall() == Status.ALLOWED) {
                    allowed.incrementAndGet();
                }
            }, n -> { }));
            if (System.nanoTime() - lastReport > 10e9) {
                lastReport = System.nanoTime();
                System.err.println(String.format(Locale.ROOT, "local: %d/%d points, %.0f points/s", done.get(), grid.size(),
                        done.get() / ((lastReport - t0) / 1e9)));
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        out.println(String.format(Locale.ROOT, "bench: local %d threads = %.1f s for %d points, %.0f points/s; allowed %d",
                threads, seconds, done.get(), done.get() / seconds, allowed.get()));
        out.println(String.format(Locale.ROOT, "bench: local per point = %.1f us of one core", 1e6 * seconds * threads / done.get()));
    }

    /** Spark in this JVM: session start, the scan job, then a 2-point job for the fixed cost of a job. */
    private static void spark(SparkScan.Job job, String master, PrintStream out) throws Exception {
        long s0 = System.nanoTime();
        SparkSession spark = SparkScanMain.startForBenchmark(master);
        out.println(String.format(Locale.ROOT, "bench: spark session start = %.1f s (%s, %d cores)", (System.nanoTime() - s0) / 1e9,
                spark.sparkContext().master(), spark.sparkContext().defaultParallelism()));
        try {
            SparkScan scan = new SparkScan(spark, System.err);
            SparkScan.Result r = scan.run(job);
            out.println(String.format(Locale.ROOT,
                    "bench: spark job = %.1f s for %d points in %d partitions, %.0f points/s; allowed %d", r.jobSeconds(),
                    r.computed(), r.partitions(), r.computed() / r.jobSeconds(), r.allowed()));
            out.println(String.format(Locale.ROOT, "bench: spark per point = %.1f us of task time (%.1f s over all tasks)",
                    1e6 * r.computeSeconds() / Math.max(1, r.computed()), r.computeSeconds()));
            out.println(String.format(Locale.ROOT, "bench: spark rule-base build = %d build(s), %.0f ms each", r.ruleBaseBuilds(),
                    r.ruleBaseMillis()));
            out.println(String.format(Locale.ROOT, "bench: spark maps = %.1f s", r.outputSeconds()));
            // the fixed cost of one more job on a warm session: 2 points, same output machinery
            Path tiny = Files.createTempDirectory("darkcheck-bench-tiny");
            Scan two = new Scan(job.grid().scan().base(), new org.darkcheck.engine.scan.ScanAxis(job.grid().scan().x().key(),
                    job.grid().scan().x().from(), job.grid().scan().x().to(), job.grid().scan().x().log(), 2), null,
                    job.grid().withRelic());
            SparkScan.Result t = scan.run(new SparkScan.Job(new Grid(two, List.of()), job.knowledge(), tiny.toString(), 0,
                    List.of(List.of(0)), 0, TestHooks.NONE));
            out.println(String.format(Locale.ROOT, "bench: spark job overhead = %.2f s (a 2-point job on a warm session;"
                    + " %.2f s of it the maps)", t.totalSeconds(), t.outputSeconds()));
        } finally {
            spark.stop();
        }
    }
}

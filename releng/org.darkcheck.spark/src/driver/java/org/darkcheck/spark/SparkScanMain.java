package org.darkcheck.spark;

import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.darkcheck.cli.SparkScanInput;
import org.darkcheck.engine.scan.ScanAxis;

/**
 * The Spark driver of {@code ./darkcheck scan ... --engine spark}, and the main class of
 * the job jar for {@code spark-submit}. Arguments: {@code scan} and the local scan's
 * arguments (shared/CLI.md), plus
 * <pre>
 *   --engine spark          (accepted; ./darkcheck routes on it)
 *   --master URL            local[N], spark://HOST:PORT, yarn ... (default: spark-submit's, else local[--threads or *])
 *   --partitions N          partitions of the grid (default: tasks of a few seconds, at least two per core)
 *   --axis KEY=FROM:TO:log|lin:N   an outer axis, repeatable (slower than --y; the first outer axis fastest)
 *   --map KEY[,KEY]         another map over one or two axes, repeatable (the first two axes always get one)
 *   --csv-limit N           the largest 1-D or 2-D grid that also gets scan.csv (default 1000000)
 * </pre>
 * Bad input is refused with the local scan's one-line message and exit status 2
 * before Spark starts; 0 when the scan ran (or was stopped with Ctrl-C), 3 for an
 * internal error.
 */
public final class SparkScanMain {

    static final int OK = 0;
    static final int BAD_INPUT = 2;
    static final int INTERNAL_ERROR = 3;

    private static final AtomicInteger SESSIONS_REQUESTED = new AtomicInteger();

    private SparkScanMain() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** How many times this JVM's driver asked for a SparkSession (tests: bad input never does). */
    public static int sessionsRequested() {
        return SESSIONS_REQUESTED.get();
    }

    /** The Spark-only options, taken out of the arguments before the local scan's checks. */
    static final class SparkOptions {
        String master;
        int partitions;
        long csvLimit = SparkScan.DEFAULT_CSV_LIMIT;
        final List<String> axes = new ArrayList<>();
        final List<String> maps = new ArrayList<>();
        final List<String> rest = new ArrayList<>();

        static SparkOptions take(List<String> args) throws SparkScanInput.BadInput {
            SparkOptions o = new SparkOptions();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                String name = arg.startsWith("--") ? arg.substring(2) : null;
                String value = null;
                if (name != null && name.indexOf('=') >= 0) {
                    value = name.substring(name.indexOf('=') + 1);
                    name = name.substring(0, name.indexOf('='));
                }
                if (name == null || !List.of("engine", "master", "partitions", "axis", "map", "csv-limit").contains(name)) {
                    o.rest.add(arg);
                    continue;
                }
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new SparkScanInput.BadInput("option --" + name + " needs a value");
                    }
                    value = args.get(++i);
                }
                switch (name) {
                    case "engine" -> {
                        if (!value.equals("spark")) {
                            throw new SparkScanInput.BadInput("--engine takes local or spark, got '" + value
                                    + "' (this is the Spark driver; the local engine runs without --engine spark)");
                        }
                    }
                    case "master" -> o.master = value;
                    case "partitions" -> o.partitions = (int) whole(name, value, 1, Integer.MAX_VALUE / 2);
                    case "csv-limit" -> o.csvLimit = whole(name, value, 0, Long.MAX_VALUE);
                    case "axis" -> o.axes.add(value);
                    default -> o.maps.add(value);
                }
            }
            return o;
        }

        private static long whole(String name, String text, long min, long max) throws SparkScanInput.BadInput {
            try {
                long n = Long.parseLong(text.strip());
                if (n < min || n > max) {
                    throw new NumberFormatException();
                }
                return n;
            } catch (NumberFormatException e) {
                throw new SparkScanInput.BadInput("--" + name + " takes a whole number of at least " + min + ", got '" + text + "'");
            }
        }
    }

    /** A scan whose arguments passed every check. */
    record Prepared(SparkScan.Job job, SparkOptions options, SparkScanInput.Request request) {
    }

    /**
     * Checks the arguments after "scan", as the local scan does and then the Spark-only ones,
     * without starting Spark; the message of BadInput is the one line to print.
     */
    static Prepared prepare(List<String> args, PrintStream err) throws SparkScanInput.BadInput {
        try {
            SparkOptions options = SparkOptions.take(args);
            checkMaster(options.master);
            SparkScanInput.Request request = SparkScanInput.parse(options.rest, OutputFolder.hasScheme(outOption(options.rest)), err);
            List<ScanAxis> outer = new ArrayList<>();
            for (String a : options.axes) {
                outer.add(ScanAxis.parse(a));
            }
            Grid grid = new Grid(request.scan(), outer);
            Knowledge knowledge = request.constraints() == null ? Knowledge.builtIn() : Knowledge.withUser(request.constraints());
            SparkScan.Job job = new SparkScan.Job(grid, knowledge, request.out(), options.partitions, maps(grid, options.maps),
                    options.csvLimit, TestHooks.fromSystemProperties());
            SparkScan.checkResumable(job, new org.apache.hadoop.conf.Configuration());
            return new Prepared(job, options, request);
        } catch (SparkScan.DifferentScanException | IllegalArgumentException | ArithmeticException e) {
            throw new SparkScanInput.BadInput(e.getMessage());
        } catch (java.io.IOException e) {
            throw new SparkScanInput.BadInput("--out: " + e.getMessage());
        }
    }

    /**
     * YARN and Kubernetes need Spark's modules for them (spark-yarn, spark-kubernetes) and the
     * cluster's configuration, which a cluster's own spark-submit brings; the driver that
     * ./darkcheck starts has Spark core and SQL only.
     */
    private static void checkMaster(String master) throws SparkScanInput.BadInput {
        if (master == null) {
            return;
        }
        String manager = master.startsWith("yarn") ? "org.apache.spark.deploy.yarn.YarnClusterManager"
                : master.startsWith("k8s://") ? "org.apache.spark.scheduler.cluster.k8s.KubernetesClusterManager" : null;
        if (manager == null) {
            return;
        }
        try {
            Class.forName(manager, false, SparkScanMain.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new SparkScanInput.BadInput("--master " + master + ": submit the job jar with the cluster's own spark-submit"
                    + " (releng/org.darkcheck.spark/README.md); this driver runs local[N] and spark://HOST:PORT");
        }
    }

    /** For the benchmark: the checked job of scan arguments (after "scan"). */
    public static SparkScan.Job prepareForBenchmark(List<String> args, PrintStream err) throws SparkScanInput.BadInput {
        return prepare(new ArrayList<>(args), err).job();
    }

    /** For the benchmark: a session as the driver starts it. */
    public static SparkSession startForBenchmark(String master) {
        SESSIONS_REQUESTED.incrementAndGet();
        return start(master, null);
    }

    public static int run(String[] arguments, PrintStream out, PrintStream err) {
        List<String> args = new ArrayList<>(Arrays.asList(arguments));
        if (args.isEmpty() || !args.get(0).equals("scan")) {
            err.println("darkcheck: the Spark driver runs scans: scan FILE|--set ... --x KEY=FROM:TO:log|lin:N [--y ...] --out DIR"
                    + " [--master URL] [--partitions N] [--axis KEY=FROM:TO:log|lin:N ...] [--map KEY,KEY ...]");
            return BAD_INPUT;
        }
        args.remove(0);
        Prepared prepared;
        try {
            prepared = prepare(args, err);
        } catch (SparkScanInput.BadInput e) {
            err.println("darkcheck: " + e.getMessage());
            return BAD_INPUT;
        }
        SparkScan.Job job = prepared.job();
        SparkOptions options = prepared.options();
        SparkScanInput.Request request = prepared.request();

        SparkSession existing = SparkSession.getActiveSession().isDefined() ? SparkSession.getActiveSession().get()
                : SparkSession.getDefaultSession().isDefined() ? SparkSession.getDefaultSession().get() : null;
        SESSIONS_REQUESTED.incrementAndGet();
        SparkSession spark = existing != null ? existing : start(options.master, request.threads());
        String master = spark.sparkContext().master();
        err.println(String.format(Locale.ROOT, "scan: %d points on Spark %s, master %s", job.grid().size(), spark.version(), master));
        SparkScan scan = new SparkScan(spark, err);
        CountDownLatch reported = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            scan.cancel();
            try {
                reported.await(20, TimeUnit.SECONDS); // let the driver report what is written
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }, "DarkCheck Spark scan stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            SparkScan.Result r = scan.run(job);
            report(r, master, job, out, err);
            return OK;
        } catch (SparkScan.DifferentScanException e) {
            err.println("darkcheck: " + e.getMessage());
            return BAD_INPUT;
        } catch (Exception | Error e) {
            err.println("darkcheck: internal error: " + e);
            e.printStackTrace(err);
            return INTERNAL_ERROR;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is running and waits for us
            }
            if (existing == null) {
                spark.stop();
            }
            reported.countDown();
        }
    }

    private static String outOption(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--out") && i + 1 < args.size()) {
                return args.get(i + 1);
            }
            if (args.get(i).startsWith("--out=")) {
                return args.get(i).substring(6);
            }
        }
        return "";
    }

    /** The maps as axis positions: the first two axes (or the only one), then each --map KEY[,KEY]. */
    static List<List<Integer>> maps(Grid grid, List<String> specs) {
        List<String> keys = grid.axes().stream().map(ScanAxis::key).toList();
        List<List<Integer>> maps = new ArrayList<>();
        maps.add(keys.size() == 1 ? List.of(0) : List.of(0, 1));
        for (String spec : specs) {
            List<Integer> axes = new ArrayList<>();
            for (String key : spec.split(",")) {
                int k = keys.indexOf(key.strip());
                if (k < 0) {
                    throw new IllegalArgumentException("--map: '" + key.strip() + "' is not an axis of this scan (axes: "
                            + String.join(", ", keys) + ")");
                }
                axes.add(k);
            }
            if (axes.isEmpty() || axes.size() > 2 || (axes.size() == 2 && axes.get(0).equals(axes.get(1)))) {
                throw new IllegalArgumentException("--map takes one or two different axes, KEY or KEY,KEY, got '" + spec + "'");
            }
            if (!maps.contains(axes)) {
                maps.add(axes);
            }
        }
        return maps;
    }

    /**
     * Starts Spark: the given master, else spark-submit's, else local with --threads (or every
     * core). In local mode a task is retried like on a cluster (local[N,4]); the driver binds to
     * SPARK_LOCAL_IP when it is set, and Spark's web UI is off unless asked for.
     */
    static SparkSession start(String master, Integer threads) {
        SparkConf conf = new SparkConf();
        String m = master != null ? master : conf.contains("spark.master") ? conf.get("spark.master")
                : "local[" + (threads == null ? "*" : threads) + "]";
        conf.setMaster(withRetries(m));
        conf.setAppName(conf.get("spark.app.name", "DarkCheck scan"));
        conf.setIfMissing("spark.ui.enabled", "false");
        conf.setIfMissing("spark.sql.shuffle.partitions", "16");
        String ip = System.getenv("SPARK_LOCAL_IP");
        if (ip != null && !ip.isBlank()) {
            conf.setIfMissing("spark.driver.host", ip);
            conf.setIfMissing("spark.driver.bindAddress", ip);
        }
        if (!m.startsWith("local") && !conf.contains("spark.jars")) {
            String jar = jobJar();
            if (jar != null) {
                conf.set("spark.jars", jar);
            }
        }
        return SparkSession.builder().config(conf).getOrCreate();
    }

    private static final Pattern LOCAL = Pattern.compile("local(?:\\[(\\*|\\d+)\\])?");

    /** local, local[N] and local[*] retry no task; give them Spark's cluster default of 4 attempts. */
    static String withRetries(String master) {
        Matcher m = LOCAL.matcher(master.strip());
        if (!m.matches()) {
            return master;
        }
        return "local[" + (m.group(1) == null ? "1" : m.group(1)) + ",4]";
    }

    /** The jar this class was loaded from, when it is one (the job jar), for the executors. */
    static String jobJar() {
        try {
            File f = new File(SparkScanMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return f.isFile() ? f.getAbsolutePath() : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static void report(SparkScan.Result r, String master, SparkScan.Job job, PrintStream out, PrintStream err) {
        if (r.stopped()) {
            out.println(String.format(Locale.ROOT,
                    "scan: stopped; %d of %d partitions are written (%d points in this run) in %s; run the same command again to resume",
                    r.written(), r.partitions(), r.computed(), job.out() + "/" + PointsParquet.FOLDER));
            return;
        }
        out.println(String.format(Locale.ROOT,
                "scan: %d of %d points in %.1f s (%.0f points/s; Spark %s, %d partitions, %d written before); allowed: %d (%.1f %%)",
                r.computed(), r.points(), r.jobSeconds(), r.computed() / Math.max(r.jobSeconds(), 1e-9), master, r.partitions(),
                r.skipped(), r.allowed(), 100.0 * r.allowed() / Math.max(1, r.points())));
        out.println("wrote " + job.out() + "/" + PointsParquet.FOLDER + "/ (Parquet, one file per partition)");
        r.files().forEach(f -> out.println("wrote " + (f.startsWith("file:") ? f.substring(5) : f)));
        err.println(String.format(Locale.ROOT,
                "spark: rule base built %d time(s) during the job (once per executor JVM), %.0f ms each; %.1f s of task time"
                        + " on points (%.1f us per point); %d task attempt(s) failed and were retried; maps and CSV %.1f s;"
                        + " %.1f s in all",
                r.ruleBaseBuilds(), r.ruleBaseMillis(), r.computeSeconds(), 1e6 * r.computeSeconds() / Math.max(1, r.computed()),
                r.failedAttempts(), r.outputSeconds(), r.totalSeconds()));
    }
}

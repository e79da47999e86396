package org.darkcheck.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.darkcheck.engine.DarkCheckEngine;
import org.darkcheck.engine.Status;
import org.darkcheck.engine.scan.Scan;
import org.darkcheck.engine.scan.ScanAxis;
import org.darkcheck.engine.scan.ScanPoint;
import org.darkcheck.report.ScanOutput;

/**
 * ./darkcheck scan: a grid over one or two model keys, diagnosed on several
 * threads. Writes DIR/scan.csv (one row per point: the keys, overall, the
 * strongest constraint and its r) as it goes, so that Ctrl-C leaves a valid
 * CSV of the points done; then the maps as PNG and SVG. Progress goes to
 * standard error: a bar on a terminal, plain lines otherwise.
 */
final class ScanCommand {

    private final DarkCheckCommandLine cli;
    private final PrintStream out;
    private final PrintStream err;

    ScanCommand(DarkCheckCommandLine cli, PrintStream out, PrintStream err) {
        this.cli = cli;
        this.out = out;
        this.err = err;
    }

    /** The options of the scan command. */
    static final Set<String> OPTIONS = Set.of("x", "y", "threads", "out", "point", "constraints", "relic");

    /**
     * A checked scan: the grid over the base model, --threads (null when not given) and --out as given.
     */
    record Input(Scan scan, ScanAxis x, ScanAxis y, Integer threads, String out) {
    }

    /**
     * Checks the arguments of a scan in a fixed order (--x and --out, the axes, --threads, the model, --relic and
     * the grid, the output folder), so that every engine refuses bad input with the same one-line message.
     *
     * @param createOut create the output folder (false when Spark writes it through Hadoop, e.g. hdfs://)
     */
    static Input input(Arguments a, boolean createOut) throws UsageException, IOException {
        String xText = a.option("x", null);
        String dir = a.option("out", null);
        if (xText == null || dir == null) {
            throw new UsageException("usage: ./darkcheck scan FILE|--set ... --x KEY=FROM:TO:log|lin:N [--y ...] [--threads N] [--relic true] --out DIR");
        }
        ScanAxis x;
        ScanAxis y;
        try {
            x = ScanAxis.parse(xText);
            y = a.options.containsKey("y") ? ScanAxis.parse(a.option("y", null)) : null;
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Integer threads = a.options.containsKey("threads") ? threads(a.option("threads", null)) : null;
        DarkCheckCommandLine.Loaded loaded = DarkCheckCommandLine.loadModel("scan", a);
        Scan scan;
        try {
            String relic = a.option("relic", "false");
            if (!relic.equals("true") && !relic.equals("false")) {
                throw new UsageException("--relic takes true or false, got '" + relic + "'");
            }
            scan = new Scan(loaded.snapshot(), x, y, relic.equals("true"));
            scan.model(0);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (createOut) {
            try {
                Files.createDirectories(Path.of(dir));
            } catch (IOException e) {
                throw new UsageException("--out: cannot create the folder " + dir + ": " + e.getMessage());
            }
        }
        return new Input(scan, x, y, threads, dir);
    }

    int run(List<String> args) throws UsageException, IOException {
        Arguments a = Arguments.parse("scan", args, OPTIONS);
        Input input = input(a, true);
        Scan scan = input.scan();
        ScanAxis x = input.x();
        ScanAxis y = input.y();
        int threads = input.threads() != null ? input.threads() : Runtime.getRuntime().availableProcessors();
        Path outDir = Path.of(input.out());
        DarkCheckEngine engine = cli.engine(a.option("constraints", null));

        Path csv = outDir.resolve(ScanOutput.CSV);
        List<ScanPoint> points = new ArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        Thread main = Thread.currentThread();
        Thread hook = new Thread(() -> {
            stop.set(true);
            try {
                main.join(10_000); // let the scan finish its chunk and close the CSV
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }, "DarkCheck scan stop");
        Runtime.getRuntime().addShutdownHook(hook);
        Progress progress = new Progress(err, scan.size());
        long t0 = System.nanoTime();
        long done;
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write(ScanOutput.header(x, y, scan.withRelic()));
            done = scan.run(engine, threads, stop, p -> {
                points.add(p);
                try {
                    w.write(ScanOutput.line(p, y != null, scan.withRelic()));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, n -> {
                try {
                    w.flush();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                progress.update(n);
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the scan was interrupted", e);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is running and waits for us
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        progress.finish(done);
        long allowed = points.stream().filter(p -> p.overall() == Status.ALLOWED).count();
        List<String> files = new ArrayList<>();
        files.add(csv.toString());
        if (!stop.get()) {
            ScanOutput.writeMaps(outDir, x, y, points).forEach(f -> files.add(f.toString()));
        }
        out.println(String.format(Locale.ROOT, "scan: %d of %d points%s in %.1f s (%.0f points/s on %d threads); allowed: %d (%.1f %%)",
                done, scan.size(), stop.get() ? " (stopped)" : "", seconds, done / Math.max(seconds, 1e-9), threads, allowed,
                100.0 * allowed / Math.max(1, done)));
        files.forEach(f -> out.println("wrote " + f));
        return DarkCheckCommandLine.OK;
    }

    static int threads(String text) throws UsageException {
        try {
            int n = Integer.parseInt(text.strip());
            if (n < 1 || n > 512) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--threads takes a whole number from 1 to 512, got '" + text + "'");
        }
    }

    /** A progress bar on a terminal, a line per 10 % otherwise. */
    private static final class Progress {
        private final PrintStream err;
        private final long total;
        private final boolean terminal = System.console() != null;
        private final long start = System.nanoTime();
        private int lastTenth = -1;
        private long lastDraw;

        Progress(PrintStream err, long total) {
            this.err = err;
            this.total = total;
        }

        void update(long done) {
            double seconds = Math.max((System.nanoTime() - start) / 1e9, 1e-9);
            if (terminal) {
                long now = System.nanoTime();
                if (now - lastDraw < 100_000_000L && done < total) {
                    return;
                }
                lastDraw = now;
                int width = 30;
                int filled = (int) (width * done / Math.max(1, total));
                err.print(String.format(Locale.ROOT, "\r[%s%s] %3d%% %d/%d points, %.0f points/s ", "#".repeat(filled),
                        " ".repeat(width - filled), 100 * done / Math.max(1, total), done, total, done / seconds));
                err.flush();
            } else {
                int tenth = (int) (10 * done / Math.max(1, total));
                if (tenth != lastTenth) {
                    lastTenth = tenth;
                    err.println(String.format(Locale.ROOT, "scan: %d/%d points (%d%%), %.0f points/s", done, total,
                            100 * done / Math.max(1, total), done / seconds));
                }
            }
        }

        void finish(long done) {
            if (terminal) {
                err.println();
            }
        }
    }
}

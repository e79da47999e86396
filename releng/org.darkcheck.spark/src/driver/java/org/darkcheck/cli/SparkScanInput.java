package org.darkcheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.darkcheck.engine.catalog.KnowledgeSource;
import org.darkcheck.engine.scan.Scan;
import org.darkcheck.engine.scan.ScanAxis;

/**
 * The arguments of {@code ./darkcheck scan ... --engine spark}, checked by the local scan's
 * own check ({@link ScanCommand#input}: the axes, --threads, the model, --relic, the grid, the
 * output folder) and then the --constraints folder, so that bad input is refused with the
 * same one-line message, before Spark starts. It lives in the command line's package
 * (inside the Spark job jar, which compiles the command line's sources) to reach that
 * package-private code; the Spark module's BadInputTest runs both on the same bad input and
 * compares.
 */
public final class SparkScanInput {

    /** The options of the local scan command (ScanCommand). */
    static final Set<String> SCAN_OPTIONS = ScanCommand.OPTIONS;

    /** Bad input: the message the local scan prints after "darkcheck: ", exit status 2. */
    public static final class BadInput extends Exception {
        private static final long serialVersionUID = 1L;

        public BadInput(String message) {
            super(message);
        }
    }

    /**
     * A checked scan.
     *
     * @param scan        the local scan (base model, x, y, relic)
     * @param threads     --threads when given, else null
     * @param out         --out as given
     * @param constraints the user's knowledge folder (--constraints), read, or null
     */
    public record Request(Scan scan, Integer threads, String out, KnowledgeSource constraints) {
    }

    private SparkScanInput() {
    }

    /**
     * Checks the arguments after "scan" (the Spark-only options already taken out).
     *
     * @param remoteOut the output folder is a URI (hdfs://...) that Spark writes through Hadoop:
     *                  it is not created here
     * @param err       where warnings about left-out knowledge files go, as the local scan prints them
     */
    public static Request parse(List<String> args, boolean remoteOut, PrintStream err) throws BadInput {
        try {
            Arguments a = Arguments.parse("scan", args, SCAN_OPTIONS);
            ScanCommand.Input input = ScanCommand.input(a, !remoteOut);
            Scan scan = input.scan();
            Integer threads = input.threads();
            String dir = input.out();
            KnowledgeSource constraints = null;
            String folder = a.option("constraints", null);
            if (folder != null) {
                // the same check and warnings as the local scan; the executors get the files' contents
                new DarkCheckCommandLine(err, err).engine(folder);
                constraints = KnowledgeSource.fromFolder(Path.of(folder));
            }
            return new Request(scan, threads, dir, constraints);
        } catch (UsageException e) {
            throw new BadInput(e.getMessage());
        } catch (IOException e) {
            throw new BadInput("--constraints: " + e.getMessage());
        }
    }
}

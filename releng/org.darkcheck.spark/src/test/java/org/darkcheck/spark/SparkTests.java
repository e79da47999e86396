package org.darkcheck.spark;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.darkcheck.cli.DarkCheckCommandLine;
import org.darkcheck.engine.DarkCheckEngine;
import org.darkcheck.engine.scan.Scan;
import org.darkcheck.engine.scan.ScanAxis;
import org.darkcheck.engine.scan.ScanPoint;
import org.darkcheck.model.ModelKeys;
import org.darkcheck.model.Snapshots;
import org.darkcheck.model.darkside.ModelPoint;
import org.darkcheck.model.darkside.Study;
import org.darkcheck.physics.ModelSnapshot;
import org.darkcheck.rules.BuiltInKnowledge;

/**
 * What the Spark tests share: one Spark session (local[2], tasks retried as on a cluster)
 * for the whole test JVM, the local engine to compare with, and runs of both command lines.
 */
final class SparkTests {

    /**
     * A Dirac fermion of 20 MeV and a dark photon: the A' decays visibly below 40 MeV and invisibly above. Not
     * thermal and not all of the dark matter, so that the accelerator searches decide and both verdicts occur (as
     * all of the dark matter, or as a thermal relic, it is excluded everywhere by the CMB, the relic abundance
     * and LSND).
     */
    static final String[] DIRAC = {"--set", "mediator=dark-photon", "--set", "mediator.mass=60MeV", "--set",
        "mediator.coupling=1e-3", "--set", "dm=dirac", "--set", "dm.mass=20MeV", "--set", "alpha-d=0.5",
        "--set", "dm.thermal=false", "--set", "dm.all-of-dark-matter=false"};

    private static SparkSession spark;
    private static DarkCheckEngine engine;

    private SparkTests() {
    }

    static synchronized SparkSession spark() {
        if (spark == null) {
            spark = SparkScanMain.start("local[2]", null);
        }
        return spark;
    }

    /** The local engine, built as the command line builds it. */
    static synchronized DarkCheckEngine engine() {
        if (engine == null) {
            engine = DarkCheckEngine.build(List.of(BuiltInKnowledge.source()));
        }
        return engine;
    }

    record Run(int status, String out, String err) {
    }

    /** ./darkcheck scan ... as the local command line runs it (the same code as in the product). */
    static Run localScan(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new DarkCheckCommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** ./darkcheck scan ... --engine spark, in this JVM's Spark session when one is running. */
    static Run sparkScan(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = SparkScanMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String[] concat(String[]... parts) {
        List<String> all = new ArrayList<>();
        for (String[] p : parts) {
            all.addAll(List.of(p));
        }
        return all.toArray(new String[0]);
    }

    /** The base model of --set keys, through the model code the command line uses. */
    static ModelSnapshot model(String[] sets) throws Exception {
        Study study = ModelKeys.newStudy();
        ModelPoint point = study.getPoints().get(0);
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 0; i + 1 < sets.length; i += 2) {
            String kv = sets[i + 1];
            settings.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
        }
        ModelKeys.apply(point, settings);
        return Snapshots.of(point);
    }

    /**
     * Every point of a grid by the local engine: the local scan (Scan.run, two threads), run
     * once per combination of the outer axes, in grid order.
     */
    static List<ScanPoint> localPoints(Grid grid) throws InterruptedException {
        List<ScanPoint> points = new ArrayList<>();
        long outer = grid.size() / grid.scan().size();
        for (long o = 0; o < outer; o++) {
            Scan inner = grid.innerScan(o);
            inner.run(engine(), 2, new AtomicBoolean(), points::add, n -> { });
        }
        return points;
    }

    static Grid grid(String[] sets, String x, String y, boolean relic, String... outer) throws Exception {
        List<ScanAxis> axes = new ArrayList<>();
        for (String a : outer) {
            axes.add(ScanAxis.parse(a));
        }
        return new Grid(new Scan(model(sets), ScanAxis.parse(x), y == null ? null : ScanAxis.parse(y), relic), axes);
    }

    /** The points a Spark scan wrote, ordered by index. */
    static List<Row> sparkPoints(Path out) {
        return spark().read().parquet(out.resolve(PointsParquet.FOLDER).toString()).orderBy(PointsParquet.INDEX)
                .collectAsList();
    }
}

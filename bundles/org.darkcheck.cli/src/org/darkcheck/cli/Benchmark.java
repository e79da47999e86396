package org.darkcheck.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.darkcheck.engine.DarkCheckEngine;
import org.darkcheck.physics.DarkMatterType;
import org.darkcheck.physics.ModelSnapshot;
import org.darkcheck.rules.BuiltInKnowledge;

/**
 * ./darkcheck benchmark: how long building the rule base takes, and how long
 * one model point's evaluation takes (derived quantities + rules + recast of
 * the whole catalog), measured in the running product. Prints figures; it is
 * not a test and asserts nothing.
 */
final class Benchmark {

    private Benchmark() {
    }

    static void run(PrintStream out, int builds, int points) {
        out.println("DarkCheck benchmark (" + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores; single thread)");
        double[] buildMs = new double[builds];
        DarkCheckEngine engine = null;
        for (int i = 0; i < builds; i++) {
            long t0 = System.nanoTime();
            engine = DarkCheckEngine.build(List.of(BuiltInKnowledge.source()));
            buildMs[i] = (System.nanoTime() - t0) / 1e6;
        }
        out.println(String.format(Locale.ROOT, "rule base build (%d constraints): first %.0f ms, median of the next %d %.0f ms",
                engine.catalog().size(), buildMs[0], builds - 1, median(Arrays.copyOfRange(buildMs, 1, builds))));

        // A log grid of dark-photon models with and without dark matter.
        ModelSnapshot[] models = new ModelSnapshot[1000];
        for (int i = 0; i < models.length; i++) {
            double mass = 1e-3 * Math.pow(1e4, (i % 100) / 100.0);
            double epsilon = 1e-8 * Math.pow(1e6, (i / 100) / 10.0);
            ModelSnapshot m = ModelSnapshot.darkPhoton(mass, epsilon);
            models[i] = i % 2 == 0 ? m : m.withDarkMatter(DarkMatterType.DIRAC, mass / 3, 0, 0.5);
        }
        long sink = 0;
        for (int i = 0; i < Math.min(points, 20_000); i++) {
            sink += engine.check(models[i % models.length]).verdicts().size();
        }
        int rounds = 5;
        double[] perPointUs = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < points; i++) {
                sink += engine.check(models[i % models.length]).verdicts().size();
            }
            perPointUs[r] = (System.nanoTime() - t0) / 1e3 / points;
        }
        out.println(String.format(Locale.ROOT,
                "evaluation of one model point (derived + rules + recast): median %.2f us, min %.2f us over %d rounds of %d points",
                median(perPointUs), Arrays.stream(perPointUs).min().orElse(0), rounds, points));
        out.println("(checksum " + sink + ")");
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length == 0 ? Double.NaN : v[v.length / 2];
    }
}

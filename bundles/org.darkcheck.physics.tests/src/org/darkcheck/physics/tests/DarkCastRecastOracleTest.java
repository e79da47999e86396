package org.darkcheck.physics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.darkcheck.physics.recast.SearchSpecs;
import org.junit.jupiter.api.Test;

/**
 * Our recast of every published DarkCast limit to the B - L and the L_mu - L_tau
 * boson against DarkCast's own recasts (the oracle, committed test resources
 * under resources/darkcast/): at least {@link #TARGET} of the mass points where
 * both give a finite limit must agree within 20 %. Prints the per-file table.
 */
class DarkCastRecastOracleTest {

    static final double TARGET = 0.90;

    /**
     * Files allowed below {@link #TARGET}, "stem / model" -&gt; reason. None at present: every file
     * agrees at 100 % of its compared points (largest deviation 0.5 %, see AGREEMENT.md).
     */
    static final Map<String, String> KNOWN_BELOW_TARGET = Map.of();

    /**
     * Files where we find a limit at mass points where DarkCast reports none, "stem / model" -&gt; reason.
     * These points do not enter the agreement fraction; any other such point fails the test.
     */
    static final Map<String, String> KNOWN_EXTRA_POINTS = Map.of(
            // At the tip of a displaced region the excluded band is only 3-45 % wide in g. DarkCast's root
            // finder (Ridders, bracket grown by factors of 2 from the previous mass's solution, which may be
            // the sentinel) steps over such a narrow band and writes its 1e5 sentinel; we scan ln g in
            // 0.005-decade steps and find it. A solver difference, not a physics one.
            "NuCAL_Tsai2019mtm / B-L_boson", "band tips at 0.48-0.50 GeV, 3-21 % wide; DarkCast's solver misses them",
            "PS191_Bernardi1985ny / B-L_boson", "band tip at 0.125 GeV, 12 % wide; DarkCast's solver misses it",
            "NuCAL_Blumlein1990ay / Lmu-Ltau_boson", "band tip at 1.2 MeV, 13 % wide; DarkCast's solver misses it",
            "Orsay_Davier1989wz / Lmu-Ltau_boson", "band tip at 1.1 MeV, 44 % wide; DarkCast's solver misses it");

    @Test
    void everyOracleFileHasASpec() {
        List<String> stems = DarkCastFiles.oracleStems();
        assertEquals(46, stems.size(), "oracle files per model");
        for (String stem : stems) {
            assertTrue(SearchSpecs.forDarkCastFile(stem).isPresent(), () -> "no SearchSpec for " + stem);
        }
    }

    @Test
    void recastAgreesWithDarkCast() {
        List<RecastAgreement.Result> results = new ArrayList<>();
        for (String model : RecastAgreement.MODELS.keySet()) {
            for (String stem : DarkCastFiles.oracleStems()) {
                results.add(RecastAgreement.compare(stem, model));
            }
        }
        System.out.println(table(results));
        List<String> failures = new ArrayList<>();
        for (RecastAgreement.Result r : results) {
            String key = r.stem() + " / " + r.model();
            if (r.fraction() < TARGET && !KNOWN_BELOW_TARGET.containsKey(key)) {
                failures.add(String.format(Locale.ROOT, "%s: %.1f %% of %d points within 20 %% (worst at %.4g GeV)",
                        key, 100 * r.fraction(), r.compared(), r.worst()));
            }
            if (r.oracleOnly() > 0) {
                failures.add(key + ": no limit from us at " + r.oracleOnly() + " points where DarkCast has one");
            }
            if (r.oursOnly() > 0 && !KNOWN_EXTRA_POINTS.containsKey(key)) {
                failures.add(key + ": a limit from us at " + r.oursOnly() + " points where DarkCast has none");
            }
        }
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    }

    /** The markdown table printed by the test (and kept in resources/darkcast/AGREEMENT.md). */
    static String table(List<RecastAgreement.Result> results) {
        StringBuilder sb = new StringBuilder();
        sb.append("| file | model | points compared | within 20 % | median ratio (lower) | median ratio (upper) "
                + "| max deviation | only DarkCast | only ours |\n");
        sb.append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (RecastAgreement.Result r : results) {
            sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s | %s | %s | %d | %d |%n", r.stem(),
                    r.model(), r.compared(), r.compared() == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f %%",
                            100 * r.fraction()),
                    format(r.medianLow()), format(r.medianUp()),
                    Double.isNaN(r.maxDeviation()) ? "-" : String.format(Locale.ROOT, "%.2g", r.maxDeviation()),
                    r.oracleOnly(), r.oursOnly()));
        }
        return sb.toString();
    }

    private static String format(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4f", v);
    }
}

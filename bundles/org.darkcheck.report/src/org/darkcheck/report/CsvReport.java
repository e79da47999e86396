package org.darkcheck.report;

import java.util.List;
import java.util.Locale;

import org.darkcheck.engine.Constraint;
import org.darkcheck.engine.Diagnosis;
import org.darkcheck.engine.Verdict;

/** The verdicts of a diagnosis as CSV (RFC 4180: comma-separated, quoted where needed), one row per constraint. */
public final class CsvReport {

    public static final List<String> HEADER = List.of("id", "title", "experiment", "kind", "plane", "status", "r",
            "quantity", "value", "limit", "limitUpper", "reason", "citation", "arxiv", "bibkey", "upstream");

    private CsvReport() {
    }

    public static String verdicts(Diagnosis d) {
        StringBuilder s = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        for (Verdict v : d.verdicts()) {
            Constraint c = v.constraint();
            row(s, c.id(), c.title(), c.experiment(), c.kind().key(), c.plane(), v.status().name(), number(v.r()),
                    v.quantity(), number(v.value()), number(v.limit()), number(v.limitUpper()), v.reason(),
                    c.reference().citation(), c.reference().arxiv(), c.reference().bibkey(), c.upstream());
        }
        return s.toString();
    }

    /** A number in full precision, or empty. */
    public static String number(Double v) {
        return v == null || !Double.isFinite(v) ? "" : String.format(Locale.ROOT, "%.6g", v);
    }

    /** Appends one CSV row. */
    public static void row(StringBuilder s, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                s.append(',');
            }
            s.append(quote(cells[i]));
        }
        s.append("\r\n");
    }

    /** A cell, quoted when it holds a comma, a quote or a line break. */
    public static String quote(String cell) {
        if (cell == null) {
            return "";
        }
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}

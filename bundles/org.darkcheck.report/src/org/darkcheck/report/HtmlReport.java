package org.darkcheck.report;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.darkcheck.engine.Constraint;
import org.darkcheck.engine.Diagnosis;

import org.darkcheck.engine.Verdict;
import org.darkcheck.physics.units.Quantities;
import org.darkcheck.report.plots.ChartFiles;
import org.darkcheck.report.plots.PlanePlot;

/**
 * A self-contained HTML report of one diagnosed model point: the model, the
 * overall verdict, the verdict table, the plots (inline SVG), the derived
 * quantities and the numbered references. No scripts, no external files.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    /**
     * @param title   e.g. the study and point name
     * @param model   the model's keys and values (ModelKeys.describe)
     * @param version the DarkCheck version
     */
    public static String of(String title, Map<String, Object> model, Diagnosis d, List<PlanePlot> plots, String version) {
        StringBuilder h = new StringBuilder(32_000);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
                .append(esc("DarkCheck report: " + title)).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,-apple-system,'DejaVu Sans',sans-serif;margin:2em auto;max-width:1150px;color:#222}\n")
                .append("h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #ccc}\n")
                .append("table{border-collapse:collapse;font-size:.86em;width:100%}td,th{border:1px solid #ddd;padding:3px 6px;vertical-align:top;text-align:left}\n")
                .append("th{background:#f3f3f3}.EXCLUDED{color:#b00;font-weight:bold}.ALLOWED{color:#070}.NOT_APPLICABLE{color:#888}.OUT_OF_RANGE{color:#a60}\n")
                .append(".overall{font-size:1.2em;padding:.4em .6em;display:inline-block;border-radius:4px}\n")
                .append(".overall.EXCLUDED{background:#fde8e8}.overall.ALLOWED{background:#e8f6e8}\n")
                .append(".plot{display:inline-block;margin:.5em}.meta{color:#666;font-size:.85em}.num{text-align:right;font-variant-numeric:tabular-nums}\n")
                .append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(esc(title)).append("</h1>\n");
        h.append("<p class=\"meta\">DarkCheck ").append(esc(version)).append(", ")
                .append(esc(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))).append("</p>\n");
        h.append("<p class=\"overall ").append(d.overall()).append("\">").append(d.overall());
        d.strongest().filter(v -> v.r() > 1).ifPresent(v -> h.append(" &mdash; strongest: ").append(esc(v.id()))
                .append(", r = ").append(Quantities.formatRatio(v.r())));
        h.append("</p>\n");

        h.append("<h2>Model</h2>\n<table>\n");
        model.forEach((k, v) -> {
            Object shown = v;
            if (v instanceof Map<?, ?> q && q.get("value") instanceof Number n) {
                shown = Quantities.formatMass(n.doubleValue());
            }
            h.append("<tr><th>").append(esc(k)).append("</th><td>").append(esc(String.valueOf(shown))).append("</td></tr>\n");
        });
        h.append("</table>\n");

        Map<String, Integer> refNumbers = new LinkedHashMap<>();
        for (Verdict v : d.verdicts()) {
            refNumbers.putIfAbsent(refKey(v.constraint()), refNumbers.size() + 1);
        }
        h.append("<h2>Verdicts</h2>\n<table>\n<tr><th>Status</th><th>r</th><th>Constraint</th><th>Experiment</th>")
                .append("<th>Kind</th><th>Plane</th><th>Reason</th><th>Ref.</th></tr>\n");
        for (Verdict v : d.verdicts()) {
            Constraint c = v.constraint();
            h.append("<tr><td class=\"").append(v.status()).append("\">").append(v.status()).append("</td><td class=\"num\">")
                    .append(v.r() == null ? "" : Quantities.formatRatio(v.r())).append("</td><td>").append(esc(c.id()))
                    .append("</td><td>").append(esc(c.experiment())).append("</td><td>").append(esc(c.kind().key()))
                    .append("</td><td>").append(esc(c.plane())).append("</td><td>").append(esc(v.reason()))
                    .append("</td><td><a href=\"#ref").append(refNumbers.get(refKey(c))).append("\">[")
                    .append(refNumbers.get(refKey(c))).append("]</a></td></tr>\n");
        }
        h.append("</table>\n");

        if (!plots.isEmpty()) {
            h.append("<h2>Limit planes</h2>\n<p class=\"meta\">Each curve is the published limit rescaled to this model "
                    + "(the limits the verdicts use, along the model's mass); shaded regions are excluded, dashed curves are "
                    + "projections; the diamond is this model.</p>\n");
            for (PlanePlot p : plots) {
                h.append("<div class=\"plot\">").append(ChartFiles.svg(p.chart(), 540, 400)).append("</div>\n");
            }
        }

        h.append("<h2>Derived quantities</h2>\n<table>\n");
        d.derived().named().forEach((k, v) -> {
            if (v != null) {
                h.append("<tr><th>").append(esc(k)).append("</th><td class=\"num\">").append(esc(String.format(java.util.Locale.ROOT, "%.4g", v)))
                        .append("</td></tr>\n");
            }
        });
        h.append("</table>\n");
        for (String note : d.derived().validityNotes()) {
            h.append("<p class=\"meta\">Note: ").append(esc(note)).append("</p>\n");
        }

        h.append("<h2>References</h2>\n<ol>\n");
        Map<String, Constraint> first = new LinkedHashMap<>();
        for (Verdict v : d.verdicts()) {
            first.putIfAbsent(refKey(v.constraint()), v.constraint());
        }
        first.forEach((key, c) -> {
            h.append("<li id=\"ref").append(refNumbers.get(key)).append("\">").append(esc(c.reference().citation()));
            if (c.reference().arxiv() != null) {
                h.append(", <a href=\"https://arxiv.org/abs/").append(esc(c.reference().arxiv())).append("\">arXiv:")
                        .append(esc(c.reference().arxiv())).append("</a>");
            }
            if (c.upstream() != null) {
                h.append(" <span class=\"meta\">(data: ").append(esc(c.upstream())).append(")</span>");
            }
            h.append("</li>\n");
        });
        h.append("</ol>\n</body>\n</html>\n");
        return h.toString();
    }

    private static String refKey(Constraint c) {
        return BibtexReport.key(c);
    }

    /** HTML-escapes text. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

}

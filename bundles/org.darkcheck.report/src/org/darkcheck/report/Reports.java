package org.darkcheck.report;

import java.util.List;
import java.util.Map;

import org.darkcheck.engine.DarkCheckEngine;
import org.darkcheck.engine.Diagnosis;
import org.darkcheck.report.plots.PlanePlots;

/** One diagnosed model point as a report in any of the formats, the same from the command line and the workbench. */
public final class Reports {

    public static final List<String> FORMATS = List.of("html", "csv", "bibtex", "json");

    private Reports() {
    }

    /** The file extension of a format. */
    public static String extension(String format) {
        return format.equals("bibtex") ? "bib" : format;
    }

    /**
     * @param format one of {@link #FORMATS}
     * @param title  what the report is about (study and point)
     * @param model  the model's keys and values (ModelKeys.describe)
     * @param engine the engine that made the diagnosis (the HTML plots re-check the model's family)
     */
    public static String render(String format, String title, Map<String, Object> model, Diagnosis d, DarkCheckEngine engine,
            String version) {
        return switch (format) {
            case "html" -> HtmlReport.of(title, model, d, PlanePlots.of(engine, d), version);
            case "csv" -> CsvReport.verdicts(d);
            case "bibtex" -> BibtexReport.of(d, Bibliographies.builtIn());
            case "json" -> JsonReport.check(d, model, version);
            default -> throw new IllegalArgumentException("unknown report format " + format + " (" + FORMATS + ")");
        };
    }
}

package org.darkcheck.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.darkcheck.engine.DarkCheckEngine;
import org.darkcheck.engine.Diagnosis;
import org.darkcheck.engine.Status;
import org.darkcheck.engine.Verdict;
import org.darkcheck.physics.DarkMatterType;
import org.darkcheck.physics.ModelSnapshot;
import org.darkcheck.report.BibDatabase;
import org.darkcheck.report.BibtexReport;
import org.darkcheck.report.CsvReport;
import org.darkcheck.report.HtmlReport;
import org.darkcheck.report.plots.ChartFiles;
import org.darkcheck.report.plots.PlanePlot;
import org.darkcheck.report.plots.PlanePlots;
import org.darkcheck.rules.BuiltInKnowledge;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The report formats, parsed back: CSV by RFC 4180 rules, HTML and SVG as XML, BibTeX by its entries. */
class ReportsTest {

    private static DarkCheckEngine engine;
    private static Diagnosis benchmark;

    @BeforeAll
    static void diagnose() {
        System.setProperty("java.awt.headless", "true");
        engine = DarkCheckEngine.build(List.of(BuiltInKnowledge.source()));
        benchmark = engine.check(ModelSnapshot.darkPhoton(0.060, 1e-3).withDarkMatter(DarkMatterType.DIRAC, 0.020, 0, 0.5));
    }

    /** A minimal RFC 4180 reader: quoted cells may hold commas, quotes ("") and line breaks. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        return rows;
    }

    @Test
    void csvHasOneRowPerVerdictWithTheContractsColumns() {
        List<List<String>> rows = parseCsv(CsvReport.verdicts(benchmark));
        assertEquals(CsvReport.HEADER, rows.get(0));
        assertEquals(benchmark.verdicts().size() + 1, rows.size());
        List<String> na64 = rows.stream().filter(r -> r.get(0).equals("NA64-2019-INVISIBLE")).findFirst().orElseThrow();
        assertEquals("EXCLUDED", na64.get(5));
        assertEquals(5.23, Double.parseDouble(na64.get(6)), 0.05);
        List<String> e137 = rows.stream().filter(r -> r.get(0).equals("E137-2012-VISIBLE")).findFirst().orElseThrow();
        assertEquals(benchmark.verdict("E137-2012-VISIBLE").orElseThrow().reason(), e137.get(11),
                "a reason with commas survives quoting");
        assertTrue(e137.get(11).contains(","));
        assertEquals("1906.00176", na64.get(13));
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaks() {
        assertEquals("\"a,b\"", CsvReport.quote("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvReport.quote("say \"hi\""));
        assertEquals("plain", CsvReport.quote("plain"));
        assertEquals(List.of(List.of("a,b", "c\nd", "e\"f")), parseCsv(CsvReport.quote("a,b") + "," + CsvReport.quote("c\nd")
                + "," + CsvReport.quote("e\"f") + "\r\n"));
    }

    @Test
    void htmlIsWellFormedAndHoldsTheModelVerdictsPlotsAndReferences() throws Exception {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("mediator", "dark-photon");
        model.put("mediator.coupling", 1e-3);
        List<PlanePlot> plots = PlanePlots.of(engine, benchmark);
        String html = HtmlReport.of("Benchmark <BP1> & co", model, benchmark, plots, "test");
        String xml = html.replaceFirst("<!DOCTYPE html>", "").replace("&mdash;", "&#8212;");
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("Benchmark <BP1> & co", doc.getElementsByTagName("h1").item(0).getTextContent());
        assertTrue(doc.getElementsByTagName("svg").getLength() >= 1, "the plots are embedded as SVG");
        assertTrue(html.contains("NA64-2019-INVISIBLE"));
        assertTrue(html.contains("https://arxiv.org/abs/1906.00176"));
        assertFalse(html.contains("<script"), "a report runs no script");
        assertFalse(html.contains("src=\"http"), "a report loads nothing from the network");
    }

    @Test
    void theRescaledCurveAtTheModelsMassIsTheLimitOfTheVerdict() {
        PlanePlot plane = PlanePlots.of(engine, benchmark).stream().filter(p -> p.plane().equals("epsilon-vs-mass"))
                .findFirst().orElseThrow();
        assertTrue(plane.constraints().contains("NA64-2019-INVISIBLE"));
        XYDataset curves = ((XYPlot) plane.chart().getPlot()).getDataset(0);
        int series = -1;
        for (int s = 0; s < curves.getSeriesCount(); s++) {
            if (curves.getSeriesKey(s).equals("NA64-2019-INVISIBLE")) {
                series = s;
            }
        }
        assertTrue(series >= 0);
        Verdict na64 = benchmark.verdict("NA64-2019-INVISIBLE").orElseThrow();
        double nearest = Double.NaN;
        double distance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < curves.getItemCount(series); i++) {
            double d = Math.abs(Math.log(curves.getXValue(series, i) / 0.060));
            if (d < distance) {
                distance = d;
                nearest = curves.getYValue(series, i);
            }
        }
        assertTrue(distance < 0.05, "a curve point near 60 MeV");
        assertEquals(na64.limit(), nearest, na64.limit() * 0.05, "the plotted limit at the model's mass");
        boolean thermal = false;
        for (int s = 0; s < curves.getSeriesCount(); s++) {
            thermal |= curves.getSeriesKey(s).toString().startsWith("thermal target") && curves.getItemCount(s) > 10;
        }
        assertTrue(thermal, "a thermal Dirac model gets its thermal-target line");
        String svg = ChartFiles.svg(plane.chart(), 400, 300);
        assertTrue(svg.startsWith("<svg"), svg.substring(0, 40));
        byte[] png = ChartFiles.png(plane.chart(), 400, 300);
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
    }

    @Test
    void bibtexCitesEveryApplicableConstraintOnce() {
        String bib = BibtexReport.of(benchmark, BibDatabase.parse("@article{NA64:2019imj,\n  title = {{Dark matter search}},\n"
                + "  eprint = \"1906.00176\"\n}\n"));
        assertTrue(bib.contains("@article{NA64:2019imj,"), bib);
        assertEquals(1, bib.split("@article\\{NA64:2019imj", -1).length - 1);
        Set<String> applicable = new HashSet<>();
        Set<String> notApplicable = new HashSet<>();
        for (Verdict v : benchmark.verdicts()) {
            (v.status() == Status.NOT_APPLICABLE ? notApplicable : applicable).add(BibtexReport.key(v.constraint()));
        }
        notApplicable.removeAll(applicable);
        assertFalse(notApplicable.isEmpty(), "the benchmark has constraints that do not apply");
        for (String key : notApplicable) {
            assertFalse(bib.contains("{" + key + ","), key + " is cited only by constraints that do not apply: " + bib);
        }
        assertFalse(bib.contains("FORMULAS.md"), "DarkCheck's own formula notes are not literature");
        BibDatabase parsed = BibDatabase.parse(bib);
        assertTrue(parsed.entry("NA64:2019imj").isPresent());
    }
}

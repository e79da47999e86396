package org.darkcheck.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.darkcheck.engine.Constraint;
import org.darkcheck.engine.Diagnosis;
import org.darkcheck.engine.Verdict;
import org.darkcheck.physics.units.Quantities;

/** Plain-text output for a terminal. */
final class TextOutput {

    private TextOutput() {
    }

    static String check(Diagnosis d, String title, Map<String, Object> model) {
        StringBuilder s = new StringBuilder();
        s.append(title).append('\n');
        StringBuilder m = new StringBuilder();
        model.forEach((k, v) -> {
            if (v instanceof Map<?, ?> q) {
                v = Quantities.formatMass(((Number) q.get("value")).doubleValue());
            }
            m.append(m.length() == 0 ? "" : ", ").append(k).append('=').append(v);
        });
        s.append("model: ").append(m).append("\n");
        s.append("overall: ").append(d.overall());
        d.strongest().filter(v -> v.r() > 1).ifPresent(v -> s.append(" (strongest: ").append(v.id()).append(", r = ")
                .append(Quantities.formatRatio(v.r())).append(')'));
        s.append("\n\n");
        s.append(String.format(Locale.ROOT, "%-15s %-9s %-26s %s%n", "STATUS", "r", "CONSTRAINT", "REASON / REFERENCE"));
        for (Verdict v : d.verdicts()) {
            String r = v.r() == null ? "-" : Quantities.formatRatio(v.r());
            s.append(String.format(Locale.ROOT, "%-15s %-9s %-26s %s%n", v.status(), r, v.id(), v.reason()));
            s.append(String.format(Locale.ROOT, "%-52s %s%n", "", citation(v.constraint())));
        }
        return s.toString();
    }

    static String citation(Constraint c) {
        String ref = c.reference().citation();
        if (c.reference().arxiv() != null && !ref.contains(c.reference().arxiv())) {
            ref += ", arXiv:" + c.reference().arxiv();
        }
        return ref;
    }

    static String constraints(List<Constraint> catalog) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%-26s %-11s %-12s %-17s %s%n", "ID", "KIND", "EXPERIMENT", "PLANE", "TITLE / REFERENCE"));
        for (Constraint c : catalog) {
            s.append(String.format(Locale.ROOT, "%-26s %-11s %-12s %-17s %s%n", c.id(), c.kind().key(), c.experiment(),
                    c.plane(), c.title()));
            s.append(String.format(Locale.ROOT, "%-69s %s%n", "", citation(c)
                    + (c.upstream() == null ? "" : " [" + c.upstream() + "]")));
        }
        s.append(catalog.size()).append(" constraints\n");
        return s.toString();
    }
}

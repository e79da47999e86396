package org.darkcheck.cli;

import java.util.Locale;
import java.util.Map;

import org.darkcheck.physics.DerivedQuantities;
import org.darkcheck.physics.consistency.Check;

/**
 * The text output of {@code ./darkcheck derive}: every derived quantity of
 * FORMULAS.md 16 with its value, unit and meaning ("-" where it does not apply),
 * then the validity notes and the model's failed consistency conditions.
 */
final class DeriveTextOutput {

    private DeriveTextOutput() {
    }

    static String text(DerivedQuantities d, String title) {
        StringBuilder s = new StringBuilder();
        s.append(title).append('\n');
        Map<String, Double> named = d.named();
        for (DerivedQuantities.Quantity q : DerivedQuantities.CATALOGUE) {
            Double v = named.get(q.name());
            String value = v == null ? "-" : v == 0 ? "0" : String.format(Locale.ROOT, "%.6g", v);
            String unit = q.unit().isEmpty() ? "" : q.unit();
            s.append(String.format(Locale.ROOT, "%-28s %-14s %-11s %s%n", q.name(), value, unit, q.meaning()));
        }
        if (!d.validityNotes().isEmpty()) {
            s.append('\n');
            d.validityNotes().forEach(n -> s.append("note: ").append(n).append('\n'));
        }
        var checks = d.consistencyChecks();
        if (!checks.isEmpty()) {
            s.append('\n');
            for (Check c : checks) {
                s.append(String.format(Locale.ROOT, "check %s (%s): %s%n", c.id(), c.severity().name().toLowerCase(Locale.ROOT),
                        c.message()));
            }
        }
        return s.toString();
    }
}

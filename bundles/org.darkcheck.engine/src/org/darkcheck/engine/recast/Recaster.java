package org.darkcheck.engine.recast;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.darkcheck.engine.Constraint;
import org.darkcheck.engine.ConstraintKind;
import org.darkcheck.engine.Status;
import org.darkcheck.engine.Verdict;
import org.darkcheck.engine.catalog.LimitCurve;
import org.darkcheck.engine.facts.Decisions.Decision;
import org.darkcheck.engine.facts.ModelFacts;
import org.darkcheck.engine.facts.Recipe;
import org.darkcheck.physics.units.Quantities;

/**
 * The numeric half of a verdict: interpolates a constraint's curve at the
 * model's mass, rescales it with the recipe the rules chose, and compares.
 * r = value / limit for a one-sided limit, min(value/lower, upper/value) for a
 * band (shared/CLI.md); r &gt; 1 excludes, except for projections, which only
 * report reach.
 */
public final class Recaster {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)\\}");

    private Recaster() {
    }

    /** The verdict for a constraint the rules said nothing about. */
    public static Verdict undecided(Constraint c, ModelFacts facts) {
        return new Verdict(c, Status.NOT_APPLICABLE, null, c.quantity(), null, null, null,
                "No rule says " + c.experiment() + " applies to a " + facts.getMediator() + " model"
                        + (facts.isHasDarkMatter() ? " with " + facts.getDarkMatter() + " dark matter." : "."));
    }

    public static Verdict notApplicable(Constraint c, Decision decision, ModelFacts facts) {
        String reason = fill(decision.reason(), facts);
        reason = reason.isEmpty() ? "Does not apply." : Character.toUpperCase(reason.charAt(0)) + reason.substring(1);
        if (!reason.endsWith(".")) {
            reason += ".";
        }
        return new Verdict(c, Status.NOT_APPLICABLE, null, c.quantity(), null, null, null, reason);
    }

    public static Verdict recast(Constraint c, Recipe recipe, ModelFacts facts) {
        LimitCurve curve = c.curve();
        double mass = facts.getMediatorMass();
        double value = facts.getCoupling();
        String massText = "m_A' = " + Quantities.formatMass(mass);
        if (curve == null) {
            throw new IllegalStateException(c.id() + " has no curve for recipe " + recipe);
        }
        if (!curve.covers(mass)) {
            return new Verdict(c, Status.OUT_OF_RANGE, null, c.quantity(), value, null, null,
                    massText + " is outside the " + c.experiment() + " curve's mass range "
                            + Quantities.formatMass(curve.minMass()) + " - " + Quantities.formatMass(curve.maxMass()) + ".");
        }
        double scale;
        String prefix;
        switch (recipe) {
            case AS_PUBLISHED:
                scale = 1;
                prefix = "As published (BR_vis = " + facts.describe("brVisible") + "): ";
                break;
            case MISSING_ENERGY:
                scale = 1 / Math.sqrt(facts.getBrInvisible());
                prefix = "Invisible A' (BR_inv = " + facts.describe("brInvisible") + "): ";
                break;
            default:
                throw new IllegalArgumentException("unknown recipe " + recipe);
        }
        double lower = curve.lowerAt(mass) * scale;
        double upper = curve.upperAt(mass) * scale;
        if (Double.isNaN(lower)) {
            return new Verdict(c, Status.OUT_OF_RANGE, null, c.quantity(), value, null, null,
                    c.experiment() + " sets no limit at " + massText + " (a gap in the published curve).");
        }
        String eps = "eps = " + Quantities.formatScientific(value, 1);
        double r;
        String reason;
        if (curve.isBand()) {
            r = Math.min(value / lower, upper / value);
            String band = c.experiment() + " band " + Quantities.formatScientific(lower, 1) + " - "
                    + Quantities.formatScientific(upper, 1) + " at " + massText;
            if (r > 1) {
                reason = eps + " lies inside the " + band + " (r = " + Quantities.formatRatio(r) + ").";
            } else if (value >= upper) {
                reason = eps + " is above the " + band + ": the A' decays before the detector (r = "
                        + Quantities.formatRatio(r) + ").";
            } else {
                reason = eps + " is below the " + band + ": too few A' are produced (r = "
                        + Quantities.formatRatio(r) + ").";
            }
        } else {
            r = value / lower;
            String limit = "the " + c.experiment() + " limit " + Quantities.formatScientific(lower, 1) + " at " + massText;
            if (r > 1) {
                reason = eps + " is " + Quantities.formatRatio(r) + " times " + limit + ".";
            } else {
                reason = eps + " is below " + limit + " (r = " + Quantities.formatRatio(r) + ").";
            }
        }
        Status status;
        if (c.kind() == ConstraintKind.PROJECTION) {
            status = Status.ALLOWED;
            reason = (r > 1 ? "Within reach of " : "Beyond the reach of ") + c.experiment() + " (r = "
                    + Quantities.formatRatio(r) + "): " + Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
        } else {
            status = r > 1 ? Status.EXCLUDED : Status.ALLOWED;
        }
        return new Verdict(c, status, r, c.quantity(), value, lower, curve.isBand() ? upper : null, prefix + reason);
    }

    /** Replaces {@code {name}} placeholders with the model's values. */
    static String fill(String template, ModelFacts facts) {
        if (template == null) {
            return "";
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String text = facts.describe(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(text == null ? m.group() : text));
        }
        m.appendTail(out);
        return out.toString();
    }
}

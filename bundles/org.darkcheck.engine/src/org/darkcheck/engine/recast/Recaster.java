package org.darkcheck.engine.recast;

import java.util.Locale;
import java.util.function.Supplier;
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
import org.darkcheck.physics.Value;
import org.darkcheck.physics.consistency.Check;
import org.darkcheck.physics.units.Quantities;

/**
 * The numeric half of a verdict: reads a constraint's limit at the model's
 * mass, rescales it with the recipe the rules chose ({@link Recipe}), and
 * compares. r = value / limit for a one-sided limit, min(value/lower,
 * upper/value) for a band or a region (shared/CLI.md); r &gt; 1 excludes,
 * except for projections, which only report reach, and for preferred bands,
 * where r &gt; 1 means "inside the favoured band".
 */
public final class Recaster {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)\\}");

    /**
     * Decay-volume to shield length ratio of a beam dump when its file gives none
     * ('length-ratio:'); the recast edges depend on it only logarithmically.
     */
    public static final double DEFAULT_LENGTH_RATIO = 1.0;

    /** Omega h^2 of all of the dark matter (Planck 2018). */
    public static final double OMEGA_DM_H2 = 0.120;

    /** The last displaced band of each constraint (it depends on the published edges and the widths, not on g). */
    private static final RecastMemo<double[]> DISPLACED_MEMO = new RecastMemo<>();

    private Recaster() {
    }

    /** The verdict for a constraint the rules said nothing about. */
    public static Verdict undecided(Constraint c, ModelFacts facts) {
        String drawnFor = c.property("mediator", null);
        if (drawnFor != null && !drawnFor.equals("any") && !drawnFor.equals(facts.getMediator())) {
            return new Verdict(c, Status.NOT_APPLICABLE, null, c.quantity(), null, null, null,
                    () -> c.experiment() + " constrains a " + drawnFor + " model; its recast to a " + facts.getMediator()
                            + " is not implemented, so it is not applied (conservative).");
        }
        return new Verdict(c, Status.NOT_APPLICABLE, null, c.quantity(), null, null, null,
                () -> "No rule says " + c.experiment() + " applies to a " + facts.getMediator() + " model"
                        + (facts.isHasDarkMatter() ? " with " + facts.getDarkMatter() + " dark matter." : "."));
    }

    public static Verdict notApplicable(Constraint c, Decision decision, ModelFacts facts) {
        return new Verdict(c, Status.NOT_APPLICABLE, null, c.quantity(), null, null, null,
                () -> sentence(fill(decision.reason(), facts)));
    }

    public static Verdict recast(Constraint c, Recipe recipe, ModelFacts facts) {
        switch (recipe) {
            case DERIVED_BOUND:
                return derivedBound(c, facts);
            case CONSISTENCY:
                return consistency(c, facts);
            case VECTOR_RECAST:
                return VectorBosonRecast.verdict(c, facts);
            default:
                return curve(c, recipe, facts);
        }
    }

    /** Where to read the curve, what to compare, and how the limit scales, for a curve recipe. */
    record Reading(double lookupMass, double shownMass, String massSymbol, double value, double scale,
            Supplier<String> prefixText) {

        /** The reading's opening words: built only when a verdict's reason is asked for. */
        String prefix() {
            return prefixText.get();
        }
    }

    private static Verdict curve(Constraint c, Recipe recipe, ModelFacts facts) {
        LimitCurve curve = c.curve();
        if (curve == null) {
            throw new IllegalStateException(c.id() + " has no curve for recipe " + recipe);
        }
        Reading reading;
        try {
            reading = reading(c, recipe, facts);
        } catch (NotApplicable e) {
            String message = e.getMessage();
            return new Verdict(c, Status.NOT_APPLICABLE, null, c.quantity(), null, null, null, () -> sentence(message));
        }
        Supplier<String> massText = () -> reading.massSymbol + " = " + Quantities.formatMass(reading.shownMass);
        if (!curve.covers(reading.lookupMass)) {
            return new Verdict(c, Status.OUT_OF_RANGE, null, c.quantity(), reading.value, null, null,
                    () -> reading.prefix() + massText.get() + " is outside the " + c.experiment() + " curve's mass range "
                            + Quantities.formatMass(curve.minMass()) + " - " + Quantities.formatMass(curve.maxMass())
                            + mappedNote(reading) + ".");
        }
        double[] interval = curve.intervalAt(reading.lookupMass, reading.value / reading.scale);
        if (interval == null) {
            return new Verdict(c, Status.OUT_OF_RANGE, null, c.quantity(), reading.value, null, null,
                    () -> reading.prefix() + c.experiment() + " sets no limit at " + massText.get()
                            + " (a gap in the published curve).");
        }
        double lower = interval[0] * reading.scale;
        double upper = interval[1] * reading.scale;
        boolean twoSided = Double.isFinite(upper);
        if (recipe == Recipe.VISIBLE_DISPLACED && twoSided && facts.getBrVisible() < 1 - 1e-9) {
            double g = facts.getCoupling();
            // both are independent of g but computed at this g: to 12 digits they are the same at every g, so that
            // the remembered band serves a whole column of couplings and is the same whichever coupling came first
            double visibleUnit = twelveDigits(facts.derived().decays().visible() / (g * g));
            double invisible = twelveDigits(facts.derived().decays().total() - facts.derived().decays().visible());
            double[] published = interval;
            double[] band = DISPLACED_MEMO.get(c, new double[] {interval[0], interval[1], visibleUnit, invisible},
                    () -> DisplacedWindow.band(published[0], published[1], visibleUnit, invisible,
                            c.number("length-ratio", DEFAULT_LENGTH_RATIO)));
            if (band == null) {
                return new Verdict(c, Status.ALLOWED, 0.0, c.quantity(), reading.value, null, null,
                        () -> reading.prefix() + "with the invisible width the A' decays before the " + c.experiment()
                                + " detector at any coupling: no band is left at " + massText.get()
                                + " (DarkCast lifetime-window recast, FORMULAS.md 9.2).");
            }
            lower = band[0];
            upper = band[1];
        }
        return compare(c, reading, lower, twoSided ? upper : Double.NaN);
    }

    /** x rounded to 12 significant digits. */
    private static double twelveDigits(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return x;
        }
        double scale = Math.pow(10, 11 - Math.floor(Math.log10(Math.abs(x))));
        return Math.rint(x * scale) / scale;
    }

    private static String mappedNote(Reading r) {
        return r.lookupMass == r.shownMass ? "" : " (read at " + Quantities.formatMass(r.lookupMass) + " of the curve's axis)";
    }

    private static Reading reading(Constraint c, Recipe recipe, ModelFacts f) {
        double mMed = f.getMediatorMass();
        switch (recipe) {
            case AS_PUBLISHED:
                return new Reading(mMed, mMed, massSymbol(f), f.getCoupling(), 1, () -> "As published: ");
            case VISIBLE_PROMPT:
                requireVisible(f);
                return new Reading(mMed, mMed, massSymbol(f), f.getCoupling(), 1 / Math.sqrt(f.getBrVisible()),
                        () -> "Visible A' (BR_vis = " + f.describe("brVisible") + "): ");
            case VISIBLE_DISPLACED:
                requireVisible(f);
                return new Reading(mMed, mMed, massSymbol(f), f.getCoupling(), 1,
                        () -> "Displaced A' decays (BR_vis = " + f.describe("brVisible") + ", lifetime " + f.describe("lifetime")
                                + "): ");
            case MISSING_ENERGY:
                if (!(f.getBrInvisible() > 0)) {
                    throw new NotApplicable("the mediator cannot decay invisibly, so it leaves no missing energy");
                }
                return new Reading(mMed, mMed, massSymbol(f), f.getCoupling(), 1 / Math.sqrt(f.getBrInvisible()),
                        () -> "Invisible A' (BR_inv = " + f.describe("brInvisible") + "): ");
            case Y_MISSING_ENERGY: {
                double alphaFile = c.number("reference-alpha-d", 0.5);
                double ratioFile = c.number("reference-ratio", 3);
                double ratio = f.getMassRatio();
                double brInv = f.getBrInvisible();
                if (!(brInv > 0)) {
                    throw new NotApplicable("the A' cannot decay to dark matter, so a missing-energy search in y does not apply");
                }
                // eps_lim(m_A') from the file at m_chi' = m_A'/R_file; y_lim back with this alpha_D and R.
                double scale = Math.pow(ratioFile / ratio, 4) * f.getAlphaD() / alphaFile / brInv;
                return new Reading(mMed / ratioFile, f.getDarkMatterMass(), "m_chi", f.getY(), scale,
                        () -> String.format(Locale.ROOT, "Missing energy in y (file: alpha_D = %s, m_A'/m_chi = %s; here %s, %s; BR_inv = %s): ",
                                Quantities.formatNumber(alphaFile), Quantities.formatNumber(ratioFile),
                                f.describe("alphaD"), f.describe("massRatio"), f.describe("brInvisible")));
            }
            case Y_SCATTERING: {
                double alphaFile = c.number("reference-alpha-d", 0.5);
                double ratioFile = c.number("reference-ratio", 3);
                double scale = Math.sqrt(f.getAlphaD() / alphaFile);
                String ratioNote = Math.abs(f.getMassRatio() / ratioFile - 1) > 0.05
                        ? "; drawn for m_A'/m_chi = " + Quantities.formatNumber(ratioFile) + ", here " + f.describe("massRatio")
                                + ": applied unchanged in y (approximate)" : "";
                return new Reading(f.getDarkMatterMass(), f.getDarkMatterMass(), "m_chi", f.getY(), scale,
                        () -> "DM production and scattering (y_lim ~ sqrt(alpha_D), file alpha_D = "
                                + Quantities.formatNumber(alphaFile) + ratioNote + "): ");
            }
            case DIRECT_DETECTION: {
                String name = c.quantity().equals("sigma_p") ? "sigmaProtonCm2" : "sigmaElectronCm2";
                Value sigma = f.derived().value(name);
                if (!sigma.isApplicable() || !(sigma.number() > 0)) {
                    throw new NotApplicable("the model gives no " + c.quantity() + (sigma.note() == null ? "" : ": " + sigma.note()));
                }
                double fraction = 1;
                String prefix = "Direct detection (chi is all of the dark matter): ";
                if (!f.isAllOfDarkMatter()) {
                    Value omega = f.derived().omegaH2();
                    if (!omega.isApplicable() || !f.isThermal()) {
                        throw new NotApplicable("chi is not all of the dark matter and its fraction is not known (not thermal)");
                    }
                    fraction = Math.min(1, omega.number() / OMEGA_DM_H2);
                    prefix = "Direct detection, chi a fraction f = " + Quantities.formatScientific(fraction, 1)
                            + " of the dark matter (limit / f): ";
                }
                String opening = prefix;
                return new Reading(f.getDarkMatterMass(), f.getDarkMatterMass(), "m_chi", sigma.number(), 1 / fraction,
                        () -> opening);
            }
            default:
                throw new IllegalArgumentException("recipe " + recipe + " reads no curve");
        }
    }

    private static void requireVisible(ModelFacts f) {
        if (!(f.getBrVisible() > 0)) {
            throw new NotApplicable("the mediator has no visible decay here");
        }
    }

    private static String massSymbol(ModelFacts f) {
        return switch (f.getMediator()) {
            case "dark-photon" -> f.isMediatorIsDarkMatter() ? "m_V" : "m_A'";
            case "dark-scalar" -> "m_S";
            default -> "m_Z'";
        };
    }

    private static Verdict compare(Constraint c, Reading reading, double lower, double upper) {
        return compare(c, reading, lower, upper, c.quantity());
    }

    /**
     * The verdict of a value against an excluded interval (upper NaN: one-sided), for projections and preferred
     * bands too; {@code quantity} names the value when it is not the curve's own (a recast to another coupling).
     */
    static Verdict compare(Constraint c, Reading reading, double lower, double upper, String quantity) {
        boolean band = !Double.isNaN(upper);
        double r = band ? Math.min(reading.value / lower, upper / reading.value) : reading.value / lower;
        Status status;
        if (c.kind() == ConstraintKind.PROJECTION || c.kind() == ConstraintKind.PREFERRED) {
            status = Status.ALLOWED;
        } else {
            status = r > 1 ? Status.EXCLUDED : Status.ALLOWED;
        }
        return new Verdict(c, status, r, quantity, reading.value, lower, band ? upper : null,
                () -> reading.prefix() + compareReason(c, reading, lower, upper, r, quantity));
    }

    /** The sentence of a curve comparison (built when asked for: most verdicts are never read). */
    private static String compareReason(Constraint c, Reading reading, double lower, double upper, double r,
            String quantity) {
        String symbol = symbol(quantity);
        String valueText = symbol + " = " + Quantities.formatScientific(reading.value, 1);
        String massText = reading.massSymbol + " = " + Quantities.formatMass(reading.shownMass);
        String reason;
        if (!Double.isNaN(upper)) {
            String range = c.experiment() + " excluded range " + Quantities.formatScientific(lower, 1) + " - "
                    + Quantities.formatScientific(upper, 1) + " at " + massText;
            if (r > 1) {
                reason = valueText + " lies inside the " + range + " (r = " + Quantities.formatRatio(r) + ").";
            } else if (reading.value >= upper) {
                reason = valueText + " is above the " + range + (c.property("search", "").contains("displaced")
                        ? ": the particle decays before the detector" : "") + " (r = " + Quantities.formatRatio(r) + ").";
            } else {
                reason = valueText + " is below the " + range + " (r = " + Quantities.formatRatio(r) + ").";
            }
        } else {
            String limit = "the " + c.experiment() + " limit " + Quantities.formatScientific(lower, 1) + " at " + massText;
            reason = r > 1 ? valueText + " is " + Quantities.formatRatio(r) + " times " + limit + "."
                    : valueText + " is below " + limit + " (r = " + Quantities.formatRatio(r) + ").";
        }
        if (c.kind() == ConstraintKind.PROJECTION) {
            return (r > 1 ? "Within reach of " : "Beyond the reach of ") + c.experiment() + " (r = "
                    + Quantities.formatRatio(r) + "): " + lowerFirst(reason);
        }
        if (c.kind() == ConstraintKind.PREFERRED) {
            return (r > 1 ? "Inside the favoured band of " : "Outside the favoured band of ") + c.experiment()
                    + (c.property("status-note", null) == null ? "" : " (" + c.property("status-note", null) + ")") + ": "
                    + lowerFirst(reason);
        }
        return reason;
    }

    private static Verdict derivedBound(Constraint c, ModelFacts f) {
        String name = c.property("derived", null);
        double limit = c.number("limit", Double.NaN);
        boolean lowerBound = "lower".equals(c.property("direction", "upper"));
        Value v = f.derived().value(name);
        if (!v.isApplicable()) {
            return new Verdict(c, Status.NOT_APPLICABLE, null, c.quantity(), null, limit, null,
                    () -> sentence(name + " does not apply to this model" + (v.note() == null ? "" : ": " + v.note())));
        }
        if (!Double.isFinite(v.number())) {
            return new Verdict(c, Status.OUT_OF_RANGE, null, c.quantity(), null, limit, null,
                    () -> sentence(name + " cannot be computed here" + (v.note() == null ? "" : ": " + v.note())));
        }
        double power = c.number("fraction-power", 0);
        double fraction = 1;
        if (power != 0 && !f.isAllOfDarkMatter()) {
            // chi is a fraction f = Omega h^2 / 0.120 of the dark matter: the bound applies to f^power times the quantity
            Value omega = f.derived().omegaH2();
            if (!omega.isApplicable() || !(omega.number() >= 0) || !Double.isFinite(omega.number())) {
                return new Verdict(c, Status.NOT_APPLICABLE, null, c.quantity(), null, limit, null,
                        () -> sentence("chi is not all of the dark matter and its fraction is not known"
                                + (omega.note() == null ? "" : ": " + omega.note())));
            }
            fraction = Math.min(1, omega.number() / OMEGA_DM_H2);
        }
        double value = v.number() * Math.pow(fraction, power);
        double r = lowerBound ? limit / value : value / limit;
        Status status = c.kind() == ConstraintKind.PROJECTION ? Status.ALLOWED : r > 1 ? Status.EXCLUDED : Status.ALLOWED;
        double share = fraction;
        return new Verdict(c, status, r, c.quantity(), value, limit, null,
                () -> (share < 1 ? "Chi is a fraction f = " + Quantities.formatScientific(share, 1) + " of the dark matter, so "
                        + name + " is weighted by f^" + Quantities.formatNumber(power) + ": " : "")
                        + derivedBoundReason(c, name, v, value, limit, r, lowerBound));
    }

    private static String derivedBoundReason(Constraint c, String name, Value v, double value, double limit, double r,
            boolean lowerBound) {
        String valueText = name + " = " + Quantities.formatScientific(value, 1);
        String limitText = Quantities.formatScientific(limit, 1);
        String reason;
        if (lowerBound) {
            reason = r > 1 ? valueText + " is below the " + c.title() + " bound " + limitText + " (r = " + Quantities.formatRatio(r) + ")."
                    : valueText + " is above the " + c.title() + " bound " + limitText + " (r = " + Quantities.formatRatio(r) + ").";
        } else {
            reason = r > 1 ? valueText + " is " + Quantities.formatRatio(r) + " times the " + c.title() + " bound " + limitText + "."
                    : valueText + " is below the " + c.title() + " bound " + limitText + " (r = " + Quantities.formatRatio(r) + ").";
        }
        if (!v.isValid() && v.note() != null) {
            reason += " Note: " + v.note() + ".";
        }
        return reason;
    }

    private static Verdict consistency(Constraint c, ModelFacts f) {
        String id = c.property("check", "");
        for (Check check : f.consistencyChecks()) {
            if (check.id().equals(id)) {
                // an error makes the model inconsistent; a warning excludes only where the check is a bound of
                // kind limit or cosmology (BBN + N_eff); a note, or a warning about the model itself, leaves it allowed
                boolean excludes = check.severity() == Check.Severity.ERROR
                        || (check.severity() == Check.Severity.WARN && c.kind().decidesOverall());
                Status status = excludes ? Status.EXCLUDED : Status.ALLOWED;
                return new Verdict(c, status, null, c.quantity(), null, null, null,
                        () -> sentence(check.severity() + ": " + check.message()));
            }
        }
        return new Verdict(c, Status.ALLOWED, null, c.quantity(), null, null, null, () -> "Passes: " + lowerFirst(c.title()) + ".");
    }

    private static String symbol(String quantity) {
        if (quantity == null) {
            return "value";
        }
        return switch (quantity) {
            case "epsilon" -> "eps";
            case "sin-theta", "theta" -> "sin theta";
            default -> quantity;
        };
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String sentence(String s) {
        String t = s == null || s.isBlank() ? "Does not apply" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        return t.endsWith(".") ? t : t + ".";
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

    /** A reading that turns out not to apply (e.g. no invisible decay for a missing-energy recipe). */
    private static final class NotApplicable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotApplicable(String message) {
            super(message, null, false, false);
        }
    }
}

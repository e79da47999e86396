package org.darkcheck.engine.recast;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.darkcheck.engine.Constraint;
import org.darkcheck.engine.Status;
import org.darkcheck.engine.Verdict;
import org.darkcheck.engine.catalog.LimitCurve;
import org.darkcheck.engine.facts.ModelFacts;
import org.darkcheck.engine.facts.Recipe;
import org.darkcheck.physics.MediatorType;
import org.darkcheck.physics.recast.DecayWindow;
import org.darkcheck.physics.recast.SearchSpec;
import org.darkcheck.physics.recast.SearchSpecs;
import org.darkcheck.physics.recast.VectorRecast;
import org.darkcheck.physics.units.Quantities;

/**
 * {@link Recipe#VECTOR_RECAST}: a published dark-photon limit (eps vs m_A') turned into a limit on the
 * coupling g of a B - L or L_mu - L_tau boson of the same mass, by the DarkCast method (Ilten, Soreq,
 * Williams, Xue, arXiv:1801.04847): equal signal events, through the ratio of production rates, the
 * branching fractions into the searched final states and, for beam dumps, the proper-time acceptance.
 * The arithmetic is {@link VectorRecast}; this class reads the curve at the model's mass, picks the search
 * and writes the verdict. Units: GeV, couplings dimensionless.
 */
final class VectorBosonRecast {

    private static final String METHOD = "DarkCast recast, arXiv:1801.04847";

    private VectorBosonRecast() {
    }

    static Verdict verdict(Constraint c, ModelFacts f) {
        MediatorType target = target(f.getMediator());
        double m = f.getMediatorMass();
        double g = f.getCoupling();
        Supplier<String> massText = () -> "m_Z' = " + Quantities.formatMass(m);
        if (target == null || !target.isVector() || target == MediatorType.DARK_PHOTON) {
            return notApplicable(c, "the DarkCast recast maps dark-photon limits onto other vector bosons, not onto a "
                    + f.getMediator());
        }
        SpecOrFailure described = SPECS.get(c, NO_INPUTS, () -> specOrFailure(c));
        if (described.failure() != null) {
            return notApplicable(c, "the search of " + c.id() + " cannot be described for a recast (" + described.failure()
                    + "); not applied (conservative)");
        }
        SearchSpec spec = described.spec();
        if (spec == null) {
            return notApplicable(c, c.experiment() + " names no production mode and final state, so its recast to a "
                    + f.getMediator() + " boson is not known; not applied (conservative)");
        }
        if (spec.window() instanceof DecayWindow.RValueGrid) {
            return notApplicable(c, c.experiment() + " was published as r-values on a lifetime grid, whose recast is "
                    + "not implemented; not applied (conservative)");
        }
        LimitCurve curve = c.curve();
        if (curve == null || !curve.covers(m)) {
            return new Verdict(c, Status.OUT_OF_RANGE, null, "g", g, null, null,
                    () -> massText.get() + " is outside the " + c.experiment() + " curve's mass range "
                            + (curve == null ? "" : Quantities.formatMass(curve.minMass()) + " - "
                                    + Quantities.formatMass(curve.maxMass())) + ".");
        }
        List<double[]> published = curve.intervalsAt(m);
        if (published.isEmpty()) {
            return new Verdict(c, Status.OUT_OF_RANGE, null, "g", g, null, null,
                    () -> c.experiment() + " sets no limit at " + massText.get() + " (a gap in the published curve).");
        }
        double invisibleToDarkMatter = f.derived().decays().invisible();
        Recast result = MEMO.get(c, new double[] {m, invisibleToDarkMatter, target.ordinal()},
                () -> recast(spec, target, m, published, invisibleToDarkMatter));
        if (result.failure() != null) {
            return notApplicable(c, "the recast of " + c.id() + " to a " + f.getMediator() + " boson failed at "
                    + massText.get() + " (" + result.failure() + "); not applied (conservative)");
        }
        List<double[]> recast = result.intervals();
        if (recast.isEmpty()) {
            return new Verdict(c, Status.ALLOWED, 0.0, "g", g, null, null,
                    () -> "Recast to the " + name(target) + " (" + METHOD + "): " + c.experiment()
                            + " sets no limit on it at " + massText.get() + " (no production, no branching into "
                            + spec.finalStates() + ", or a closed lifetime window).");
        }
        double[] chosen = null;
        double r = Double.NEGATIVE_INFINITY;
        for (double[] band : recast) {
            double ri = Double.isFinite(band[1]) ? Math.min(g / band[0], band[1] / g) : g / band[0];
            if (ri > r) {
                r = ri;
                chosen = band;
            }
        }
        double[] source = published.get(0);
        Recaster.Reading reading = new Recaster.Reading(m, m, "m_Z'", g, 1, () -> opening(target, spec, source));
        return Recaster.compare(c, reading, chosen[0], Double.isFinite(chosen[1]) ? chosen[1] : Double.NaN, "g");
    }

    /** A constraint's search, or why it cannot be described (null spec and null failure: it names none). */
    private record SpecOrFailure(SearchSpec spec, String failure) {
    }

    /** Each constraint's search, worked out once (the memo's inputs are empty: it depends on the constraint only). */
    private static final RecastMemo<SpecOrFailure> SPECS = new RecastMemo<>();
    private static final double[] NO_INPUTS = {};

    private static SpecOrFailure specOrFailure(Constraint c) {
        try {
            return new SpecOrFailure(spec(c).orElse(null), null);
        } catch (IllegalArgumentException e) {
            return new SpecOrFailure(null, e.getMessage());
        }
    }

    /** The target's excluded intervals at one mass, or why they could not be computed. */
    private record Recast(List<double[]> intervals, String failure) {
    }

    /** The last recast of each constraint (it depends on the mass and the width to dark matter, not on g). */
    private static final RecastMemo<Recast> MEMO = new RecastMemo<>();

    private static Recast recast(SearchSpec spec, MediatorType target, double m, List<double[]> published,
            double invisibleToDarkMatter) {
        List<double[]> out = new ArrayList<>();
        try {
            for (double[] eps : published) {
                double[] band = recastInterval(spec, target, m, eps, invisibleToDarkMatter);
                if (band != null) {
                    out.add(band);
                }
            }
        } catch (IllegalArgumentException e) {
            return new Recast(List.of(), e.getMessage());
        }
        return new Recast(List.copyOf(out), null);
    }

    /** The target's excluded interval {lower, upper (or +infinity)} from one published eps interval, or null. */
    private static double[] recastInterval(SearchSpec spec, MediatorType target, double m, double[] eps,
            double invisibleToDarkMatter) {
        if (spec.window() instanceof DecayWindow.Displaced) {
            if (!Double.isFinite(eps[1])) {
                throw new IllegalArgumentException("a displaced search needs a band, the file gives a one-sided limit");
            }
            return VectorRecast.band(spec, target, m, eps[0], eps[1], invisibleToDarkMatter);
        }
        double lower = VectorRecast.couplingLimit(spec, target, m, eps[0], invisibleToDarkMatter);
        if (!Double.isFinite(lower)) {
            return null;
        }
        double upper = Double.isFinite(eps[1]) ? VectorRecast.couplingLimit(spec, target, m, eps[1], invisibleToDarkMatter)
                : Double.POSITIVE_INFINITY;
        return new double[] {lower, upper};
    }

    /**
     * The search of a constraint: DarkCast's own description of a published limit (its 'upstream' file), else
     * the constraint's 'production', 'final-state' and 'length-ratio' properties; empty when it names none.
     */
    static Optional<SearchSpec> spec(Constraint c) {
        String upstream = c.upstream() == null ? "" : c.upstream();
        if (upstream.startsWith("darkcast/limits/") && upstream.endsWith(".lmt")) {
            String stem = upstream.substring("darkcast/limits/".length(), upstream.length() - ".lmt".length());
            Optional<SearchSpec> known = SearchSpecs.forDarkCastFile(stem);
            if (known.isPresent()) {
                return known;
            }
        }
        String production = c.property("production", null);
        String finalState = c.property("final-state", null);
        if (production == null || finalState == null) {
            return Optional.empty();
        }
        String lengthRatio = c.property("length-ratio", null);
        if (lengthRatio == null && c.property("search", "").contains("displaced")) {
            lengthRatio = Double.toString(Recaster.DEFAULT_LENGTH_RATIO);
        }
        return Optional.of(SearchSpec.fromProperties(production, finalState, lengthRatio));
    }

    /** The opening words of a recast verdict: the method, the search and the published edges it started from. */
    private static String opening(MediatorType target, SearchSpec spec, double[] source) {
        return "Recast to the " + name(target) + " (" + METHOD + "; production " + spec.production()
                + ", final state " + String.join(" + ", spec.finalStates())
                + (spec.window() instanceof DecayWindow.Displaced d ? ", decay window L_dec/L_sh = "
                        + Quantities.formatNumber(d.lengthRatio()) : "")
                + "; published eps " + Quantities.formatScientific(source[0], 1)
                + (Double.isFinite(source[1]) ? " - " + Quantities.formatScientific(source[1], 1) : "") + "): ";
    }

    private static Verdict notApplicable(Constraint c, String why) {
        return new Verdict(c, Status.NOT_APPLICABLE, null, "g", null, null, null,
                () -> Character.toUpperCase(why.charAt(0)) + why.substring(1) + ".");
    }

    private static MediatorType target(String key) {
        for (MediatorType t : MediatorType.values()) {
            if (t.key().equals(key)) {
                return t;
            }
        }
        return null;
    }

    private static String name(MediatorType t) {
        return t == MediatorType.B_L ? "B-L boson" : t == MediatorType.LMU_LTAU ? "L_mu-L_tau boson" : t.key();
    }
}

package org.darkcheck.model;

import java.util.Locale;

import org.darkcheck.model.darkside.DarkMatter;
import org.darkcheck.model.darkside.DarkMatterKind;
import org.darkcheck.model.darkside.DarksidePackage;
import org.darkcheck.model.darkside.Mediator;
import org.darkcheck.model.darkside.MediatorKind;
import org.darkcheck.model.darkside.ModelPoint;
import org.darkcheck.model.darkside.Study;
import org.darkcheck.model.darkside.util.DarksideValidator;
import org.darkcheck.physics.units.Quantities;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What a model says about itself: the checks behind the EMF validator
 * ({@link DarksideValidator} delegates here). Each check has a stable id, a
 * severity and a one-sentence message with the numbers in it; the id is the
 * message's prefix and the third datum of the diagnostic, and becomes the
 * Problems-view marker's id.
 */
public final class ModelRules {

    /** The checks, with their stable ids. */
    public enum Rule {
        MEDIATOR_MASS("MODEL-MEDIATOR-MASS"),
        COUPLING_RANGE("MODEL-COUPLING-RANGE"),
        MEDIATOR_KIND("MODEL-MEDIATOR-KIND"),
        DM_MASS("MODEL-DM-MASS"),
        DM_SPLITTING("MODEL-DM-SPLITTING"),
        ALPHA_D_RANGE("MODEL-ALPHA-D-RANGE"),
        PERTURBATIVITY("MODEL-PERTURBATIVITY"),
        POINT_NAME("MODEL-POINT-NAME");

        public final String id;

        Rule(String id) {
            this.id = id;
        }

        int code() {
            return ordinal() + 1;
        }
    }

    private ModelRules() {
    }

    /** The stable id of a diagnostic made by these checks, or null for another diagnostic. */
    public static String idOf(Diagnostic d) {
        return d.getData().size() > 2 && d.getData().get(2) instanceof String id ? id : null;
    }

    private static boolean report(DiagnosticChain diagnostics, int severity, Rule rule, EObject object,
            EStructuralFeature feature, String message) {
        if (diagnostics != null) {
            diagnostics.add(new BasicDiagnostic(severity, DarksideValidator.DIAGNOSTIC_SOURCE, rule.code(),
                    rule.id + ": " + message, new Object[] {object, feature, rule.id}));
        }
        return severity < Diagnostic.ERROR;
    }

    private static String where(ModelPoint point) {
        return point == null || point.getName() == null ? "" : " (" + point.getName() + ")";
    }

    private static ModelPoint pointOf(EObject o) {
        for (EObject e = o; e != null; e = e.eContainer()) {
            if (e instanceof ModelPoint p) {
                return p;
            }
        }
        return null;
    }

    public static boolean mediatorMassPositive(Mediator m, DiagnosticChain diagnostics) {
        double mass = m.getMass();
        if (mass > 0 && Double.isFinite(mass)) {
            return true;
        }
        return report(diagnostics, Diagnostic.ERROR, Rule.MEDIATOR_MASS, m, DarksidePackage.Literals.MEDIATOR__MASS,
                "the mediator mass must be positive, is " + (mass == 0 ? "0 (not set)" : Quantities.formatMass(mass))
                        + where(pointOf(m)));
    }

    public static boolean couplingInRange(Mediator m, DiagnosticChain diagnostics) {
        double c = m.getCoupling();
        if (c > 0 && c < 1) {
            return true;
        }
        return report(diagnostics, Diagnostic.ERROR, Rule.COUPLING_RANGE, m, DarksidePackage.Literals.MEDIATOR__COUPLING,
                "the coupling must lie between 0 and 1, is " + (c == 0 ? "0 (not set)" : Double.toString(c))
                        + where(pointOf(m)));
    }

    public static boolean kindHasPhysics(Mediator m, DiagnosticChain diagnostics) {
        if (m.getKind() != MediatorKind.AXION_LIKE && m.getKind() != MediatorKind.HEAVY_NEUTRAL_LEPTON) {
            return true;
        }
        return report(diagnostics, Diagnostic.WARNING, Rule.MEDIATOR_KIND, m, DarksidePackage.Literals.MEDIATOR__KIND,
                "'" + m.getKind().getLiteral() + "' is recognised but has no physics in DarkCheck yet: no constraint is evaluated"
                        + where(pointOf(m)));
    }

    public static boolean darkMatterMassPositive(DarkMatter dm, DiagnosticChain diagnostics) {
        double mass = dm.getMass();
        if (mass > 0 && Double.isFinite(mass)) {
            return true;
        }
        return report(diagnostics, Diagnostic.ERROR, Rule.DM_MASS, dm, DarksidePackage.Literals.DARK_MATTER__MASS,
                "the dark-matter mass must be positive, is " + (mass == 0 ? "0 (not set)" : Quantities.formatMass(mass))
                        + where(pointOf(dm)));
    }

    public static boolean splittingBelowMass(DarkMatter dm, DiagnosticChain diagnostics) {
        if (dm.getKind() != DarkMatterKind.PSEUDO_DIRAC) {
            return true;
        }
        double delta = dm.getSplitting();
        if (delta >= 0 && delta < dm.getMass()) {
            return true;
        }
        return report(diagnostics, Diagnostic.ERROR, Rule.DM_SPLITTING, dm, DarksidePackage.Literals.DARK_MATTER__SPLITTING,
                "the pseudo-Dirac splitting " + Quantities.formatMass(delta) + " must be at least 0 and below the mass "
                        + Quantities.formatMass(dm.getMass()) + where(pointOf(dm)));
    }

    /** alpha_D: an error outside [0, 1], a warning above 0.5 (FORMULAS.md section 15, PERT). */
    public static boolean alphaDInRange(ModelPoint p, DiagnosticChain diagnostics) {
        double a = p.getAlphaD();
        if (!(a >= 0 && a <= 1)) {
            return report(diagnostics, Diagnostic.ERROR, Rule.ALPHA_D_RANGE, p, DarksidePackage.Literals.MODEL_POINT__ALPHA_D,
                    "alpha_D = " + a + " is outside [0, 1]: above 1 the dark sector is non-perturbative" + where(p));
        }
        if (a > 0.5) {
            return report(diagnostics, Diagnostic.WARNING, Rule.PERTURBATIVITY, p, DarksidePackage.Literals.MODEL_POINT__ALPHA_D,
                    String.format(Locale.ROOT, "alpha_D = %s is above 0.5: perturbativity and Landau-pole concerns", Quantities.formatNumber(a))
                            + where(p));
        }
        return true;
    }

    public static boolean nameUnique(ModelPoint p, DiagnosticChain diagnostics) {
        if (!(p.eContainer() instanceof Study study)) {
            return true;
        }
        String name = p.getName();
        if (name == null || name.isBlank()) {
            return report(diagnostics, Diagnostic.ERROR, Rule.POINT_NAME, p, DarksidePackage.Literals.MODEL_POINT__NAME,
                    "a model point needs a name (e.g. BP1)");
        }
        long same = study.getPoints().stream().filter(q -> name.equals(q.getName())).count();
        if (same > 1) {
            return report(diagnostics, Diagnostic.ERROR, Rule.POINT_NAME, p, DarksidePackage.Literals.MODEL_POINT__NAME,
                    "the name '" + name + "' is used by " + same + " model points of this study");
        }
        return true;
    }
}

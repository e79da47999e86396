package org.darkcheck.engine.facts;

import org.darkcheck.physics.DerivedQuantities;
import org.darkcheck.physics.ModelSnapshot;
import org.darkcheck.physics.units.Quantities;

/**
 * The model point as the rules see it: plain properties of the model and of
 * its derived quantities, named as a physicist would in a rule. Masses in GeV.
 * Placeholders {@code {name}} in a rule's reason are filled from
 * {@link #describe(String)}.
 */
public final class ModelFacts {

    private final ModelSnapshot model;
    private final DerivedQuantities derived;

    public ModelFacts(DerivedQuantities derived) {
        this.derived = derived;
        this.model = derived.model();
    }

    public DerivedQuantities derived() {
        return derived;
    }

    /** The mediator's command-line spelling, e.g. "dark-photon". */
    public String getMediator() {
        return model.mediator().key();
    }

    /** The dark-matter kind's command-line spelling, "none" without dark matter. */
    public String getDarkMatter() {
        return model.darkMatter().key();
    }

    public boolean isHasDarkMatter() {
        return model.hasDarkMatter();
    }

    /** m_A' [GeV]. */
    public double getMediatorMass() {
        return model.mediatorMass();
    }

    /** epsilon for a dark photon. */
    public double getCoupling() {
        return model.coupling();
    }

    /** m_chi [GeV]. */
    public double getDarkMatterMass() {
        return model.darkMatterMass();
    }

    public double getAlphaD() {
        return model.alphaD();
    }

    public double getBrInvisible() {
        return derived.decays().brInvisible();
    }

    public double getBrVisible() {
        return derived.decays().brVisible();
    }

    /** Whether the mediator can decay to dark matter at all. */
    public boolean isInvisibleDecayOpen() {
        return derived.decays().invisible() > 0;
    }

    /** Whether the mediator decays to Standard-Model particles with BR_vis &gt;= 0.99, as visible searches assume. */
    public boolean isVisibleDecayDominant() {
        return derived.decays().brVisible() >= 0.99;
    }

    /** Y = eps^2 alpha_D (m_chi/m_A')^4; NaN without dark matter. */
    public double getY() {
        return derived.y();
    }

    /** The text for a placeholder {@code {name}} in a reason, or null for an unknown name. */
    public String describe(String name) {
        switch (name) {
            case "mediator": return getMediator();
            case "darkMatter": return getDarkMatter();
            case "mediatorMass": return Quantities.formatMass(getMediatorMass());
            case "darkMatterMass": return Quantities.formatMass(getDarkMatterMass());
            case "coupling": return Quantities.formatScientific(getCoupling(), 1);
            case "alphaD": return Quantities.formatNumber(getAlphaD());
            case "brInvisible": return String.format(java.util.Locale.ROOT, "%.2f", getBrInvisible());
            case "brVisible": return brVisibleText();
            case "y": return Double.isNaN(getY()) ? "n/a" : Quantities.formatScientific(getY(), 1);
            case "invisibleClosedBecause": return invisibleClosedBecause();
            default: return null;
        }
    }

    private String brVisibleText() {
        double br = getBrVisible();
        return br >= 0.01 ? String.format(java.util.Locale.ROOT, "%.2f", br) : Quantities.formatScientific(br, 1);
    }

    private String invisibleClosedBecause() {
        if (!model.hasDarkMatter()) {
            return "there is no dark-matter particle";
        }
        return "m_A' = " + Quantities.formatMass(getMediatorMass()) + " is below the " + model.darkMatter().key()
                + " pair threshold";
    }
}

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

    private java.util.List<org.darkcheck.physics.consistency.Check> checks;

    /** The failed consistency checks of FORMULAS.md 15 (computed once per model point). */
    public java.util.List<org.darkcheck.physics.consistency.Check> consistencyChecks() {
        if (checks == null) {
            checks = org.darkcheck.physics.consistency.ConsistencyChecks.evaluate(derived);
        }
        return checks;
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

    /** The mediator itself is all of the dark matter (dark-photon dark matter). */
    public boolean isMediatorIsDarkMatter() {
        return model.mediatorIsDarkMatter();
    }

    /** chi is all of the dark matter. */
    public boolean isAllOfDarkMatter() {
        return model.allOfDarkMatter();
    }

    /** chi's abundance is thermal. */
    public boolean isThermal() {
        return model.thermal();
    }

    /** chi scatters elastically through the mediator (complex scalar, Dirac); Majorana (axial, velocity-suppressed) and pseudo-Dirac (inelastic) do not. */
    public boolean isElasticScattering() {
        return model.darkMatter() == org.darkcheck.physics.DarkMatterType.COMPLEX_SCALAR
                || model.darkMatter() == org.darkcheck.physics.DarkMatterType.DIRAC;
    }

    /** The mediator decays to Standard-Model particles at all (BR_vis &gt; 0). */
    public boolean isVisibleDecayOpen() {
        return derived.decays().visible() > 0;
    }

    /** m_med / m_chi; NaN without dark matter. */
    public double getMassRatio() {
        return model.hasDarkMatter() ? model.mediatorMass() / model.darkMatterMass() : Double.NaN;
    }

    /** Direct-detection curves drawn for a heavy mediator (F_DM = 1) apply: m_med above 1 MeV. */
    public boolean isHeavyMediatorScattering() {
        return org.darkcheck.physics.detection.DirectDetection.formFactor(model.mediatorMass())
                == org.darkcheck.physics.detection.DirectDetection.FormFactor.HEAVY_MEDIATOR;
    }

    /** Mediator lifetime [s]. */
    public double getLifetimeSeconds() {
        return derived.decays().lifetimeSeconds();
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
            case "massRatio": return Double.isNaN(getMassRatio()) ? "n/a" : Quantities.formatNumber(getMassRatio());
            case "lifetime": return Quantities.formatScientific(getLifetimeSeconds(), 1) + " s";
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

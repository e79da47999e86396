package org.darkcheck.physics;

/**
 * One dark-sector model point as plain numbers: what every evaluator and the
 * rule engine read. Immutable and serialisable, free of EMF and OSGi.
 *
 * @param mediator         the mediator type
 * @param mediatorMass     m_A' [GeV], positive
 * @param coupling         the mediator's coupling to the Standard Model (epsilon for a dark photon), dimensionless
 * @param darkMatter       the dark-matter type, NONE for no dark-matter particle
 * @param darkMatterMass   m_chi [GeV] (the lighter state of a pseudo-Dirac pair); ignored for NONE
 * @param splitting        m_chi2 - m_chi1 [GeV] for pseudo-Dirac, else 0
 * @param alphaD           alpha_D = g_D^2 / 4 pi, dimensionless
 * @param mediatorIsDarkMatter the mediator itself is all of the dark matter (dark-photon dark matter)
 * @param allOfDarkMatter  chi is all of the dark matter (else it is a subdominant component)
 * @param thermal          chi's abundance is set by thermal freeze-out (else by something else)
 */
public record ModelSnapshot(
        MediatorType mediator,
        double mediatorMass,
        double coupling,
        DarkMatterType darkMatter,
        double darkMatterMass,
        double splitting,
        double alphaD,
        boolean mediatorIsDarkMatter,
        boolean allOfDarkMatter,
        boolean thermal) implements java.io.Serializable {

    /** A model point with the default assumptions: chi, if any, is all of the dark matter and thermal. */
    public ModelSnapshot(MediatorType mediator, double mediatorMass, double coupling, DarkMatterType darkMatter,
            double darkMatterMass, double splitting, double alphaD) {
        this(mediator, mediatorMass, coupling, darkMatter, darkMatterMass, splitting, alphaD, false, true, true);
    }

    public ModelSnapshot {
        if (mediator == null) {
            throw new IllegalArgumentException("mediator type is missing");
        }
        if (darkMatter == null) {
            darkMatter = DarkMatterType.NONE;
        }
    }

    /** A dark photon with no dark-matter particle. */
    public static ModelSnapshot darkPhoton(double massGeV, double epsilon) {
        return new ModelSnapshot(MediatorType.DARK_PHOTON, massGeV, epsilon, DarkMatterType.NONE, 0, 0, 0.5);
    }

    public ModelSnapshot withDarkMatter(DarkMatterType type, double massGeV, double splittingGeV, double alpha) {
        return new ModelSnapshot(mediator, mediatorMass, coupling, type, massGeV, splittingGeV, alpha,
                mediatorIsDarkMatter, allOfDarkMatter, thermal);
    }

    public ModelSnapshot withAssumptions(boolean mediatorIsDM, boolean allOfDM, boolean thermalAbundance) {
        return new ModelSnapshot(mediator, mediatorMass, coupling, darkMatter, darkMatterMass, splitting, alphaD,
                mediatorIsDM, allOfDM, thermalAbundance);
    }

    public boolean hasDarkMatter() {
        return darkMatter != DarkMatterType.NONE;
    }
}

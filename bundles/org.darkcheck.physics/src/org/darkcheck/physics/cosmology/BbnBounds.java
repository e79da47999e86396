package org.darkcheck.physics.cosmology;

import org.darkcheck.physics.DarkMatterType;
import org.darkcheck.physics.MediatorType;
import org.darkcheck.physics.Value;
import org.darkcheck.physics.decay.MediatorDecays;

/**
 * BBN and N_eff lower bounds on the mass of thermal dark matter and of a light
 * mediator (FORMULAS.md 10.2; Sabti, Alvey, Escudero, Fairbairn, Blas
 * arXiv:1910.01649 and addendum arXiv:2107.11232).
 * <ul>
 * <li>BBN alone: m_chi &gt; 0.4 MeV for every spin, s- or p-wave, final state;</li>
 * <li>BBN + Planck: m_chi &gt; 3.7 MeV for purely electrophilic or neutrinophilic
 * species, the weakest of the per-kind bounds. Species with more degrees of
 * freedom are excluded further up, but the per-kind numbers are not in
 * FORMULAS.md (unverified): DarkCheck applies 3.7 MeV to every kind, which is
 * conservative (it never excludes a point the per-kind bound would allow).</li>
 * <li>A mediator decaying to Standard-Model particles must have a lifetime below
 * 1 s; a Z' of L_mu - L_tau or B - L decaying to neutrinos below ~5-10 MeV
 * changes N_eff (Escudero et al. arXiv:1901.02010, value unverified).</li>
 * </ul>
 */
public final class BbnBounds {

    /** BBN alone [GeV]. */
    public static final double BBN_ONLY = 0.4e-3;
    /** BBN + Planck, electrophilic or neutrinophilic, every kind [GeV]. */
    public static final double BBN_PLUS_CMB = 3.7e-3;
    /** Lifetime above which a decaying mediator disturbs BBN [s]. */
    public static final double MAX_MEDIATOR_LIFETIME_S = 1;
    /** N_eff bound on a neutrinophilic Z' (unverified, lower end of 5-10 MeV) [GeV]. */
    public static final double NEUTRINOPHILIC_MEDIATOR = 5e-3;

    private BbnBounds() {
    }

    /**
     * The lower mass bound on thermal dark matter of this kind coupled through this
     * mediator [GeV] (BBN + Planck); not applicable without dark matter.
     */
    public static Value darkMatterLowerBoundGeV(DarkMatterType kind, MediatorType mediator) {
        if (kind == DarkMatterType.NONE) {
            return Value.notApplicable("no dark-matter particle");
        }
        return Value.of(BBN_PLUS_CMB);
    }

    /** The degrees of freedom g of the species (particle plus antiparticle), which set the per-kind bound. */
    public static int degreesOfFreedom(DarkMatterType kind) {
        switch (kind) {
            case COMPLEX_SCALAR:
            case MAJORANA:
                return 2;
            case DIRAC:
            case PSEUDO_DIRAC:
                return 4;
            default:
                return 0;
        }
    }

    /**
     * Null when the mediator is safe for BBN, else the reason: a lifetime above 1 s
     * with Standard-Model decays, or a neutrinophilic Z' lighter than 5 MeV.
     */
    public static String mediatorProblem(MediatorType mediator, double mass, MediatorDecays decays) {
        if (decays.visible() > 0 && decays.lifetimeSeconds() > MAX_MEDIATOR_LIFETIME_S) {
            return "the mediator lives " + String.format(java.util.Locale.ROOT, "%.2g", decays.lifetimeSeconds())
                    + " s > 1 s and decays during or after BBN";
        }
        if ((mediator == MediatorType.LMU_LTAU || mediator == MediatorType.B_L) && mass < NEUTRINOPHILIC_MEDIATOR) {
            return "a neutrinophilic Z' lighter than ~5 MeV is in conflict with N_eff (value unverified)";
        }
        return null;
    }
}

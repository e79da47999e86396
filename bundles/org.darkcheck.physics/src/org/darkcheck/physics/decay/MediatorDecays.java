package org.darkcheck.physics.decay;

import org.darkcheck.physics.constants.Constants;

/**
 * Partial widths of a mediator [GeV] and what follows from them: branching
 * ratios, lifetime and decay lengths (FORMULAS.md 2.4).
 * <p>
 * Bookkeeping: {@link #visible()} is every Standard-Model final state except
 * neutrinos; {@link #invisible()} is the dark-matter width only (the record
 * component); {@link #brInvisible()} is BR(dark matter + neutrinos), the
 * physical missing-energy fraction of FORMULAS.md 16. The total includes all.
 *
 * @param electrons Gamma(-> e+ e-) [GeV]
 * @param muons     Gamma(-> mu+ mu-) [GeV]
 * @param taus      Gamma(-> tau+ tau-) [GeV]
 * @param hadrons   Gamma(-> hadrons) [GeV] (pi pi and the spectator quarks for the dark scalar)
 * @param photons   Gamma(-> 3 gamma) [GeV] of a vector below 2 m_e, Gamma(-> gamma gamma) of the dark scalar
 * @param invisible Gamma(-> dark matter) [GeV]
 * @param neutrinos Gamma(-> nu nubar) [GeV], all flavours
 */
public record MediatorDecays(double electrons, double muons, double taus, double hadrons, double photons,
        double invisible, double neutrinos) implements java.io.Serializable {

    /** Widths without neutrinos (the dark photon). */
    public MediatorDecays(double electrons, double muons, double taus, double hadrons, double photons,
            double invisible) {
        this(electrons, muons, taus, hadrons, photons, invisible, 0);
    }

    /** Gamma_vis: every Standard-Model final state except neutrinos [GeV]. */
    public double visible() {
        return electrons + muons + taus + hadrons + photons;
    }

    /** Gamma(dark matter) + Gamma(neutrinos) [GeV]: what leaves a detector unseen. */
    public double invisibleWithNeutrinos() {
        return invisible + neutrinos;
    }

    /** Gamma_tot [GeV]. */
    public double total() {
        return visible() + invisible + neutrinos;
    }

    public double brElectrons() {
        return fraction(electrons);
    }

    public double brMuons() {
        return fraction(muons);
    }

    public double brTaus() {
        return fraction(taus);
    }

    public double brHadrons() {
        return fraction(hadrons);
    }

    public double brPhotons() {
        return fraction(photons);
    }

    public double brNeutrinos() {
        return fraction(neutrinos);
    }

    /** BR(dark matter) alone. */
    public double brDarkMatter() {
        return fraction(invisible);
    }

    /** BR(invisible) = BR(dark matter) + BR(neutrinos) (FORMULAS.md 16). */
    public double brInvisible() {
        return fraction(invisible + neutrinos);
    }

    /** 1 - BR_inv, computed from the widths so that it keeps its digits when BR_inv is close to 1. */
    public double brVisible() {
        return fraction(visible());
    }

    private double fraction(double width) {
        double total = total();
        return total > 0 ? width / total : 0;
    }

    /** Lifetime tau = hbar / Gamma_tot [s]; infinite for a stable mediator. */
    public double lifetimeSeconds() {
        double total = total();
        return total > 0 ? Constants.HBAR_GEV_S / total : Double.POSITIVE_INFINITY;
    }

    /** Proper decay length c tau [m]. */
    public double ctauMeters() {
        return Constants.SPEED_OF_LIGHT_M_PER_S * lifetimeSeconds();
    }

    /**
     * Lab decay length gamma beta c tau [m] of a mediator of mass {@code mass} [GeV]
     * carrying lab energy {@code energy} [GeV] (energy &gt;= mass).
     */
    public double decayLengthLabMeters(double mass, double energy) {
        if (energy < mass) {
            throw new IllegalArgumentException("lab energy " + energy + " GeV is below the mass " + mass + " GeV");
        }
        double momentum = Math.sqrt(energy * energy - mass * mass);
        return momentum / mass * ctauMeters();
    }

    /**
     * Probability that the mediator decays between lab distances l1 and l2 [m]
     * (FORMULAS.md 2.4): exp(-l1/L) - exp(-l2/L), L the lab decay length.
     */
    public static double decayProbability(double labDecayLengthMeters, double l1Meters, double l2Meters) {
        return Math.exp(-l1Meters / labDecayLengthMeters) - Math.exp(-l2Meters / labDecayLengthMeters);
    }
}

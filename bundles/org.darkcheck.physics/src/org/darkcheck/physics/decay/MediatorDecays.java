package org.darkcheck.physics.decay;

import org.darkcheck.physics.constants.Constants;

/**
 * Partial widths of a mediator [GeV] and what follows from them: branching
 * ratios, lifetime and decay lengths (FORMULAS.md 2.4).
 *
 * @param electrons Gamma(-> e+ e-) [GeV]
 * @param muons     Gamma(-> mu+ mu-) [GeV]
 * @param taus      Gamma(-> tau+ tau-) [GeV]
 * @param hadrons   Gamma(-> hadrons) [GeV]
 * @param photons   Gamma(-> 3 gamma) [GeV], only below 2 m_e
 * @param invisible Gamma(-> dark matter) [GeV]
 */
public record MediatorDecays(double electrons, double muons, double taus, double hadrons, double photons,
        double invisible) implements java.io.Serializable {

    /** Gamma_vis: every Standard-Model final state [GeV]. */
    public double visible() {
        return electrons + muons + taus + hadrons + photons;
    }

    /** Gamma_tot [GeV]. */
    public double total() {
        return visible() + invisible;
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

    public double brInvisible() {
        return fraction(invisible);
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
}

package org.darkcheck.physics;

/**
 * What {@link Evaluator#derive(ModelSnapshot, Options)} computes and with which
 * conventions. The relic abundance and the thermal target are the costly
 * quantities (about 0.1-1 ms and 1-3 ms); by default they are computed lazily,
 * on the first call of {@link DerivedQuantities#omegaH2()},
 * {@link DerivedQuantities#thermalTarget()} or {@link DerivedQuantities#named()},
 * so that a scan that never asks for them pays nothing. {@link #withRelic()}
 * computes them during {@code derive} (before the result is shipped elsewhere,
 * e.g. to another machine).
 *
 * @param eagerRelic         compute the relic abundance and the thermal target in derive
 * @param labEnergyGeV       lab energy of the mediator for the lab decay length [GeV]; NaN: no decay length
 * @param velocityToday      relative velocity of dark matter in galaxies today, for sigma v (FORMULAS.md 16: 1e-3)
 * @param sommerfeldVelocity velocity of each particle in the CM frame for the Sommerfeld factor (1e-3)
 * @param sidmVelocityKmPerS relative velocity for sigma_T/m [km/s] (clusters: 1000)
 * @param fEff               CMB deposition efficiency (1: conservative default of FORMULAS.md 10.1)
 * @param xKineticDecoupling m_chi/T_kd for p-wave annihilation at recombination (1e4)
 */
public record Options(boolean eagerRelic, double labEnergyGeV, double velocityToday, double sommerfeldVelocity,
        double sidmVelocityKmPerS, double fEff, double xKineticDecoupling) implements java.io.Serializable {

    /** Lazy relic, no lab decay length, the conventions of FORMULAS.md. */
    public static Options defaults() {
        return new Options(false, Double.NaN, 1e-3, 1e-3, 1000, 1, 1e4);
    }

    /** The defaults, with the relic abundance and thermal target computed eagerly. */
    public static Options withRelic() {
        return defaults().relic(true);
    }

    public Options relic(boolean eager) {
        return new Options(eager, labEnergyGeV, velocityToday, sommerfeldVelocity, sidmVelocityKmPerS, fEff,
                xKineticDecoupling);
    }

    /** With a lab energy [GeV] for {@link DerivedQuantities#decayLengthLabMeters()}. */
    public Options labEnergy(double energyGeV) {
        return new Options(eagerRelic, energyGeV, velocityToday, sommerfeldVelocity, sidmVelocityKmPerS, fEff,
                xKineticDecoupling);
    }
}

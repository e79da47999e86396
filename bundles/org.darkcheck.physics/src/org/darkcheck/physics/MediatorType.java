package org.darkcheck.physics;

/**
 * The mediators the physics knows. {@link #key()} is the command-line spelling
 * (shared/CLI.md) and the EMF enum literal. {@link ModelSnapshot#coupling()} is
 * {@link #couplingName()} of the mediator.
 */
public enum MediatorType {
    /** Kinetically mixed dark photon A' (FORMULAS.md 2); coupling = epsilon. */
    DARK_PHOTON("dark-photon", "epsilon", true),
    /** Higgs-mixed dark scalar S (FORMULAS.md 3); coupling = sin theta. */
    DARK_SCALAR("dark-scalar", "sin theta", false),
    /** Gauge boson of L_mu - L_tau (FORMULAS.md 4); coupling = g. */
    LMU_LTAU("lmu-ltau", "g", true),
    /** Gauge boson of B - L (FORMULAS.md 5); coupling = g. */
    B_L("b-l", "g", true);

    private final String key;
    private final String couplingName;
    private final boolean vector;

    MediatorType(String key, String couplingName, boolean vector) {
        this.key = key;
        this.couplingName = couplingName;
        this.vector = vector;
    }

    public String key() {
        return key;
    }

    /** What {@link ModelSnapshot#coupling()} means for this mediator: "epsilon", "sin theta" or "g". */
    public String couplingName() {
        return couplingName;
    }

    /** Whether the mediator is a spin-1 boson (else the spin-0 dark scalar). */
    public boolean isVector() {
        return vector;
    }

    /** The type for a command-line spelling, or null. */
    public static MediatorType ofKey(String key) {
        for (MediatorType t : values()) {
            if (t.key.equals(key)) {
                return t;
            }
        }
        return null;
    }
}

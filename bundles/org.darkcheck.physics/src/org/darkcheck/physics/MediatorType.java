package org.darkcheck.physics;

/** The mediators the physics knows. {@link #key()} is the command-line spelling. */
public enum MediatorType {
    /** Kinetically mixed dark photon A'; coupling = epsilon. */
    DARK_PHOTON("dark-photon");

    private final String key;

    MediatorType(String key) {
        this.key = key;
    }

    public String key() {
        return key;
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

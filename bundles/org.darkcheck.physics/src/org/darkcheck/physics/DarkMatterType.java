package org.darkcheck.physics;

/** The dark-matter particle chi. {@link #key()} is the command-line spelling; NONE means no chi. */
public enum DarkMatterType {
    NONE("none"),
    COMPLEX_SCALAR("complex-scalar"),
    DIRAC("dirac"),
    /** Majorana fermion with an axial-vector coupling (FORMULAS.md 2.3). */
    MAJORANA("majorana"),
    /** Pseudo-Dirac pair chi1, chi2 = chi1 + splitting, off-diagonal coupling. */
    PSEUDO_DIRAC("pseudo-dirac");

    private final String key;

    DarkMatterType(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The type for a command-line spelling, or null. */
    public static DarkMatterType ofKey(String key) {
        for (DarkMatterType t : values()) {
            if (t.key.equals(key)) {
                return t;
            }
        }
        return null;
    }
}

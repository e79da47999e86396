package org.darkcheck.engine;

/** What a constraint is; {@link #key()} is the spelling of shared/CLI.md. */
public enum ConstraintKind {
    /** A published exclusion. */
    LIMIT("limit"),
    /** A future sensitivity: reported as reach, never EXCLUDED. */
    PROJECTION("projection"),
    /** A favoured band. */
    PREFERRED("preferred"),
    /** Relic abundance, CMB, BBN. */
    COSMOLOGY("cosmology"),
    /** The model checked against itself. */
    CONSISTENCY("consistency");

    private final String key;

    ConstraintKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The kind for its spelling, or null. */
    public static ConstraintKind ofKey(String key) {
        for (ConstraintKind k : values()) {
            if (k.key.equals(key)) {
                return k;
            }
        }
        return null;
    }

    /** Whether an EXCLUDED verdict of this kind makes the whole model EXCLUDED. */
    public boolean decidesOverall() {
        return this == LIMIT || this == COSMOLOGY;
    }
}

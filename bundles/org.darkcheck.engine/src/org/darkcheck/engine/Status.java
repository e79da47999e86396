package org.darkcheck.engine;

/** The outcome of one constraint for one model point (shared/CLI.md). */
public enum Status {
    /** The constraint applies and r &gt; 1. */
    EXCLUDED,
    /** The constraint applies and r &lt;= 1. */
    ALLOWED,
    /** The constraint does not apply to this model (wrong mediator, decay mode, dark-matter kind ...). */
    NOT_APPLICABLE,
    /** The constraint would apply, but the model lies outside the range where it was measured. */
    OUT_OF_RANGE
}

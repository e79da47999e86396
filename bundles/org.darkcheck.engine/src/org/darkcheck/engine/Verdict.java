package org.darkcheck.engine;

/**
 * The outcome of one constraint for one model point, as shared/CLI.md prints it.
 *
 * @param constraint the constraint judged
 * @param status     the outcome
 * @param r          predicted / limit (&gt; 1 excludes); for a band min(value/lower, upper/value); null when not applicable or out of range
 * @param quantity   the name of the compared quantity, e.g. "epsilon"
 * @param value      the model's value of that quantity, or null
 * @param limit      the (rescaled) limit at the model's mass, the lower edge for a band, or null
 * @param limitUpper the upper edge of a band, or null
 * @param reason     one sentence with the numbers in it
 */
public record Verdict(Constraint constraint, Status status, Double r, String quantity, Double value, Double limit,
        Double limitUpper, String reason) implements java.io.Serializable {

    public String id() {
        return constraint.id();
    }
}

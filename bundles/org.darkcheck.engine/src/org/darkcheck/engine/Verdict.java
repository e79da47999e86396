package org.darkcheck.engine;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The outcome of one constraint for one model point, as shared/CLI.md prints it.
 * The numbers are computed with the verdict; the sentence is built the first
 * time it is asked for (a whole catalog is judged per model point, and most
 * sentences of a scan are never read).
 */
public final class Verdict implements Serializable {

    private static final long serialVersionUID = 2L;

    private final Constraint constraint;
    private final Status status;
    private final Double r;
    private final String quantity;
    private final Double value;
    private final Double limit;
    private final Double limitUpper;
    private transient Supplier<String> reasonSource;
    private volatile String reason;

    /**
     * @param constraint the constraint judged
     * @param status     the outcome
     * @param r          predicted / limit (&gt; 1 excludes); for a band min(value/lower, upper/value); null when not applicable or out of range
     * @param quantity   the name of the compared quantity, e.g. "epsilon"
     * @param value      the model's value of that quantity, or null
     * @param limit      the (rescaled) limit at the model's mass, the lower edge for a band, or null
     * @param limitUpper the upper edge of a band, or null
     * @param reason     one sentence with the numbers in it, built when first asked for
     */
    public Verdict(Constraint constraint, Status status, Double r, String quantity, Double value, Double limit,
            Double limitUpper, Supplier<String> reason) {
        this.constraint = constraint;
        this.status = status;
        this.r = r;
        this.quantity = quantity;
        this.value = value;
        this.limit = limit;
        this.limitUpper = limitUpper;
        this.reasonSource = Objects.requireNonNull(reason, "reason");
    }

    public Verdict(Constraint constraint, Status status, Double r, String quantity, Double value, Double limit,
            Double limitUpper, String reason) {
        this(constraint, status, r, quantity, value, limit, limitUpper, () -> reason);
        this.reason = reason;
    }

    public Constraint constraint() {
        return constraint;
    }

    public Status status() {
        return status;
    }

    public Double r() {
        return r;
    }

    public String quantity() {
        return quantity;
    }

    public Double value() {
        return value;
    }

    public Double limit() {
        return limit;
    }

    public Double limitUpper() {
        return limitUpper;
    }

    /** One sentence with the numbers in it. */
    public String reason() {
        String s = reason;
        if (s == null) {
            s = reasonSource.get();
            reason = s;
        }
        return s;
    }

    public String id() {
        return constraint.id();
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        reason();
        out.defaultWriteObject();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Verdict v && constraint.equals(v.constraint) && status == v.status && Objects.equals(r, v.r)
                && Objects.equals(quantity, v.quantity) && Objects.equals(value, v.value) && Objects.equals(limit, v.limit)
                && Objects.equals(limitUpper, v.limitUpper) && reason().equals(v.reason());
    }

    @Override
    public int hashCode() {
        return Objects.hash(constraint.id(), status, r, value, limit, limitUpper);
    }

    @Override
    public String toString() {
        return "Verdict[" + id() + " " + status + " r=" + r + "]";
    }
}

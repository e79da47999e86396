package org.darkcheck.physics;

import java.util.List;
import java.util.Objects;

/**
 * One derived number with its validity: every evaluator of this bundle returns
 * its results as values so that a number computed outside the range where its
 * formula holds is never silent.
 * <ul>
 * <li>{@link Status#VALID}: the number, inside the evaluator's stated range;</li>
 * <li>{@link Status#OUT_OF_VALIDITY}: the best number the formula gives, with the
 * sentence saying which range was left (the number may be {@code NaN} when
 * nothing sensible can be given, never silently);</li>
 * <li>{@link Status#NOT_APPLICABLE}: the quantity does not exist for this model
 * (e.g. sigma_e without dark matter); the number is {@code NaN} and the
 * note says why.</li>
 * </ul>
 * The unit is in the name of the accessor or field that holds the value.
 *
 * @param number the number, in the unit its holder names
 * @param status valid, out of validity or not applicable
 * @param note   why the value is not valid or not applicable; null when valid
 */
public record Value(double number, Status status, String note) implements java.io.Serializable {

    /** Whether a value can be trusted, is outside its range, or does not apply. */
    public enum Status {
        VALID, OUT_OF_VALIDITY, NOT_APPLICABLE
    }

    public Value {
        Objects.requireNonNull(status, "status");
        if (status == Status.VALID) {
            if (!Double.isFinite(number)) {
                // never silent: a formula that produced NaN or infinity is flagged
                status = Status.OUT_OF_VALIDITY;
                note = "the formula gave " + number + " (no finite result)";
            } else {
                note = null;
            }
        } else if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("a value that is not valid needs a reason");
        }
        if (status == Status.NOT_APPLICABLE) {
            number = Double.NaN;
        }
    }

    /** A number inside the evaluator's validity range (flagged automatically if it is not finite). */
    public static Value of(double number) {
        return new Value(number, Status.VALID, null);
    }

    /** A number computed outside the evaluator's validity range, with the reason. */
    public static Value outOfValidity(double number, String reason) {
        return new Value(number, Status.OUT_OF_VALIDITY, reason);
    }

    /** {@link #of} when {@code reason} is null, else {@link #outOfValidity}. */
    public static Value checked(double number, String reasonOrNull) {
        return reasonOrNull == null ? of(number) : outOfValidity(number, reasonOrNull);
    }

    /** A quantity that does not exist for this model. */
    public static Value notApplicable(String reason) {
        return new Value(Double.NaN, Status.NOT_APPLICABLE, reason);
    }

    public boolean isValid() {
        return status == Status.VALID;
    }

    public boolean isApplicable() {
        return status != Status.NOT_APPLICABLE;
    }

    /** The number as a boxed double for JSON: null when not applicable or not finite. */
    public Double orNull() {
        return Double.isFinite(number) ? number : null;
    }

    /** This value with the number transformed (unit conversion, scaling); the status and note are kept. */
    public Value map(java.util.function.DoubleUnaryOperator f) {
        return status == Status.NOT_APPLICABLE ? this : new Value(f.applyAsDouble(number), status, note);
    }

    /** This value, flagged with {@code reason} if it was valid; an existing note is kept. */
    public Value flag(String reason) {
        if (reason == null || status != Status.VALID) {
            return this;
        }
        return outOfValidity(number, reason);
    }

    /** The notes of the values that are out of validity, prefixed with a name. */
    static void collectNotes(String name, Value v, List<String> into) {
        if (v != null && v.status == Status.OUT_OF_VALIDITY) {
            into.add(name + ": " + v.note);
        }
    }

    @Override
    public String toString() {
        return switch (status) {
            case VALID -> Double.toString(number);
            case OUT_OF_VALIDITY -> number + " (out of validity: " + note + ")";
            case NOT_APPLICABLE -> "n/a (" + note + ")";
        };
    }
}

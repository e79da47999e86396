package org.darkcheck.physics.units;

/** Text that is not a valid quantity; the message says what was wrong, in one sentence. */
public final class QuantityFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public QuantityFormatException(String message) {
        super(message);
    }
}

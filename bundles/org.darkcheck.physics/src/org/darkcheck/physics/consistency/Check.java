package org.darkcheck.physics.consistency;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One failed consistency condition of FORMULAS.md 15. Its message is written when first asked for (most
 * checks of a scan are never read), then kept.
 */
public final class Check implements java.io.Serializable {

    private static final long serialVersionUID = 2L;

    /** How serious a failed condition is. */
    public enum Severity {
        INFO, WARN, ERROR
    }

    private final String id;
    private final Severity severity;
    private transient Supplier<String> text;
    private String message;

    /**
     * @param id       the stable id of FORMULAS.md 15 (PERT, PERT_SM, INV, ...)
     * @param severity info, warning or error
     * @param message  one sentence with the numbers in it
     */
    public Check(String id, Severity severity, String message) {
        this(id, severity, () -> message);
        this.message = message;
    }

    /** As {@link #Check(String, Severity, String)} with the sentence written when first asked for. */
    public Check(String id, Severity severity, Supplier<String> message) {
        this.id = Objects.requireNonNull(id);
        this.severity = Objects.requireNonNull(severity);
        this.text = Objects.requireNonNull(message);
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    /** One sentence with the numbers in it. */
    public synchronized String message() {
        if (message == null) {
            message = text.get();
            text = null;
        }
        return message;
    }

    private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
        message();
        out.defaultWriteObject();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Check c && id.equals(c.id) && severity == c.severity && message().equals(c.message());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, severity, message());
    }

    @Override
    public String toString() {
        return "Check[id=" + id + ", severity=" + severity + ", message=" + message() + "]";
    }
}

package org.darkcheck.physics.consistency;

/**
 * One failed consistency condition of FORMULAS.md 15.
 *
 * @param id       the stable id of FORMULAS.md 15 (PERT, PERT_SM, INV, ...)
 * @param severity info, warning or error
 * @param message  one sentence with the numbers in it
 */
public record Check(String id, Severity severity, String message) implements java.io.Serializable {

    /** How serious a failed condition is. */
    public enum Severity {
        INFO, WARN, ERROR
    }
}

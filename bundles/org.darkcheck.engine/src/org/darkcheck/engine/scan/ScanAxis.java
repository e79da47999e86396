package org.darkcheck.engine.scan;

import org.darkcheck.physics.units.Quantities;
import org.darkcheck.physics.units.QuantityFormatException;

/**
 * One axis of a scan grid: {@code KEY=FROM:TO:log|lin:N} on the command line.
 * Masses take units ({@code mediator.mass=1MeV:1GeV:log:200}); N points include
 * both ends.
 *
 * @param key  a scannable key (SnapshotKeys.SCANNABLE)
 * @param from first value (GeV for masses)
 * @param to   last value
 * @param log  log spacing (else linear)
 * @param n    number of points, at least 1
 */
public record ScanAxis(String key, double from, double to, boolean log, int n) implements java.io.Serializable {

    public ScanAxis {
        if (!SnapshotKeys.SCANNABLE.contains(key)) {
            throw new IllegalArgumentException("'" + key + "' cannot be scanned (scannable: "
                    + String.join(", ", SnapshotKeys.SCANNABLE) + ")");
        }
        if (n < 1) {
            throw new IllegalArgumentException(key + ": the number of points must be at least 1, got " + n);
        }
        if (!Double.isFinite(from) || !Double.isFinite(to)) {
            throw new IllegalArgumentException(key + ": the range must be finite");
        }
        if (n > 1 && from == to) {
            throw new IllegalArgumentException(key + ": the range " + from + ":" + to + " is empty");
        }
        if (log && (from <= 0 || to <= 0)) {
            throw new IllegalArgumentException(key + ": a log axis needs positive ends");
        }
    }

    /** The i-th value, 0 &lt;= i &lt; n. */
    public double value(int i) {
        if (n == 1) {
            return from;
        }
        double t = (double) i / (n - 1);
        return log ? from * Math.pow(to / from, t) : from + t * (to - from);
    }

    /** Parses {@code KEY=FROM:TO:log|lin:N}; the message of the exception says what was wrong. */
    public static ScanAxis parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("an axis is KEY=FROM:TO:log|lin:N, got '" + text + "'");
        }
        String key = text.substring(0, eq).strip();
        String[] parts = text.substring(eq + 1).split(":");
        if (parts.length != 4) {
            throw new IllegalArgumentException("an axis is KEY=FROM:TO:log|lin:N, got '" + text + "'");
        }
        if (!SnapshotKeys.SCANNABLE.contains(key)) {
            throw new IllegalArgumentException("'" + key + "' cannot be scanned (scannable: "
                    + String.join(", ", SnapshotKeys.SCANNABLE) + ")");
        }
        boolean log;
        if (parts[2].equals("log")) {
            log = true;
        } else if (parts[2].equals("lin")) {
            log = false;
        } else {
            throw new IllegalArgumentException(key + ": spacing must be log or lin, got '" + parts[2] + "'");
        }
        int n;
        try {
            n = Integer.parseInt(parts[3].strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": the number of points '" + parts[3] + "' is not a whole number");
        }
        double from;
        double to;
        try {
            if (SnapshotKeys.isMass(key)) {
                from = Quantities.parsePositiveMassGeV(key, parts[0]);
                to = Quantities.parsePositiveMassGeV(key, parts[1]);
            } else {
                from = Quantities.parseNumber(key, parts[0]);
                to = Quantities.parseNumber(key, parts[1]);
            }
        } catch (QuantityFormatException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        return new ScanAxis(key, from, to, log, n);
    }
}

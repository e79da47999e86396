package org.darkcheck.engine.recast;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.darkcheck.engine.Constraint;

/**
 * The last lifetime-window recast of each constraint, keyed by exactly the numbers it depends on (the
 * boson's mass and widths, never its coupling). A physicist editing the coupling, or a scan whose inner
 * axis is the coupling, reuses it; any other change recomputes. One entry per constraint, so the memory is
 * bounded by the catalog; safe for concurrent checks (an entry is immutable and replaced whole).
 */
final class RecastMemo<T> {

    private record Entry<T>(Constraint constraint, double[] inputs, T value) {
    }

    private final ConcurrentHashMap<String, Entry<T>> last = new ConcurrentHashMap<>();

    /** The value for these inputs: the remembered one if the constraint's last inputs were bitwise the same. */
    T get(Constraint c, double[] inputs, Supplier<T> compute) {
        Entry<T> e = last.get(c.id());
        if (e != null && e.constraint == c && Arrays.equals(e.inputs, inputs)) {
            return e.value;
        }
        T value = compute.get();
        last.put(c.id(), new Entry<>(c, inputs, value));
        return value;
    }
}

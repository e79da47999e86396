package org.darkcheck.engine.recast;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.darkcheck.engine.Constraint;

/**
 * The recent lifetime-window recasts of each constraint, keyed by exactly the numbers they depend on (the
 * boson's mass and widths, never its coupling). A physicist editing the coupling, or a scan that comes back to
 * the same masses row after row, reuses them; any other change computes afresh. At most {@value #CAPACITY}
 * entries per constraint (the oldest are dropped together when it is full), so the memory is bounded by the
 * catalog; safe for concurrent checks.
 */
final class RecastMemo<T> {

    /** Entries kept per constraint: a row of a fine scan (its masses) fits. */
    static final int CAPACITY = 1024;

    /** The inputs of one recast, compared bitwise. */
    private record Key(double[] inputs) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(inputs, k.inputs);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(inputs);
        }
    }

    /** The values of one constraint (a new catalog object starts afresh). */
    private record Entry(Constraint constraint, ConcurrentHashMap<Key, Object> values) {
    }

    /** Stands for a null value (ConcurrentHashMap holds no nulls): e.g. a band that closed. */
    private static final Object NONE = new Object();

    private final ConcurrentHashMap<String, Entry> byConstraint = new ConcurrentHashMap<>();

    /** The value for these inputs: remembered if this constraint saw bitwise the same inputs recently. */
    @SuppressWarnings("unchecked")
    T get(Constraint c, double[] inputs, Supplier<T> compute) {
        Entry e = byConstraint.get(c.id());
        if (e == null || e.constraint != c) {
            e = new Entry(c, new ConcurrentHashMap<>());
            byConstraint.put(c.id(), e);
        }
        Key key = new Key(inputs);
        Object known = e.values.get(key);
        if (known != null) {
            return known == NONE ? null : (T) known;
        }
        T value = compute.get();
        if (e.values.size() >= CAPACITY) {
            e.values.clear();
        }
        e.values.put(key, value == null ? NONE : value);
        return value;
    }
}

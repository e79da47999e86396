package org.darkcheck.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.darkcheck.engine.DarkCheckEngine;
import org.darkcheck.engine.scan.Scan;
import org.darkcheck.engine.scan.ScanAxis;
import org.darkcheck.engine.scan.ScanPoint;
import org.darkcheck.engine.scan.SnapshotKeys;
import org.darkcheck.physics.ModelSnapshot;

/**
 * The grid of a distributed scan: the local {@link Scan} (x, and y when given) as the
 * inner, fastest-varying axes, and any number of outer axes that vary more slowly,
 * the first outer axis fastest. Point index {@code i} is inner index
 * {@code i % scan.size()} of the scan whose base model has the outer keys set to the
 * values of outer index {@code i / scan.size()}.
 *
 * <p>So every point is diagnosed by {@link Scan#point} itself, unchanged: for a grid
 * without outer axes, index i here is index i of the local scan; with outer axes the
 * grid is the local scan repeated for every outer combination.
 */
public final class Grid implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Scan scan;
    private final List<ScanAxis> outer;
    private final List<ScanAxis> axes;
    private final long[] strides;

    public Grid(Scan scan, List<ScanAxis> outer) {
        this.scan = scan;
        this.outer = List.copyOf(outer);
        List<ScanAxis> all = new ArrayList<>();
        all.add(scan.x());
        if (scan.y() != null) {
            all.add(scan.y());
        }
        all.addAll(outer);
        this.axes = List.copyOf(all);
        this.strides = new long[axes.size()];
        long stride = 1;
        for (int k = 0; k < axes.size(); k++) {
            strides[k] = stride;
            stride *= axes.get(k).n();
        }
        Set<String> keys = new HashSet<>();
        for (ScanAxis a : axes) {
            if (!keys.add(a.key())) {
                throw new IllegalArgumentException("two axes vary the same key " + a.key());
            }
        }
        long size = scan.size();
        for (ScanAxis a : this.outer) {
            size = Math.multiplyExact(size, (long) a.n());
        }
    }

    /** The inner (local) scan. */
    public Scan scan() {
        return scan;
    }

    public List<ScanAxis> outer() {
        return outer;
    }

    public boolean withRelic() {
        return scan.withRelic();
    }

    /** Every axis, fastest first: x, y (when given), then the outer axes. */
    public List<ScanAxis> axes() {
        return axes;
    }

    public long size() {
        long size = scan.size();
        for (ScanAxis a : outer) {
            size *= a.n();
        }
        return size;
    }

    /** How far apart in index two neighbours along axis {@code k} (of {@link #axes()}) are. */
    public long stride(int k) {
        return strides[k];
    }

    /** The position along axis {@code k} of the point at {@code index}. */
    public int coordinate(long index, int k) {
        return (int) ((index / strides[k]) % axes.get(k).n());
    }

    /** The outer index (which repetition of the inner scan) of a point. */
    public long outerIndex(long index) {
        return index / scan.size();
    }

    /** The inner scan of one outer index: the local scan around the base model with the outer keys set. */
    public Scan innerScan(long outerIndex) {
        if (outer.isEmpty()) {
            return scan;
        }
        ModelSnapshot base = scan.base();
        long rest = outerIndex;
        for (ScanAxis a : outer) {
            base = SnapshotKeys.with(base, a.key(), a.value((int) (rest % a.n())));
            rest /= a.n();
        }
        return new Scan(base, scan.x(), scan.y(), scan.withRelic());
    }

    /** The model at a grid index. */
    public ModelSnapshot model(long index) {
        return innerScan(outerIndex(index)).model(index % scan.size());
    }

    /**
     * Diagnoses one grid point with the local per-point function; the point's index is the
     * inner one (as the local scan numbers it).
     */
    public ScanPoint point(DarkCheckEngine engine, long index) {
        return innerScan(outerIndex(index)).point(engine, index % scan.size());
    }

    /** The value of every axis at a grid index, in the order of {@link #axes()}. */
    public double[] values(long index) {
        double[] v = new double[axes.size()];
        for (int k = 0; k < v.length; k++) {
            v[k] = axes.get(k).value(coordinate(index, k));
        }
        return v;
    }

    /** A text that names the grid exactly: equal texts, equal grids (base model, axes, relic). */
    public String describe() {
        StringBuilder s = new StringBuilder();
        s.append("base=").append(scan.base()).append('\n');
        s.append("relic=").append(scan.withRelic()).append('\n');
        for (int k = 0; k < axes.size(); k++) {
            s.append("axis").append(k).append('=').append(axes.get(k)).append('\n');
        }
        return s.toString();
    }
}

package org.darkcheck.engine.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.darkcheck.engine.DarkCheckEngine;
import org.darkcheck.engine.Diagnosis;
import org.darkcheck.engine.Verdict;
import org.darkcheck.physics.ModelSnapshot;

/**
 * A grid over one or two keys around a base model, diagnosed point by point on
 * several threads. {@link #point(DarkCheckEngine, long)} is the pure per-point
 * function (no OSGi, no UI, no shared state). Rows come out in grid order,
 * chunk by chunk, so that a stopped scan leaves a valid prefix.
 */
public final class Scan implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final ModelSnapshot base;
    private final ScanAxis x;
    private final ScanAxis y;
    private final boolean withRelic;

    /**
     * @param y null for a 1-D scan
     */
    public Scan(ModelSnapshot base, ScanAxis x, ScanAxis y) {
        this(base, x, y, false);
    }

    /**
     * @param y         null for a 1-D scan
     * @param withRelic also solve for the relic abundance Omega h^2 at every point (about 0.4 ms each)
     */
    public Scan(ModelSnapshot base, ScanAxis x, ScanAxis y, boolean withRelic) {
        if (y != null && y.key().equals(x.key())) {
            throw new IllegalArgumentException("the x and y axes vary the same key " + x.key());
        }
        this.base = base;
        this.x = x;
        this.y = y;
        this.withRelic = withRelic;
    }

    public boolean withRelic() {
        return withRelic;
    }

    public ScanAxis x() {
        return x;
    }

    /** The y axis, or null. */
    public ScanAxis y() {
        return y;
    }

    public ModelSnapshot base() {
        return base;
    }

    public long size() {
        return (long) x.n() * (y == null ? 1 : y.n());
    }

    /** The model at a grid index (x varies fastest). */
    public ModelSnapshot model(long index) {
        int ix = (int) (index % x.n());
        ModelSnapshot m = SnapshotKeys.with(base, x.key(), x.value(ix));
        if (y != null) {
            m = SnapshotKeys.with(m, y.key(), y.value((int) (index / x.n())));
        }
        return m;
    }

    /** Diagnoses one grid point: the per-point function of every scan engine. */
    public ScanPoint point(DarkCheckEngine engine, long index) {
        ModelSnapshot m = model(index);
        double xv = SnapshotKeys.get(m, x.key());
        double yv = y == null ? Double.NaN : SnapshotKeys.get(m, y.key());
        Diagnosis d = engine.check(m);
        Verdict strongest = d.strongest().orElse(null);
        double omega = Double.NaN;
        if (withRelic && m.hasDarkMatter()) {
            org.darkcheck.physics.Value v = d.derived().omegaH2();
            omega = v.isApplicable() ? v.number() : Double.NaN;
        }
        return new ScanPoint(index, xv, yv, d.overall(), strongest == null ? null : strongest.id(),
                strongest == null ? Double.NaN : strongest.r(), omega);
    }

    /**
     * Runs the whole grid on {@code threads} threads; {@code sink} receives the rows
     * in grid order (from the calling thread), {@code progress} the number done.
     * Stops early, after the chunk in flight, when {@code stop} becomes true.
     *
     * @return the number of points diagnosed
     */
    public long run(DarkCheckEngine engine, int threads, AtomicBoolean stop, Consumer<ScanPoint> sink,
            Consumer<Long> progress) throws InterruptedException {
        int chunk = (int) Math.max(64, Math.min(4096, size() / (threads * 16L) + 1));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "DarkCheck scan");
            t.setDaemon(true);
            return t;
        });
        long done = 0;
        try {
            List<Future<List<ScanPoint>>> window = new ArrayList<>();
            long next = 0;
            while (next < size() || !window.isEmpty()) {
                while (next < size() && window.size() < threads * 2 && !stop.get()) {
                    long start = next;
                    long end = Math.min(size(), start + chunk);
                    window.add(pool.submit(() -> {
                        List<ScanPoint> rows = new ArrayList<>((int) (end - start));
                        for (long i = start; i < end; i++) {
                            rows.add(point(engine, i));
                        }
                        return rows;
                    }));
                    next = end;
                }
                if (window.isEmpty()) {
                    break;
                }
                List<ScanPoint> rows;
                try {
                    rows = window.remove(0).get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a scan point failed: " + e.getCause(), e.getCause());
                }
                rows.forEach(sink);
                done += rows.size();
                progress.accept(done);
                if (stop.get()) {
                    for (Future<?> f : window) {
                        f.cancel(true);
                    }
                    break;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return done;
    }
}

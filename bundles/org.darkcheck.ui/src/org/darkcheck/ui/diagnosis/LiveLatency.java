package org.darkcheck.ui.diagnosis;

import java.util.Arrays;

/**
 * Edit-to-verdicts-shown latencies, recorded by the Constraints view each time
 * it shows a new result: the time from the edit (the check request) to the
 * view's refresh on the UI thread. Read by the live-check benchmark.
 */
public final class LiveLatency {

    private static final int CAPACITY = 10_000;
    private static final long[] NANOS = new long[CAPACITY];
    private static int count;
    private static final long[] EVALUATION = new long[CAPACITY];
    private static final long[] RENDER = new long[CAPACITY];

    private LiveLatency() {
    }

    public static synchronized void record(long nanos) {
        record(nanos, 0);
    }

    /**
     * @param nanos           edit to verdicts shown
     * @param evaluationNanos of which the snapshot's evaluation (queue + engine) took this long
     */
    public static synchronized void record(long nanos, long evaluationNanos) {
        record(nanos, evaluationNanos, 0);
    }

    /**
     * @param nanos           edit to verdicts shown
     * @param evaluationNanos of which the snapshot's evaluation (queue + engine) took this long
     * @param renderNanos     and the Constraints view's refresh on the UI thread this long
     */
    public static synchronized void record(long nanos, long evaluationNanos, long renderNanos) {
        NANOS[count % CAPACITY] = nanos;
        EVALUATION[count % CAPACITY] = evaluationNanos;
        RENDER[count % CAPACITY] = renderNanos;
        count++;
    }

    /** The median refresh of the Constraints view in milliseconds. */
    public static synchronized double medianRenderMillis() {
        int n = Math.min(count, CAPACITY);
        if (n == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(RENDER, n);
        Arrays.sort(sorted);
        return sorted[n / 2] / 1e6;
    }

    /** The median evaluation part of the recorded latencies in milliseconds. */
    public static synchronized double medianEvaluationMillis() {
        int n = Math.min(count, CAPACITY);
        if (n == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(EVALUATION, n);
        Arrays.sort(sorted);
        return sorted[n / 2] / 1e6;
    }

    public static synchronized void reset() {
        count = 0;
    }

    public static synchronized int count() {
        return Math.min(count, CAPACITY);
    }

    /** The q-quantile (0..1) of the recorded latencies in milliseconds; NaN when none. */
    public static synchronized double quantileMillis(double q) {
        int n = Math.min(count, CAPACITY);
        if (n == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(NANOS, n);
        Arrays.sort(sorted);
        int index = (int) Math.min(n - 1, Math.max(0, Math.ceil(q * n) - 1));
        return sorted[index] / 1e6;
    }
}

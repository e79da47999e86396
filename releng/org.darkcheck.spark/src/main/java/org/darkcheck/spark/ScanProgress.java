package org.darkcheck.spark;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.spark.TaskFailedReason;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Progress of the scan job on the driver, from Spark's listener bus: completed tasks
 * out of the total and points per second, as a bar on a terminal and as a line per
 * 10 % otherwise (as the local scan prints it). Partitions written by an earlier run
 * count as done but not as computed points. Also counts failed task attempts (which
 * Spark retries) and, for tests, cancels the job after a number of tasks.
 */
public final class ScanProgress extends SparkListener {

    private final PrintStream err;
    private final Partitioning partitioning;
    private final Set<Integer> writtenBefore;
    private final String jobGroup;
    private final long computeTotal;
    private final boolean terminal = System.console() != null;
    private final Set<Integer> stages = ConcurrentHashMap.newKeySet();
    private final Set<Integer> done = ConcurrentHashMap.newKeySet();
    private final AtomicLong computed = new AtomicLong();
    private final AtomicInteger failedAttempts = new AtomicInteger();
    private final Runnable cancel;
    private final int cancelAfterTasks;
    private volatile long start = System.nanoTime();
    private int lastTenth = -1;
    private long lastDraw;

    ScanProgress(PrintStream err, Partitioning partitioning, Set<Integer> writtenBefore, String jobGroup, Runnable cancel,
            int cancelAfterTasks) {
        this.err = err;
        this.partitioning = partitioning;
        this.writtenBefore = Set.copyOf(writtenBefore);
        this.jobGroup = jobGroup;
        this.cancel = cancel;
        this.cancelAfterTasks = cancelAfterTasks;
        long before = 0;
        for (int p : writtenBefore) {
            before += partitioning.size(p);
        }
        this.computeTotal = partitioning.points() - before;
    }

    @Override
    public void onJobStart(SparkListenerJobStart job) {
        if (job.properties() != null && jobGroup.equals(job.properties().getProperty("spark.jobGroup.id"))) {
            scala.collection.Iterator<Object> ids = job.stageIds().iterator();
            while (ids.hasNext()) {
                stages.add((Integer) ids.next());
            }
            start = System.nanoTime();
            update();
        }
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        if (!stages.contains(end.stageId())) {
            return;
        }
        if (end.reason() instanceof TaskFailedReason) {
            failedAttempts.incrementAndGet();
            return;
        }
        int partition = end.taskInfo().index();
        if (done.add(partition) && !writtenBefore.contains(partition)) {
            computed.addAndGet(partitioning.size(partition));
        }
        update();
        if (cancelAfterTasks > 0 && done.size() == cancelAfterTasks) {
            cancel.run();
        }
    }

    /** Task attempts that failed (and that Spark retried or gave up on). */
    public int failedAttempts() {
        return failedAttempts.get();
    }

    /** Partitions finished in this run (computed or skipped). */
    public int tasksDone() {
        return done.size();
    }

    private synchronized void update() {
        int total = partitioning.partitions();
        int n = done.size();
        long points = computed.get();
        double seconds = Math.max((System.nanoTime() - start) / 1e9, 1e-9);
        if (terminal) {
            long now = System.nanoTime();
            if (now - lastDraw < 100_000_000L && n < total) {
                return;
            }
            lastDraw = now;
            int width = 30;
            int filled = (int) ((long) width * n / total);
            err.print(String.format(Locale.ROOT, "\r[%s%s] %3d%% %d/%d tasks, %d/%d points, %.0f points/s ",
                    "#".repeat(filled), " ".repeat(width - filled), 100L * n / total, n, total, points, computeTotal,
                    points / seconds));
            if (n == total) {
                err.println();
            }
            err.flush();
        } else {
            int tenth = (int) (10L * n / total);
            if (tenth != lastTenth) {
                lastTenth = tenth;
                err.println(String.format(Locale.ROOT, "scan: %d/%d tasks (%d%%), %d/%d points, %.0f points/s", n, total,
                        100L * n / total, points, computeTotal, points / seconds));
                err.flush();
            }
        }
    }
}

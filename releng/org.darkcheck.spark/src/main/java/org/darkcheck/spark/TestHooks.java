package org.darkcheck.spark;

import java.io.Serializable;

/**
 * Test-only faults, read from system properties on the driver and shipped with the
 * task (so they work on any master). Never set in normal use.
 *
 * @param failFirstAttemptOf {@code darkcheck.spark.test.failFirstAttemptOf}: the partition whose
 *                           first attempt throws half-way through its points (after half of its
 *                           file is written), or -1
 * @param sleepMillis        {@code darkcheck.spark.test.sleepMillis}: a pause per partition before
 *                           its points, to give a test time to stop the job, or 0
 * @param cancelAfterTasks   {@code darkcheck.spark.test.cancelAfterTasks}: the driver cancels the
 *                           job, as Ctrl-C does, once this many tasks have finished, or 0
 */
public record TestHooks(int failFirstAttemptOf, long sleepMillis, int cancelAfterTasks) implements Serializable {

    public static final TestHooks NONE = new TestHooks(-1, 0, 0);

    public static TestHooks fromSystemProperties() {
        return new TestHooks(Integer.getInteger("darkcheck.spark.test.failFirstAttemptOf", -1),
                Long.getLong("darkcheck.spark.test.sleepMillis", 0L),
                Integer.getInteger("darkcheck.spark.test.cancelAfterTasks", 0));
    }
}

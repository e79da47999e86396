package org.darkcheck.spark;

import java.io.Serializable;

/**
 * What one task reports back to the driver about its partition (one small row per
 * partition, never the points): how many points it holds, whether it was written
 * already by an earlier run, how long the points took, and whether this task built
 * its executor's rule base. A Java bean for {@code Encoders.bean}.
 */
public class PartitionResult implements Serializable {

    private static final long serialVersionUID = 1L;

    private int partition;
    private long points;
    private boolean skipped;
    private long computeNanos;
    private long ruleBaseBuildNanos;
    private String executor;

    public PartitionResult() {
    }

    static PartitionResult of(int partition, long points, boolean skipped, long computeNanos, long ruleBaseBuildNanos,
            String executor) {
        PartitionResult r = new PartitionResult();
        r.partition = partition;
        r.points = points;
        r.skipped = skipped;
        r.computeNanos = computeNanos;
        r.ruleBaseBuildNanos = ruleBaseBuildNanos;
        r.executor = executor;
        return r;
    }

    public int getPartition() {
        return partition;
    }

    public void setPartition(int partition) {
        this.partition = partition;
    }

    public long getPoints() {
        return points;
    }

    public void setPoints(long points) {
        this.points = points;
    }

    /** True when the partition's file was there already (a resumed scan) and nothing was computed. */
    public boolean isSkipped() {
        return skipped;
    }

    public void setSkipped(boolean skipped) {
        this.skipped = skipped;
    }

    /** Time spent diagnosing and writing the points [ns], 0 when skipped. */
    public long getComputeNanos() {
        return computeNanos;
    }

    public void setComputeNanos(long computeNanos) {
        this.computeNanos = computeNanos;
    }

    /** Time this task spent building its executor's rule base [ns]: non-zero once per executor JVM. */
    public long getRuleBaseBuildNanos() {
        return ruleBaseBuildNanos;
    }

    public void setRuleBaseBuildNanos(long ruleBaseBuildNanos) {
        this.ruleBaseBuildNanos = ruleBaseBuildNanos;
    }

    /** The executor that ran the task (its id), for the summary. */
    public String getExecutor() {
        return executor;
    }

    public void setExecutor(String executor) {
        this.executor = executor;
    }
}

package org.darkcheck.spark;

import java.math.BigInteger;

/**
 * Which point indices each partition holds: the slices of {@code spark.range(0, n, 1, p)},
 * partition i from {@code i * n / p} (inclusive) to {@code (i + 1) * n / p}, as Spark
 * slices a range. The same grid with the same number of partitions always gives the
 * same slices, which is what makes a restarted scan's output match partition by partition.
 *
 * @param points     the number of grid points
 * @param partitions the number of partitions
 */
public record Partitioning(long points, int partitions) implements java.io.Serializable {

    /** Aim for tasks of a few seconds: points per task without and with the relic abundance. */
    public static final long POINTS_PER_TASK = 40_000;
    public static final long POINTS_PER_TASK_WITH_RELIC = 4_000;

    public Partitioning {
        if (points < 1 || partitions < 1 || partitions > points) {
            throw new IllegalArgumentException("cannot cut " + points + " points into " + partitions + " partitions");
        }
    }

    /** Enough partitions for tasks of a few seconds, and at least two per core. */
    public static Partitioning forGrid(long points, boolean relic, int cores) {
        long perTask = relic ? POINTS_PER_TASK_WITH_RELIC : POINTS_PER_TASK;
        long byCost = (points + perTask - 1) / perTask;
        long p = Math.max(byCost, 2L * Math.max(1, cores));
        p = Math.min(p, points);
        if (p > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException(points + " points need more partitions than Spark can take");
        }
        return new Partitioning(points, (int) p);
    }

    public long start(int partition) {
        return BigInteger.valueOf(partition).multiply(BigInteger.valueOf(points))
                .divide(BigInteger.valueOf(partitions)).longValueExact();
    }

    public long end(int partition) {
        return start(partition + 1);
    }

    public long size(int partition) {
        return end(partition) - start(partition);
    }
}

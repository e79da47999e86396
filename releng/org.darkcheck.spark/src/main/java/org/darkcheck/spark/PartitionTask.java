package org.darkcheck.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;
import org.apache.spark.TaskKilledException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.SerializableConfiguration;
import org.darkcheck.engine.DarkCheckEngine;
import org.darkcheck.engine.scan.Scan;
import org.darkcheck.engine.scan.ScanPoint;

/**
 * One Spark task: the points of one partition of {@code spark.range(0, n)}, each
 * diagnosed by the local per-point function {@link Scan#point} with this executor's
 * rule base ({@link ExecutorEngine}), written to the partition's Parquet file
 * ({@link PointsParquet}). A partition whose file exists already is skipped without
 * touching its points. Returns one {@link PartitionResult}.
 */
public final class PartitionTask implements MapPartitionsFunction<Long, PartitionResult> {

    private static final long serialVersionUID = 1L;

    private final Grid grid;
    private final Partitioning partitioning;
    private final Broadcast<Knowledge> knowledge;
    private final Broadcast<SerializableConfiguration> hadoop;
    private final String pointsFolder;
    private final TestHooks hooks;

    public PartitionTask(Grid grid, Partitioning partitioning, Broadcast<Knowledge> knowledge,
            Broadcast<SerializableConfiguration> hadoop, String pointsFolder, TestHooks hooks) {
        this.grid = grid;
        this.partitioning = partitioning;
        this.knowledge = knowledge;
        this.hadoop = hadoop;
        this.pointsFolder = pointsFolder;
        this.hooks = hooks;
    }

    @Override
    public Iterator<PartitionResult> call(Iterator<Long> indices) throws Exception {
        TaskContext task = TaskContext.get();
        int partition = task.partitionId();
        String executor = SparkEnv.get() == null ? "?" : SparkEnv.get().executorId();
        Configuration conf = hadoop.value().value();
        Path folder = new Path(pointsFolder);
        Path target = PointsParquet.partFile(folder, partition);
        FileSystem fs = target.getFileSystem(conf);
        if (fs.exists(target)) {
            return List.of(PartitionResult.of(partition, partitioning.size(partition), true, 0, 0, executor)).iterator();
        }
        ExecutorEngine.Lease lease = ExecutorEngine.of(knowledge.value());
        DarkCheckEngine engine = lease.engine();
        if (hooks.sleepMillis() > 0) {
            pause(task, hooks.sleepMillis());
        }
        long start = System.nanoTime();
        Path attempt = new Path(new Path(folder, PointsParquet.ATTEMPTS),
                PointsParquet.partName(partition).replace(".parquet", "-" + task.taskAttemptId() + ".parquet"));
        long expected = partitioning.start(partition);
        long count = 0;
        long half = partitioning.size(partition) / 2;
        boolean fault = hooks.failFirstAttemptOf() == partition && task.attemptNumber() == 0;
        try (PointsParquet.Writer out = new PointsParquet.Writer(grid, attempt, conf)) {
            long outer = -1;
            Scan inner = null;
            while (indices.hasNext()) {
                long index = indices.next();
                if (index != expected) {
                    throw new IllegalStateException("partition " + partition + " holds index " + index + ", expected "
                            + expected + ": Spark sliced the range differently from Partitioning");
                }
                expected++;
                long o = grid.outerIndex(index);
                if (o != outer) {
                    outer = o;
                    inner = grid.innerScan(o);
                }
                ScanPoint p = inner.point(engine, index % grid.scan().size());
                out.write(index, grid.values(index), p);
                count++;
                if ((count & 255) == 0 && task.isInterrupted()) {
                    throw new TaskKilledException("the scan was cancelled");
                }
                if (fault && count == half) {
                    throw new IllegalStateException("test fault: the first attempt of partition " + partition
                            + " fails after " + count + " points (darkcheck.spark.test.failFirstAttemptOf)");
                }
            }
        } catch (RuntimeException | IOException e) {
            fs.delete(attempt, false);
            throw e;
        }
        if (expected != partitioning.end(partition)) {
            fs.delete(attempt, false);
            throw new IllegalStateException("partition " + partition + " ended at index " + expected + ", expected "
                    + partitioning.end(partition));
        }
        commit(fs, attempt, target);
        return List.of(PartitionResult.of(partition, count, false, System.nanoTime() - start, lease.buildNanos(), executor))
                .iterator();
    }

    /** Renames the finished attempt into place; when another attempt got there first, keeps that one. */
    private static void commit(FileSystem fs, Path attempt, Path target) throws IOException {
        if (!fs.rename(attempt, target)) {
            if (fs.exists(target)) {
                fs.delete(attempt, false);
            } else {
                throw new UncheckedIOException(new IOException("cannot rename " + attempt + " to " + target));
            }
        }
    }

    private static void pause(TaskContext task, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (task.isInterrupted()) {
                throw new TaskKilledException("the scan was cancelled");
            }
            Thread.sleep(Math.min(20, Math.max(1, end - System.currentTimeMillis())));
        }
    }
}

package org.darkcheck.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.darkcheck.engine.scan.ScanAxis;
import org.darkcheck.engine.scan.ScanPoint;

/**
 * The per-point Parquet files: {@code points/part-NNNNN.parquet}, one per partition.
 * Columns: {@code index} (grid index, x fastest), one column per axis in axis order
 * (the key with '.' and '-' as '_': {@code mediator_mass}, masses in GeV),
 * {@code overall} (EXCLUDED or ALLOWED), {@code strongest} (the strongest constraint's
 * id, null when none applies), {@code r} (its r, null when none), and with the relic
 * abundance {@code omegaH2} (null where the model has no dark-matter particle).
 *
 * <p>A task writes its file under {@code points/_attempts/} and renames it into place
 * when it is complete: the rename is the commit, so a file under its final name is
 * always whole, a task that is retried or cancelled leaves nothing half-written in
 * view, and a restarted scan skips the partitions whose file exists.
 */
public final class PointsParquet {

    public static final String FOLDER = "points";
    public static final String ATTEMPTS = "_attempts";
    public static final String INDEX = "index";
    public static final String OVERALL = "overall";
    public static final String STRONGEST = "strongest";
    public static final String R = "r";
    public static final String OMEGA = "omegaH2";

    private PointsParquet() {
    }

    /** The column of an axis key: {@code mediator.mass} -> {@code mediator_mass}. */
    public static String column(String key) {
        return key.replace('.', '_').replace('-', '_');
    }

    public static List<String> axisColumns(Grid grid) {
        List<String> columns = new ArrayList<>();
        for (ScanAxis a : grid.axes()) {
            columns.add(column(a.key()));
        }
        return columns;
    }

    public static MessageType schema(Grid grid) {
        Types.MessageTypeBuilder b = Types.buildMessage();
        b.required(PrimitiveTypeName.INT64).named(INDEX);
        for (String c : axisColumns(grid)) {
            b.required(PrimitiveTypeName.DOUBLE).named(c);
        }
        b.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(OVERALL);
        b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(STRONGEST);
        b.optional(PrimitiveTypeName.DOUBLE).named(R);
        if (grid.withRelic()) {
            b.optional(PrimitiveTypeName.DOUBLE).named(OMEGA);
        }
        return b.named("darkcheck_scan_point");
    }

    public static String partName(int partition) {
        return String.format(Locale.ROOT, "part-%05d.parquet", partition);
    }

    public static Path partFile(Path pointsFolder, int partition) {
        return new Path(pointsFolder, partName(partition));
    }

    /** The partition a committed file holds, or -1 for any other name. */
    public static int partitionOf(String fileName) {
        if (!fileName.startsWith("part-") || !fileName.endsWith(".parquet")) {
            return -1;
        }
        try {
            return Integer.parseInt(fileName.substring(5, fileName.length() - 8));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Writes the points of one partition to one file. */
    public static final class Writer implements AutoCloseable {
        private final Grid grid;
        private final List<String> axisColumns;
        private final SimpleGroupFactory groups;
        private final ParquetWriter<Group> out;

        public Writer(Grid grid, Path file, Configuration conf) throws IOException {
            this.grid = grid;
            this.axisColumns = axisColumns(grid);
            MessageType schema = schema(grid);
            this.groups = new SimpleGroupFactory(schema);
            this.out = ExampleParquetWriter.builder(HadoopOutputFile.fromPath(file, conf)).withConf(conf).withType(schema)
                    .withCompressionCodec(CompressionCodecName.SNAPPY).withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                    .build();
        }

        /** One point: its grid index, the axis values, and the local per-point result. */
        public void write(long index, double[] values, ScanPoint p) throws IOException {
            Group g = groups.newGroup();
            g.append(INDEX, index);
            for (int k = 0; k < values.length; k++) {
                g.append(axisColumns.get(k), values[k]);
            }
            g.append(OVERALL, p.overall().name());
            if (p.strongest() != null) {
                g.append(STRONGEST, p.strongest());
            }
            if (!Double.isNaN(p.r())) {
                g.append(R, p.r());
            }
            if (grid.withRelic() && !Double.isNaN(p.omegaH2())) {
                g.append(OMEGA, p.omegaH2());
            }
            out.write(g);
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}

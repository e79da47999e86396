package org.darkcheck.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Set;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The output folder of a distributed scan, through Hadoop's file system API so that it
 * can be a local folder (on one machine, or one that every node mounts) or a
 * cluster's file system ({@code hdfs://}, {@code s3a://}, where the cluster has the
 * connector).
 */
public final class OutputFolder {

    private final Path root;
    private final FileSystem fs;

    public OutputFolder(String location, Configuration conf) throws IOException {
        Path p = hasScheme(location) ? new Path(location)
                : new Path(java.nio.file.Path.of(location).toAbsolutePath().normalize().toUri());
        this.fs = p.getFileSystem(conf);
        this.root = fs.makeQualified(p);
    }

    /** True for {@code scheme://...} locations, false for plain paths. */
    public static boolean hasScheme(String location) {
        try {
            URI uri = new URI(location);
            return uri.getScheme() != null && uri.getScheme().length() > 1;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    public Path root() {
        return root;
    }

    public Path path(String relative) {
        return new Path(root, relative);
    }

    public FileSystem fs() {
        return fs;
    }

    /** The local folder behind this output, or null when it is not on the local file system. */
    public java.nio.file.Path localFolder() {
        return "file".equals(root.toUri().getScheme()) ? java.nio.file.Path.of(root.toUri()) : null;
    }

    public boolean exists(String relative) throws IOException {
        return fs.exists(path(relative));
    }

    public String read(String relative) throws IOException {
        try (var in = fs.open(path(relative))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    public Path write(String relative, byte[] content) throws IOException {
        Path p = path(relative);
        try (OutputStream out = fs.create(p, true)) {
            out.write(content);
        }
        return p;
    }

    public Path write(String relative, String text) throws IOException {
        return write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    public OutputStream create(String relative) throws IOException {
        return fs.create(path(relative), true);
    }

    public void mkdirs(String relative) throws IOException {
        fs.mkdirs(path(relative));
    }

    public void delete(String relative) throws IOException {
        fs.delete(path(relative), true);
    }

    /** Copies the files of a local folder into a folder here (for rendered charts when the output is remote). */
    public void copyFrom(java.nio.file.Path local, String relative) throws IOException {
        try (var files = Files.list(local)) {
            for (java.nio.file.Path f : files.toList()) {
                fs.copyFromLocalFile(false, true, new Path(f.toUri()), path(relative + "/" + f.getFileName()));
            }
        }
    }

    /** The partitions whose points file is committed under {@code points/}. */
    public Set<Integer> committedPartitions() throws IOException {
        Set<Integer> done = new HashSet<>();
        Path folder = path(PointsParquet.FOLDER);
        if (!fs.exists(folder)) {
            return done;
        }
        for (FileStatus s : fs.listStatus(folder)) {
            int p = PointsParquet.partitionOf(s.getPath().getName());
            if (p >= 0 && s.isFile()) {
                done.add(p);
            }
        }
        return done;
    }

    @Override
    public String toString() {
        java.nio.file.Path local = localFolder();
        return local != null ? local.toString() : root.toString();
    }
}

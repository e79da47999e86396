package org.darkcheck.engine.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a knowledge base: limit data ({@code *.limit}) and rules
 * ({@code *.drl}). Either the built-in one, read from a class path (where an
 * {@code index.txt} lists the files, so that it works in OSGi, a plain jar or
 * a Spark executor alike), or a user folder read from disk.
 */
public record KnowledgeSource(String name, List<NamedText> limitFiles, List<NamedText> ruleFiles) {

    public KnowledgeSource {
        limitFiles = List.copyOf(limitFiles);
        ruleFiles = List.copyOf(ruleFiles);
    }

    /**
     * Reads the files listed in {@code folder + "/index.txt"} through the class
     * loader of {@code anchor}; one path per line, relative to {@code folder}.
     */
    public static KnowledgeSource fromClassPath(String name, Class<?> anchor, String folder) {
        String index = read(anchor, folder + "/index.txt");
        List<NamedText> limits = new ArrayList<>();
        List<NamedText> rules = new ArrayList<>();
        for (String line : index.split("\\r?\\n")) {
            String path = line.strip();
            if (path.isEmpty() || path.startsWith("#")) {
                continue;
            }
            NamedText file = new NamedText(path, read(anchor, folder + "/" + path));
            if (path.endsWith(".limit")) {
                limits.add(file);
            } else if (path.endsWith(".drl")) {
                rules.add(file);
            }
        }
        return new KnowledgeSource(name, limits, rules);
    }

    /** Every {@code *.limit} and {@code *.drl} file under a folder, in path order. */
    public static KnowledgeSource fromFolder(Path folder) throws IOException {
        List<NamedText> limits = new ArrayList<>();
        List<NamedText> rules = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                String fileName = p.getFileName().toString();
                if (fileName.endsWith(".limit") || fileName.endsWith(".drl")) {
                    String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
                    NamedText file = new NamedText(p.toString(), text);
                    (fileName.endsWith(".limit") ? limits : rules).add(file);
                }
            }
        }
        return new KnowledgeSource(folder.toString(), limits, rules);
    }

    private static String read(Class<?> anchor, String path) {
        String absolute = path.startsWith("/") ? path : "/" + path;
        try (InputStream in = anchor.getResourceAsStream(absolute)) {
            if (in == null) {
                throw new IllegalStateException("knowledge-base file " + absolute + " is missing from "
                        + anchor.getName() + "'s class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read knowledge-base file " + absolute, e);
        }
    }
}

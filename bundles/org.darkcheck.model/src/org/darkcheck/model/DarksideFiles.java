package org.darkcheck.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

import org.darkcheck.model.darkside.DarksidePackage;
import org.darkcheck.model.darkside.Study;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Reads and writes .darkside files (EMF XMI). Reading refuses DOCTYPEs and
 * external entities, so a model file can never make DarkCheck read another
 * file or the network. Writing is atomic: the new content goes to a
 * temporary file beside the target, is flushed to disk, and is renamed over
 * the old file, so a crash mid-save leaves the old file or the new one, never
 * a truncated one.
 */
public final class DarksideFiles {

    public static final String EXTENSION = "darkside";

    /**
     * Namespaces of earlier metamodel formats that load into the current one (every
     * change since was additive). A file is always written in the current format.
     */
    public static final java.util.List<String> EARLIER_NAMESPACES = java.util.List.of("http://www.darkcheck.org/darkside/1.0");

    private DarksideFiles() {
    }

    /** A resource set that knows the .darkside format. */
    public static ResourceSet newResourceSet() {
        return configure(new ResourceSetImpl());
    }

    /** Teaches a resource set (e.g. an editing domain's) the .darkside format. */
    public static ResourceSet configure(ResourceSet set) {
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION, new XMIResourceFactoryImpl());
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
        set.getPackageRegistry().put(DarksidePackage.eNS_URI, DarksidePackage.eINSTANCE);
        for (String earlier : EARLIER_NAMESPACES) {
            set.getPackageRegistry().put(earlier, DarksidePackage.eINSTANCE);
        }
        return set;
    }

    /** The options that make XMI parsing safe: no DOCTYPE, no external entities. */
    public static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        Map<String, Boolean> features = new HashMap<>();
        features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
        features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
        features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
        features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
        options.put(XMLResource.OPTION_PARSER_FEATURES, features);
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        return options;
    }

    public static Study load(Path file) throws ModelFileException {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new ModelFileException(name, 0, Files.exists(file) ? "is not a file" : "no such file", null);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, name, URI.createFileURI(file.toAbsolutePath().toString()));
        } catch (ModelFileException e) {
            throw e;
        } catch (IOException e) {
            throw new ModelFileException(name, 0, "cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a study from a stream.
     *
     * @param name what diagnostics call the file
     * @param uri  the URI of the resource (for relative references)
     */
    public static Study load(InputStream in, String name, URI uri) throws ModelFileException {
        return load(newResourceSet(), in, name, uri);
    }

    /** Reads a study into a resource set of the caller's (e.g. an editing domain's). */
    public static Study load(ResourceSet set, InputStream in, String name, URI uri) throws ModelFileException {
        configure(set);
        Resource resource = set.createResource(uri);
        try {
            resource.load(in, loadOptions());
        } catch (IOException | RuntimeException e) {
            throw translate(name, resource, e);
        }
        if (!resource.getErrors().isEmpty()) {
            Resource.Diagnostic d = resource.getErrors().get(0);
            throw new ModelFileException(name, d.getLine(), d.getMessage(), null);
        }
        if (resource.getContents().isEmpty()) {
            throw new ModelFileException(name, 1, "holds no model", null);
        }
        if (!(resource.getContents().get(0) instanceof Study study)) {
            throw new ModelFileException(name, 1, "holds a " + resource.getContents().get(0).eClass().getName()
                    + ", not a DarkCheck study", null);
        }
        return study;
    }

    private static ModelFileException translate(String name, Resource resource, Exception e) {
        if (!resource.getErrors().isEmpty()) {
            Resource.Diagnostic d = resource.getErrors().get(0);
            return new ModelFileException(name, d.getLine(), d.getMessage(), e);
        }
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        int line = 0;
        if (cause instanceof org.xml.sax.SAXParseException sax) {
            line = sax.getLineNumber();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new ModelFileException(name, line, "is not a valid .darkside file: " + message, e);
    }

    /** The XMI text of a study. */
    public static byte[] serialize(Study study) throws IOException {
        Resource resource = study.eResource();
        Resource target;
        if (resource == null) {
            target = newResourceSet().createResource(URI.createURI("memory:/study." + EXTENSION));
            target.getContents().add(study);
        } else {
            target = resource;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_WIDTH, 100);
        target.save(out, options);
        return out.toByteArray();
    }

    /** Writes a study atomically (temporary file, fsync, rename). */
    public static void save(Study study, Path file) throws ModelFileException {
        try {
            writeAtomically(file, serialize(study));
        } catch (ModelFileException e) {
            throw e;
        } catch (IOException e) {
            throw new ModelFileException(file.toString(), 0, "cannot be written: " + e.getMessage(), e);
        }
    }

    /** The new file gets the old one's permissions, or rw-r--r-- for a new file (temporary files start private). */
    private static void keepPermissions(Path target, Path temp) {
        try {
            java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions = Files.exists(target)
                    ? Files.getPosixFilePermissions(target)
                    : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(temp, permissions);
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: keep the default
        }
    }

    /** Replaces a file's content atomically: the old content or the new one survives a crash, never a mix. */
    public static void writeAtomically(Path file, byte[] content) throws ModelFileException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            keepPermissions(target, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
                directory.force(true);
            } catch (IOException ignored) {
                // not every file system lets a directory be synced; the rename itself is atomic
            }
        } catch (IOException e) {
            throw new ModelFileException(file.toString(), 0, "cannot be written: " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort: a stray temporary file never replaces the model
                }
            }
        }
    }
}

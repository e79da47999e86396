package org.darkcheck.model;

import java.io.IOException;
import java.io.InputStream;

import org.darkcheck.model.darkside.Study;
import org.eclipse.emf.common.util.URI;

/** The example models that ship inside this bundle (folder examples/). */
public final class Examples {

    /** The example opened by the workbench and diagnosed by a bare ./darkcheck. */
    public static final String DEFAULT = "example.darkside";

    private Examples() {
    }

    /** The bytes of an example file. */
    public static byte[] bytes(String name) throws IOException {
        try (InputStream in = Examples.class.getResourceAsStream("/examples/" + name)) {
            if (in == null) {
                throw new IOException("no example named " + name);
            }
            return in.readAllBytes();
        }
    }

    public static Study load(String name) throws IOException {
        try (InputStream in = new java.io.ByteArrayInputStream(bytes(name))) {
            return DarksideFiles.load(in, "example " + name, URI.createURI("example:/" + name));
        }
    }
}

package org.darkcheck.model.tests;

import java.io.IOException;
import java.io.InputStream;

import org.darkcheck.model.DarksideFiles;
import org.darkcheck.model.ModelFileException;
import org.darkcheck.model.darkside.Study;
import org.eclipse.emf.common.util.URI;

/** Reads the committed fixture files of this bundle (folder fixtures/). */
final class Fixtures {

    private Fixtures() {
    }

    static byte[] bytes(String name) throws IOException {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IOException("no fixture " + name);
            }
            return in.readAllBytes();
        }
    }

    static Study load(String name) throws IOException {
        try (InputStream in = new java.io.ByteArrayInputStream(bytes(name))) {
            return DarksideFiles.load(in, name, URI.createURI("fixture:/" + name));
        } catch (ModelFileException e) {
            throw e;
        }
    }
}

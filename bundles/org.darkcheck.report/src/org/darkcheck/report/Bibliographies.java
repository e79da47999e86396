package org.darkcheck.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.darkcheck.rules.BuiltInKnowledge;

/** The knowledge base's BibTeX database (constraints/references.bib of the rules bundle), if it has one. */
public final class Bibliographies {

    private Bibliographies() {
    }

    public static BibDatabase builtIn() {
        try (InputStream in = BuiltInKnowledge.class.getResourceAsStream("/constraints/references.bib")) {
            return in == null ? BibDatabase.empty() : BibDatabase.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return BibDatabase.empty();
        }
    }
}

package org.darkcheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.darkcheck.report.BibDatabase;
import org.darkcheck.rules.BuiltInKnowledge;

/** The knowledge base's BibTeX database (constraints/references.bib of the rules bundle), if it has one. */
final class Bibliography {

    private Bibliography() {
    }

    static BibDatabase builtIn() {
        try (InputStream in = BuiltInKnowledge.class.getResourceAsStream("/constraints/references.bib")) {
            return in == null ? BibDatabase.empty() : BibDatabase.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return BibDatabase.empty();
        }
    }
}

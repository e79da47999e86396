package org.darkcheck.report;

import java.util.LinkedHashMap;
import java.util.Map;

import org.darkcheck.engine.Constraint;
import org.darkcheck.engine.Diagnosis;
import org.darkcheck.engine.Reference;
import org.darkcheck.engine.Status;
import org.darkcheck.engine.Verdict;

/**
 * BibTeX for every reference a diagnosis cites (every constraint that applies,
 * i.e. whose verdict is not NOT_APPLICABLE; consistency checks that cite only
 * DarkCheck's FORMULAS.md are left out): the entry from the knowledge
 * base's bibliography where it has one, else an entry made from the
 * constraint's citation and arXiv id, marked as such.
 */
public final class BibtexReport {

    private BibtexReport() {
    }

    public static String of(Diagnosis d, BibDatabase bibliography) {
        Map<String, Reference> cited = new LinkedHashMap<>();
        Map<String, String> usedBy = new LinkedHashMap<>();
        for (Verdict v : d.verdicts()) {
            if (v.status() == Status.NOT_APPLICABLE || internal(v.constraint().reference())) {
                continue;
            }
            Constraint c = v.constraint();
            String key = key(c);
            cited.putIfAbsent(key, c.reference());
            usedBy.merge(key, c.id(), (a, b) -> a + ", " + b);
        }
        StringBuilder s = new StringBuilder("% References cited by DarkCheck for this model (constraints that apply).\n\n");
        for (Map.Entry<String, Reference> e : cited.entrySet()) {
            String entry = bibliography.entry(e.getValue().bibkey()).orElse(null);
            if (entry == null) {
                entry = made(e.getKey(), e.getValue());
            }
            s.append("% used by ").append(usedBy.get(e.getKey())).append('\n').append(entry.strip()).append("\n\n");
        }
        return s.toString();
    }

    /** A reference to DarkCheck's own formula collection (FORMULAS.md), not to the literature: not a BibTeX entry. */
    static boolean internal(Reference r) {
        return r.arxiv() == null && (r.bibkey() == null || r.bibkey().isBlank()) && r.citation() != null
                && r.citation().startsWith("FORMULAS.md");
    }

    /** The key a constraint's reference is cited under. */
    public static String key(Constraint c) {
        Reference r = c.reference();
        if (r.bibkey() != null && !r.bibkey().isBlank()) {
            return r.bibkey();
        }
        if (r.arxiv() != null) {
            return "arXiv:" + r.arxiv();
        }
        return c.id();
    }

    private static String made(String key, Reference r) {
        StringBuilder s = new StringBuilder("@misc{").append(key).append(",\n");
        s.append("  note          = \"{").append(escape(r.citation())).append("} (entry made by DarkCheck from the citation)\"");
        if (r.arxiv() != null) {
            s.append(",\n  eprint        = \"").append(r.arxiv()).append("\",\n  archivePrefix = \"arXiv\"");
        }
        return s.append("\n}").toString();
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("\"", "''").replace("{", "(").replace("}", ")");
    }
}

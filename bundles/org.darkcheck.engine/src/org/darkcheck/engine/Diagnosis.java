package org.darkcheck.engine;

import java.util.List;
import java.util.Optional;

import org.darkcheck.physics.DerivedQuantities;
import org.darkcheck.physics.ModelSnapshot;

/**
 * Everything DarkCheck says about one model point: its derived quantities and
 * one verdict per constraint of the catalog, in catalog order.
 */
public record Diagnosis(ModelSnapshot model, DerivedQuantities derived, List<Verdict> verdicts)
        implements java.io.Serializable {

    public Diagnosis {
        verdicts = List.copyOf(verdicts);
    }

    /** EXCLUDED when any verdict of kind limit or cosmology is EXCLUDED, else ALLOWED (shared/CLI.md). */
    public Status overall() {
        for (Verdict v : verdicts) {
            if (v.status() == Status.EXCLUDED && v.constraint().kind().decidesOverall()) {
                return Status.EXCLUDED;
            }
        }
        return Status.ALLOWED;
    }

    /** The verdict for a constraint id. */
    public Optional<Verdict> verdict(String id) {
        return verdicts.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    /** The excluding verdict with the largest r, if any. */
    public Optional<Verdict> strongest() {
        Verdict best = null;
        for (Verdict v : verdicts) {
            if (v.r() != null && v.constraint().kind().decidesOverall()
                    && (best == null || v.r() > best.r())) {
                best = v;
            }
        }
        return Optional.ofNullable(best);
    }
}

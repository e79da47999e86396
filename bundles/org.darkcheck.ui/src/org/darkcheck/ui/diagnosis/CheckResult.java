package org.darkcheck.ui.diagnosis;

import java.util.List;
import java.util.Optional;

import org.darkcheck.engine.Diagnosis;
import org.eclipse.core.resources.IFile;

/**
 * The outcome of checking every model point of one file, for one state of
 * the model (its generation: results of older states are never shown).
 *
 * @param file           the .darkside file
 * @param generation     the model state this result belongs to; increases with every edit
 * @param requestedNanos System.nanoTime() when the check was requested (the edit), for latency figures
 * @param evaluatedNanos System.nanoTime() when the evaluation finished (before it was handed to the UI thread)
 * @param points         one result per model point, in study order
 */
public record CheckResult(IFile file, long generation, long requestedNanos, long evaluatedNanos, List<PointResult> points) {

    /**
     * One model point's outcome: a diagnosis, or why it could not be evaluated.
     *
     * @param name      the point's name
     * @param diagnosis the diagnosis, or null
     * @param problem   why there is no diagnosis, or null
     */
    public record PointResult(String name, Diagnosis diagnosis, String problem) {
    }

    public CheckResult {
        points = List.copyOf(points);
    }

    /** The result of the point with this name. */
    public Optional<PointResult> point(String name) {
        return points.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The first point's diagnosis, or null. */
    public Diagnosis firstDiagnosis() {
        return points.isEmpty() ? null : points.get(0).diagnosis();
    }
}
